package civicgraph.api.neo4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process Neo4j of the embedded default: data in a local folder, Bolt on loopback so that the server
 * (and Neo4j's own tools) talk to it exactly as to a Neo4j server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private static final String LOOPBACK = "127.0.0.1";

    private final DatabaseManagementService dbms;

    private final int boltPort;

    private final Path home;

    private EmbeddedNeo4j(DatabaseManagementService dbms, int boltPort, Path home) {
        this.dbms = dbms;
        this.boltPort = boltPort;
        this.home = home;
    }

    /**
     * Starts Neo4j in {@code dataDir} with Bolt on 127.0.0.1:{@code boltPort} (0: any free port). Fails fast,
     * naming the port and the setting, when the port is taken.
     */
    public static EmbeddedNeo4j start(Path dataDir, int boltPort, String pageCache) {
        Path home = dataDir.toAbsolutePath().normalize(); // Neo4j refuses a home that is not normalized
        if (boltPort != 0) {
            ensureFree(boltPort);
        }
        long started = System.nanoTime();
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Without these the Bolt event loops wait 5 s each at shutdown.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .build();
        }
        catch (RuntimeException ex) {
            throw new IllegalStateException("the in-process Neo4j did not start in %s (set CIVIC_DATA_DIR to use "
                .formatted(home) + "another folder, or NEO4J_URI to use a Neo4j server): " + rootMessage(ex), ex);
        }
        var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        int port = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
            .getLocalAddress(ConnectorType.BOLT).getPort();
        log.info("in-process Neo4j started in {} ms: data in {}, Bolt on {}:{}",
                (System.nanoTime() - started) / 1_000_000, home, LOOPBACK, port);
        return new EmbeddedNeo4j(dbms, port, home);
    }

    private static void ensureFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(LOOPBACK))) {
            socket.setReuseAddress(true);
        }
        catch (IOException ex) {
            throw new IllegalStateException(("Bolt port %d on %s is already in use: set CIVIC_BOLT_PORT to a free "
                    + "port (or 0 for any free port), or stop what holds it").formatted(port, LOOPBACK), ex);
        }
    }

    private static String rootMessage(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    public URI boltUri() {
        return URI.create("bolt://" + LOOPBACK + ":" + this.boltPort);
    }

    public int boltPort() {
        return this.boltPort;
    }

    public Path home() {
        return this.home;
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        this.dbms.shutdown();
        log.info("in-process Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
