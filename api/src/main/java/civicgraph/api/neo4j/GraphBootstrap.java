package civicgraph.api.neo4j;

import java.util.List;

import civicgraph.model.schema.GraphSchema;
import civicgraph.seed.corpus.Corpus;
import civicgraph.seed.corpus.CorpusFile;
import civicgraph.seed.load.Ingestion;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Prepares the graph before the server takes requests: applies the schema (idempotent) and, when the graph holds
 * no source yet, loads the corpus (CIVIC_CORPUS, or the bundled gazettes). Runs during context refresh, so the
 * HTTP port opens only on a loaded graph.
 */
@Component
class GraphBootstrap implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(GraphBootstrap.class);

    private final Driver driver;

    private final SessionConfig sessionConfig;

    private final CivicProperties properties;

    GraphBootstrap(Driver driver, SessionConfig loaderSessionConfig, CivicProperties properties) {
        this.driver = driver;
        this.sessionConfig = loaderSessionConfig;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        GraphSchema.apply(this.driver, this.sessionConfig);
        Ingestion ingestion = new Ingestion(this.driver, this.sessionConfig);
        if (ingestion.hasSources()) {
            log.info("the graph already holds sources: corpus not loaded again");
            return;
        }
        List<CorpusFile> files;
        if (this.properties.corpus() != null && !this.properties.corpus().toString().isBlank()) {
            log.info("loading the corpus in {}", this.properties.corpus().toAbsolutePath());
            files = Corpus.of(List.of(this.properties.corpus()));
        }
        else {
            log.info("loading the bundled corpus");
            files = Corpus.bundled();
        }
        ingestion.ingest(files);
    }
}
