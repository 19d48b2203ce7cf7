package civicgraph.api.neo4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class EmbeddedNeo4jTests {

    @Test // #2
    void aTakenBoltPortFailsFastNamingThePortAndTheSetting(@TempDir Path dataDir) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            assertThatIllegalStateException().isThrownBy(() -> EmbeddedNeo4j.start(dataDir, port, "8m"))
                .withMessageStartingWith("Bolt port " + port + " on 127.0.0.1 is already in use: set CIVIC_BOLT_PORT");
        }
    }
}
