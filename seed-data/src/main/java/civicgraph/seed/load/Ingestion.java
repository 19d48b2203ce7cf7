package civicgraph.seed.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import civicgraph.seed.corpus.CorpusException;
import civicgraph.seed.corpus.CorpusFile;
import civicgraph.seed.corpus.Gazette;
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
        long started = System.nanoTime();
        List<String> loaded = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        try (var session = this.driver.session(this.sessionConfig)) {
            for (CorpusFile file : files) {
                try {
                    Gazette gazette = file.read();
                    session.executeWriteWithoutResult((tx) -> GraphWriter.writeSource(tx, gazette));
                    loaded.add(file.fileName());
                    log.debug("stored {} ({} lines)", file.fileName(), gazette.lineCount());
                }
                catch (CorpusException | Neo4jException ex) {
                    failed.add(ex instanceof CorpusException ? ex.getMessage()
                            : file.fileName() + ": not stored: " + ex.getMessage());
                    log.warn("{}", failed.get(failed.size() - 1));
                }
            }
        }
        IngestReport report = new IngestReport(loaded, failed, Duration.ofNanos(System.nanoTime() - started));
        log.info("{}", report);
        return report;
    }
}
