package civicgraph.seed.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import civicgraph.seed.corpus.CorpusException;
import civicgraph.seed.corpus.CorpusFile;
import civicgraph.seed.corpus.Gazette;
import civicgraph.seed.extract.Extraction;
import civicgraph.seed.extract.Extractor;
import civicgraph.seed.extract.Finding;
import civicgraph.seed.extract.Severity;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads gazettes into the graph, one transaction per file: a file is stored whole or not at all, and a file
 * that fails does not stop the others.
 */
public final class Ingestion {

    private static final Logger log = LoggerFactory.getLogger(Ingestion.class);

    private final Driver driver;

    private final SessionConfig sessionConfig;

    private final Extractor extractor = new Extractor();

    public Ingestion(Driver driver, SessionConfig sessionConfig) {
        this.driver = driver;
        this.sessionConfig = sessionConfig;
    }

    /** True when the graph already holds at least one source. */
    public boolean hasSources() {
        try (var session = this.driver.session(this.sessionConfig)) {
            return session.executeRead((tx) -> tx.run("MATCH (s:Source) RETURN count(s) > 0 AS any").single()
                .get("any").asBoolean());
        }
    }

    public IngestReport ingest(List<CorpusFile> files) {
        return ingest(files, IngestListener.NONE);
    }

    /**
     * Reads, extracts and stores each file in its own transaction, then derives tenures over the whole graph. A
     * file that cannot be read or stored is reported and leaves nothing of itself behind.
     */
    public IngestReport ingest(List<CorpusFile> files, IngestListener listener) {
        long started = System.nanoTime();
        List<String> loaded = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        Map<String, java.util.Set<String>> factIds = new TreeMap<>();
        List<Finding> findings = new ArrayList<>();
        int tenures;
        try (var session = this.driver.session(this.sessionConfig)) {
            int done = 0;
            for (CorpusFile file : files) {
                try {
                    Gazette gazette = file.read();
                    Extraction extraction = this.extractor.extract(gazette);
                    GazetteGraph graph = GraphAssembly.of(extraction);
                    session.executeWriteWithoutResult((tx) -> {
                        GraphWriter.writeSource(tx, gazette);
                        GraphWriter.writeFacts(tx, GraphWriter.sourceId(gazette), graph);
                    });
                    loaded.add(file.fileName());
                    IngestReport.idsOf(graph).forEach((kind, ids) -> factIds.computeIfAbsent(kind,
                            (k) -> new java.util.HashSet<>()).addAll(ids));
                    graph.findings().forEach((f) -> findings.add(new Finding(Severity.valueOf(f.severity()),
                            file.fileName(), f.line(), f.message())));
                    log.debug("stored {} ({} lines)", file.fileName(), gazette.lineCount());
                }
                catch (CorpusException | Neo4jException ex) {
                    failed.add(ex instanceof CorpusException ? ex.getMessage()
                            : file.fileName() + ": not stored: " + ex.getMessage());
                    log.warn("{}", failed.get(failed.size() - 1));
                }
                listener.finished(file.fileName(), ++done, files.size());
            }
            tenures = session.executeWrite(TenureWriter::rewrite);
        }
        TreeMap<String, Integer> facts = new TreeMap<>();
        factIds.forEach((kind, ids) -> facts.put(kind, ids.size()));
        IngestReport report = new IngestReport(loaded, failed, facts, findings, tenures,
                Duration.ofNanos(System.nanoTime() - started));
        log.info("{}", report);
        return report;
    }
}
