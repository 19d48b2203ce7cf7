package civicgraph.api.neo4j;

import civicgraph.api.CivicGraphApplication;
import civicgraph.seed.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** With NEO4J_URI set the server uses that Neo4j and starts none of its own. */
class ExternalNeo4jTests {

    @Test // #2
    void aConfiguredRoutingUriIsUsedAndNoEmbeddedNeo4jStarts() throws Exception {
        TestNeo4j.clear();
        String routingUri = TestNeo4j.server().boltURI().toString().replace("bolt://", "neo4j://");
        // Command-line arguments, as a user passes them: they outrank application.yml.
        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(CivicGraphApplication.class)
            .run("--spring.neo4j.uri=" + routingUri, "--server.port=0", "--civic.bolt-port=0")) {
            assertThat(server.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();

            String answer = new GraphQlClient(server).post("{ sources { fileName lines } }");

            assertThat(answer).contains("\"fileName\":\"003_6ddb7f1fd20ae467.txt\",\"lines\":2832");
            try (var session = TestNeo4j.driver().session()) {
                assertThat(session.run("MATCH (s:Source) RETURN count(s) AS n").single().get("n").asInt()).isEqualTo(5);
            }
        }
    }
}
