package civicgraph.seed.load;

import java.util.Map;

import civicgraph.model.Label;
import civicgraph.model.NodeId;
import civicgraph.seed.corpus.Gazette;
import org.neo4j.driver.TransactionContext;

/** Writes one gazette's nodes and relationships inside the caller's transaction; every write is a MERGE. */
final class GraphWriter {

    // A source is keyed by its bytes' hash: the same file ingested twice, under any name, is one Source.
    private static final String MERGE_SOURCE = """
            MERGE (s:Source {id: $id})
            SET s.fileName = $fileName, s.title = $title, s.sha256 = $sha256,
                s.lineCount = $lineCount, s.lines = $lines
            """;

    private GraphWriter() {
    }

    static String sourceId(Gazette gazette) {
        return NodeId.of(Label.Source, gazette.sha256()).value();
    }

    static void writeSource(TransactionContext tx, Gazette gazette) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("id", sourceId(gazette));
        params.put("fileName", gazette.fileName());
        params.put("title", gazette.title());
        params.put("sha256", gazette.sha256());
        params.put("lineCount", gazette.lineCount());
        params.put("lines", gazette.lines());
        tx.run(MERGE_SOURCE, params).consume();
    }
}
