package civicgraph.api.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import civicgraph.api.CivicGraphServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Provenance: every quote a fact carries is the very line its evidence names, as Source.text gives it. */
@CivicGraphServerTest
class EvidenceGraphQlTests {

    private static final String EVIDENCE = "evidence { source { id fileName } line quote }";

    @Autowired
    private HttpGraphQlTester graphQl;

    @Test // #4
    void holdersQuoteTheirLines() {
        // 003:972 (王勰, 陈汇青), 003:65 and 003:1028 (朱众伟, attested on 2023-09-27), 003:367 (陈汇青's byline)
        List<Map<String, Object>> evidence = evidence("""
                { holders(title: "副区长", district: "宝山区", at: "2023-09-27") { %s } }""".formatted(EVIDENCE),
                "holders[*].evidence[*]");

        assertThat(evidence).extracting((e) -> e.get("line")).contains(972, 65, 367, 1028);
        assertQuotesAreTheirLines(evidence);
    }

    @Test // #4
    void personnelEventsAndSittingsQuoteTheirLines() {
        // 003:164, 003:189, 003:972, 003:979, 003:981, 003:988 (events); 003:1006 (the sitting's heading)
        String document = """
                { session(id: "ses_1e166cfd49c28b36") { %s events { %s } sittings { %s } } }"""
            .formatted(EVIDENCE, EVIDENCE, EVIDENCE);
        List<Map<String, Object>> evidence = new ArrayList<>(evidence(document, "session.events[*].evidence[*]"));
        evidence.addAll(evidence(document, "session.sittings[*].evidence"));
        evidence.addAll(evidence(document, "session.evidence[*]"));

        assertThat(evidence).extracting((e) -> e.get("line")).contains(164, 189, 972, 979, 981, 988, 1006);
        assertQuotesAreTheirLines(evidence);
    }

    @Test // #4
    void attendanceAndBylinesOfAPersonQuoteTheirLines() {
        // 凌敏: 000:86, 000:129 (bylines), 000:223, 000:1631 (present), 000:1661 (on leave)
        List<Map<String, Object>> evidence = evidence("""
                { person(id: "per_660809aadd739d2a") { %s tenures { %s } } }""".formatted(EVIDENCE, EVIDENCE),
                "person.evidence[*]");

        assertThat(evidence).extracting((e) -> e.get("line")).containsExactly(86, 129, 223, 1631, 1661);
        assertQuotesAreTheirLines(evidence);
    }

    @Test // #4
    void documentsAndLineageLinksQuoteTheirLines() {
        String document = """
                { documents(first: 40) { edges { node { %s links { %s } } } } }""".formatted(EVIDENCE, EVIDENCE);
        List<Map<String, Object>> evidence = new ArrayList<>(evidence(document, "documents.edges[*].node.evidence[*]"));
        evidence.addAll(evidence(document, "documents.edges[*].node.links[*].evidence"));

        assertThat(evidence).hasSizeGreaterThan(40);
        assertQuotesAreTheirLines(evidence);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> evidence(String document, String path) {
        List<Map<String, Object>> found = new ArrayList<>();
        this.graphQl.document(document).execute().path(path).entityList(Map.class).get()
            .forEach((e) -> found.add((Map<String, Object>) e));
        return found;
    }

    /** Asks Source.text(from: line, to: line) for every distinct line, in one request of aliased fields. */
    @SuppressWarnings("unchecked")
    private void assertQuotesAreTheirLines(List<Map<String, Object>> evidence) {
        assertThat(evidence).isNotEmpty();
        Map<String, Map<String, Object>> byAlias = new LinkedHashMap<>();
        StringBuilder query = new StringBuilder("{");
        for (Map<String, Object> e : evidence) {
            String sourceId = (String) ((Map<String, Object>) e.get("source")).get("id");
            int line = (Integer) e.get("line");
            String alias = "l_" + sourceId + "_" + line;
            if (byAlias.putIfAbsent(alias, e) == null) {
                query.append(" %s: node(id: \"%s\") { ... on Source { text(from: %d, to: %d) } }"
                    .formatted(alias, sourceId, line, line));
            }
        }
        GraphQlTester.Response response = this.graphQl.document(query.append(" }").toString()).execute();
        byAlias.forEach((alias, e) -> {
            String text = response.path(alias + ".text").entity(String.class).get();
            assertThat(e.get("quote"))
                .as("%s:%s", ((Map<String, Object>) e.get("source")).get("fileName"), e.get("line"))
                .isEqualTo(text);
        });
    }
}
