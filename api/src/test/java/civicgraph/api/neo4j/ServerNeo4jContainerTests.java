package civicgraph.api.neo4j;

import civicgraph.api.CivicGraphApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import static org.assertj.core.api.Assertions.assertThat;

/** The server against the Neo4j 5.26 image, as docker-compose runs it. Skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class ServerNeo4jContainerTests {

    @Container
    static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:5.26").withAdminPassword("civic-graph-test");

    @Test // #2
    void loadsTheCorpusIntoANeo4jServerAndAnswers() throws Exception {
        // Command-line arguments, as a user passes them: they outrank application.yml.
        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(CivicGraphApplication.class)
            .run("--spring.neo4j.uri=" + neo4j.getBoltUrl(), "--spring.neo4j.authentication.username=neo4j",
                    "--spring.neo4j.authentication.password=" + neo4j.getAdminPassword(), "--server.port=0")) {
            String answer = new GraphQlClient(server).post("{ sources { fileName lines } }");

            assertThat(answer).contains("\"fileName\":\"000_783246789b863c1c.txt\",\"lines\":1661");
        }
    }
}
