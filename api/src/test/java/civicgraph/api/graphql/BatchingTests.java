package civicgraph.api.graphql;

import java.time.Duration;
import java.util.List;

import civicgraph.api.CivicGraphServerTest;
import civicgraph.api.CypherCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: the number of Cypher statements one request issues depends on the fields asked, never on the rows
 * returned. Counted by {@link CypherCounter} around each HTTP request; the counts are printed for the record.
 */
@CivicGraphServerTest
class BatchingTests {

    private static final String PEOPLE = """
            query($first: Int) { people(first: $first) { totalCount edges { node { name
              tenures { post { body { name } } } events { post { title } } districts { name } } } } }""";

    private static final String SESSIONS = """
            query($first: Int) { sessions(first: $first) { edges { node { title body { name }
              sittings { present { name } onLeave { name } nonVoting { person { name } } }
              documents { title links { from { title } to { title } } } approved { title } events { person { name } }
            } } } }""";

    private static final String DOCUMENTS = """
            query($first: Int) { documents(first: $first) { edges { node { title session { title } source { fileName }
              issuer { name } author { name } links { relation from { title } to { title } } } } } }""";

    @Autowired
    private HttpGraphQlTester graphQl;

    @Autowired
    private CypherCounter cypher;

    @Test // #4
    void peopleWithTheirTenuresEventsAndDistrictsCostTheSameForFiveAndFifty() {
        assertSameCost("people", PEOPLE, 5, 50);
    }

    @Test // #4
    void sessionsWithSittingsDocumentsAndEventsCostTheSameForSevenAndAll() {
        // A batch field with no rows below it issues no statement: the first two sessions (2018, 2020) have no
        // 列席 list, so sessions(first: 2) costs one statement less than a page holding 宝山's 13th session
        // (the 7th, 003:1024). Both pages compared here hold every kind of nested row; all 21 sessions.
        assertSameCost("sessions", SESSIONS, 7, 21);
    }

    @Test // #4
    void documentsWithTheirLinksCostTheSameForFiveAndFifty() {
        assertSameCost("documents", DOCUMENTS, 5, 50);
    }

    private void assertSameCost(String list, String document, int few, int many) {
        execute(document, few); // warm-up: the first request of a JVM may set up what later ones reuse
        List<String> fewStatements = this.cypher.issuedDuring(() -> execute(document, few));
        List<String> manyStatements = this.cypher.issuedDuring(() -> execute(document, many));
        System.out.printf("Cypher statements per request: %s(first: %d) %d, %s(first: %d) %d%n", list, few,
                fewStatements.size(), list, many, manyStatements.size());

        assertThat(fewStatements).isNotEmpty();
        assertThat(manyStatements).as("%s(first: %d) against %s(first: %d)", list, many, list, few)
            .hasSameSizeAs(fewStatements);
    }

    private void execute(String document, int first) {
        // A request cut off by the client's timeout (5 s by default) would go on issuing statements on the server
        // and count towards the next request: wait for every answer, however slow a shared machine is.
        this.graphQl.mutate().webTestClient((client) -> client.responseTimeout(Duration.ofMinutes(2))).build()
            .document(document).variable("first", first).execute().errors().verify()
            .path("%s.edges".formatted(document.contains("people(") ? "people"
                    : document.contains("sessions(") ? "sessions" : "documents"))
            .entityList(Object.class).hasSizeGreaterThan(1);
    }
}
