package civicgraph.api.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import civicgraph.api.CivicGraphServerTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The front-end's lists: Relay connections walked to the end, capped pages, and stable ids for URLs. */
@CivicGraphServerTest
class PaginationGraphQlTests {

    @Autowired
    private HttpGraphQlTester graphQl;

    @ParameterizedTest(name = "{0}") // #4
    @ValueSource(strings = { "people", "bodies", "sessions", "documents" })
    void walkingEveryPageOfSevenGivesEachNodeOnceAndTotalCountOfThem(String list) {
        List<String> ids = new ArrayList<>();
        String after = null;
        int pages = 0;
        int totalCount;
        do {
            GraphQlTester.Response page = this.graphQl.document("""
                    query($after: String) { %s(first: 7, after: $after) {
                      totalCount pageInfo { hasNextPage endCursor hasPreviousPage } edges { cursor node { id } } } }"""
                .formatted(list))
                .variable("after", after)
                .execute();
            totalCount = page.path(list + ".totalCount").entity(Integer.class).get();
            List<String> pageIds = page.path(list + ".edges[*].node.id").entityList(String.class).get();
            boolean more = page.path(list + ".pageInfo.hasNextPage").entity(Boolean.class).get();
            assertThat(page.path(list + ".pageInfo.hasPreviousPage").entity(Boolean.class).get()).isEqualTo(after != null);
            assertThat(pageIds).hasSize(more ? 7 : Math.min(7, totalCount - ids.size()));
            ids.addAll(pageIds);
            after = more ? page.path(list + ".pageInfo.endCursor").entity(String.class).get() : null;
            pages++;
        }
        while (after != null);

        // Every node of the label, as the ingest report counts them (202 people, 21 sessions and 98 documents in the
        // bundled corpus; bodies grow as body names are read more finely).
        int inGraph = this.graphQl.document("{ ingestReport { %s } }".formatted(list)).execute()
            .path("ingestReport." + list).entity(Integer.class).get();
        assertThat(totalCount).isEqualTo(inGraph).isGreaterThanOrEqualTo(
                Map.of("people", 202, "bodies", 64, "sessions", 21, "documents", 98).get(list));
        assertThat(ids).hasSize(totalCount).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo((totalCount + 6) / 7);
    }

    @ParameterizedTest(name = "{0}") // #4
    @ValueSource(strings = { "people", "bodies", "sessions", "documents" })
    void aForgedCursorIsABadRequest(String list) {
        this.graphQl.document("{ %s(first: 7, after: \"not-a-cursor\") { totalCount } }".formatted(list))
            .execute()
            .errors()
            .expect((error) -> error.getErrorType() == ErrorType.BAD_REQUEST && error.getPath().equals(list)
                    && error.getMessage().equals("after: 'not-a-cursor' is not a cursor of this list"))
            .verify();
    }

    @ParameterizedTest(name = "{0}") // #4
    @ValueSource(strings = { "people", "bodies", "sessions", "documents" })
    void aStaleCursorPastTheEndIsABadRequestNotAnEmptyPage(String list) {
        String stale = Cursor.of(99_999); // a cursor of a longer list than this corpus gives
        this.graphQl.document("{ %s(first: 7, after: \"%s\") { totalCount } }".formatted(list, stale))
            .execute()
            .errors()
            .expect((error) -> error.getErrorType() == ErrorType.BAD_REQUEST && error.getPath().equals(list)
                    && error.getMessage().startsWith("after: '" + stale + "' is past the end of this list ("))
            .verify();
    }

