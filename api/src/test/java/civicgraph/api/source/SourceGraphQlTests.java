package civicgraph.api.source;

import java.util.List;

import civicgraph.api.CivicGraphServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@CivicGraphServerTest
class SourceGraphQlTests {

    @Autowired
    private HttpGraphQlTester graphQl;

    @Test // #2
    void servesTheFiveBundledGazettesWithTheirLineCountsAndHashes() {
        this.graphQl.document("{ sources { fileName lines sha256 } }")
            .execute()
            .path("sources[*].fileName").entityList(String.class).containsExactly("000_783246789b863c1c.txt",
                    "001_5a2dc03d2dbd5243.txt", "002_c2c7a7c6d9cfd8be.txt", "003_6ddb7f1fd20ae467.txt",
                    "004_fcfdbb2d793379f0.txt")
            .path("sources[*].lines").entityList(Integer.class).containsExactly(1661, 163, 1227, 2832, 265)
            .path("sources[3].sha256").entity(String.class)
            .isEqualTo("fbb5ddd71267b67ab9c62d62f95303eb8af4707728d63e09e7f6e80c2ff56dfe");
    }

    @Test // #2
    void textGivesTheFirstLine() {
        String text = textOf("001_5a2dc03d2dbd5243.txt", 3, 3);

        assertThat(text).isEqualTo("2018年上海市青浦区政府工作报告");
    }

    @Test // #2
    void textGivesTheLastLineThoughTheFileHasNoTrailingNewline() {
        String text = textOf("000_783246789b863c1c.txt", 1660, 1661);

        assertThat(text).startsWith("\n").contains("释昌智").doesNotEndWith("\n");
    }

    @Test // #2
    void textJoinsARangeWithNewlines() {
        String text = textOf("000_783246789b863c1c.txt", 1623, 1625);

        assertThat(text.split("\n", -1)).hasSize(3);
    }

    @Test // #2
    void aRangePastTheEndIsABadRequestNamingTheLastLine() {
        this.graphQl.document("""
                query($id: ID!) { node(id: $id) { ... on Source { text(from: 1660, to: 1662) } } }""")
            .variable("id", idOf("000_783246789b863c1c.txt"))
            .execute()
            .errors()
            .expect((error) -> error.getErrorType() == ErrorType.BAD_REQUEST
                    && error.getMessage().equals("to: 1662 is outside 1660..1661 (from..the last line of "
                            + "000_783246789b863c1c.txt)")
                    && error.getPath().equals("node.text"))
            .verify();
    }

    @Test // #2
    void aRangeBeforeTheFirstLineIsABadRequest() {
        this.graphQl.document("{ sources { text(from: 0, to: 1) } }")
            .execute()
            .errors()
            .expect((error) -> error.getErrorType() == ErrorType.BAD_REQUEST
                    && error.getMessage().startsWith("from: 0 is outside 1..")
                    && error.getExtensions().get("argument").equals("from"))
            .verify();
    }

    @Test // #2
    void nodeFindsASourceByIdAndNodesKeepsOrderWithNullForUnknown() {
        String id = this.graphQl.document("{ sources { id } }").execute().path("sources[2].id").entity(String.class)
            .get();

        this.graphQl.document("query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Source { fileName } } }")
            .variable("ids", List.of("src_0000000000000000", id))
            .execute()
            .path("nodes[0]").valueIsNull()
            .path("nodes[1].fileName").entity(String.class).isEqualTo("002_c2c7a7c6d9cfd8be.txt");
    }

    @Test // #2
    void aMalformedIdIsABadRequest() {
        this.graphQl.document("{ node(id: \"42\") { id } }")
            .execute()
            .errors()
            .expect((error) -> error.getErrorType() == ErrorType.BAD_REQUEST && error.getMessage().startsWith("id: 42"))
            .verify();
    }

    private String textOf(String fileName, int from, int to) {
        return this.graphQl.document("""
                query($id: ID!, $from: Int!, $to: Int!) {
                  node(id: $id) { ... on Source { text(from: $from, to: $to) } }
                }""")
            .variable("id", idOf(fileName))
            .variable("from", from)
            .variable("to", to)
            .execute()
            .path("node.text").entity(String.class).get();
    }

    private String idOf(String fileName) {
        return this.graphQl.document("{ sources { id fileName } }").execute()
            .path("sources[?(@.fileName == '%s')].id".formatted(fileName)).entityList(String.class).get().get(0);
    }
}
