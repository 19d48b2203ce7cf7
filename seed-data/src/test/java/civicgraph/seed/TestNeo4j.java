package civicgraph.seed;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One in-process Neo4j (the harness, its HTTP server off) per test JVM, shared by every test class that needs a
 * real database: a harness takes seconds to start and ~10 s to close, so each class starting its own would
 * dominate the suite. Tests that write clear the graph first ({@link #clear()}).
 */
public final class TestNeo4j {

    private static Neo4j neo4j;

    private static Driver driver;

    private TestNeo4j() {
    }

    public static synchronized Neo4j server() {
        if (neo4j == null) {
            neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (driver != null) {
                    driver.close();
                }
                neo4j.close();
            }, "test-neo4j-shutdown"));
        }
        return neo4j;
    }

    public static synchronized Driver driver() {
        if (driver == null) {
            driver = GraphDatabase.driver(server().boltURI(), AuthTokens.none());
        }
        return driver;
    }

    /** Removes every node and relationship (constraints and indexes stay). */
    public static void clear() {
        try (var session = driver().session()) {
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }

    /** Number of nodes and of relationships, for idempotency checks. */
    public static long[] counts() {
        try (var session = driver().session()) {
            var row = session.run("CALL () { MATCH (n) RETURN count(n) AS nodes } "
                    + "CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels").single();
            return new long[] { row.get("nodes").asLong(), row.get("rels").asLong() };
        }
    }
}