    @Test // #4
    void theLastEdgesCursorGivesAnEmptyLastPage() {
        String last = this.graphQl.document("{ sessions(first: 100) { pageInfo { endCursor } } }").execute()
            .path("sessions.pageInfo.endCursor").entity(String.class).get();

        this.graphQl.document("query($after: String) { sessions(first: 7, after: $after) { totalCount edges { cursor } pageInfo { hasNextPage } } }")
            .variable("after", last)
            .execute()
            .path("sessions.totalCount").entity(Integer.class).isEqualTo(21)
            .path("sessions.edges").entityList(Object.class).hasSize(0)
            .path("sessions.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }

    @Test // #4
    void firstAboveTheCapIsABadRequestNotASilentCut() {
        this.graphQl.document("{ people(first: 500) { totalCount } }")
            .execute()
            .errors()
            .expect((error) -> error.getErrorType() == ErrorType.BAD_REQUEST && error.getPath().equals("people")
                    && error.getMessage().equals("first: 500 is outside 0..100"))
            .verify();
    }

    @Test // #4
    void nodeFindsEveryKindOfId() {
        // Ids derive from natural keys, so these, read off one ingestion, name the same nodes in this test's
        // fresh ingestion: that is the stability the contract promises for URLs.
        String source = this.graphQl.document("{ sources { id fileName } }").execute()
            .path("sources[?(@.fileName == '003_6ddb7f1fd20ae467.txt')].id").entityList(String.class).get().get(0);
        Map<String, String> expected = Map.of(
                "per_2f501260ac36506f", "Person 王勰", // 003:972
                "bod_724bfd98c47d24e1", "Body 宝山区人民政府", // 003:972
                "pst_98b2285a4183e85e", "Post 副区长", // 003:972
                "ses_1e166cfd49c28b36", "Session 宝山区第九届人民代表大会常务委员会第十三次会议", // 003:45
                "doc_535cefe838c1fbdc", "Document 青浦区人民代表大会常务委员会关于批准青浦区2020年区本级预算调整方案的决议", // 002:212
                "dst_fab50754a817ec8b", "District 宝山区",
                source, "Source 003_6ddb7f1fd20ae467.txt");
        expected.forEach((id, typeAndName) -> {
            GraphQlTester.Response response = this.graphQl.document("""
                    query($id: ID!) { node(id: $id) { __typename id
                      ... on Person { name } ... on Body { name } ... on Post { title } ... on Session { title }
                      ... on Document { title } ... on District { name } ... on Source { fileName } } }""")
                .variable("id", id)
                .execute();
            Map<String, Object> node = response.path("node").entity(Map.class).get();
            String name = (String) node.entrySet().stream()
                .filter((e) -> !e.getKey().equals("__typename") && !e.getKey().equals("id"))
                .findFirst().orElseThrow().getValue();
            assertThat(node.get("__typename") + " " + name).isEqualTo(typeAndName);
            assertThat(node.get("id")).isEqualTo(id);
        });
    }

    @Test // #4
    void nodesKeepsTheOrderAskedWithNullForUnknown() {
        this.graphQl.document("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }")
            .variable("ids", List.of("ses_1e166cfd49c28b36", "per_0000000000000000", "per_2f501260ac36506f",
                    "bod_724bfd98c47d24e1"))
            .execute()
            .path("nodes[0].__typename").entity(String.class).isEqualTo("Session")
            .path("nodes[1]").valueIsNull()
            .path("nodes[2].id").entity(String.class).isEqualTo("per_2f501260ac36506f")
            .path("nodes[3].__typename").entity(String.class).isEqualTo("Body");
    }

    @Test // #4
    void idsAreTheSameOnEveryRequest() {
        String document = "{ people(first: 100) { edges { node { id } } } documents(first: 100) { edges { node { id } } } }";
        List<String> first = ids(document);
        List<String> second = ids(document);

        assertThat(first).hasSize(198);
        assertThat(second).isEqualTo(first);
    }

    private List<String> ids(String document) {
        GraphQlTester.Response response = this.graphQl.document(document).execute();
        List<String> ids = new ArrayList<>(response.path("people.edges[*].node.id").entityList(String.class).get());
        ids.addAll(response.path("documents.edges[*].node.id").entityList(String.class).get());
        return ids;
    }
}
