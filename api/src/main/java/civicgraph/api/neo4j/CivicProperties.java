package civicgraph.api.neo4j;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The server's own settings; application.yml maps the environment names (CIVIC_DATA_DIR, CIVIC_BOLT_PORT,
 * CIVIC_CORPUS, NEO4J_DATABASE) onto them.
 *
 * @param dataDir where the in-process Neo4j keeps its files (embedded default only)
 * @param boltPort the loopback port the in-process Neo4j listens on for Bolt; 0 picks a free one
 * @param pageCache the in-process Neo4j's page cache, e.g. "256m"
 * @param corpus a folder of gazette .txt files to load instead of the bundled corpus; empty for the bundled one
 * @param database the Neo4j database to use; empty for the server's default
 */
@ConfigurationProperties("civic")
public record CivicProperties(Path dataDir, int boltPort, String pageCache, Path corpus, String database) {

    public boolean hasDatabase() {
        return this.database != null && !this.database.isBlank();
    }
}
