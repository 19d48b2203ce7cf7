package civicgraph.api.lineage;

import civicgraph.api.CivicGraphServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The researcher's question: where a 决议 came from and what came of a 审议意见. */
@CivicGraphServerTest
class LineageGraphQlTests {

    // 002:212 青浦区人民代表大会常务委员会关于批准青浦区 2020 年 区本级预算调整方案的决议, its 议案 (002:219),
    // 说明 (002:241) and 审查结果报告 (002:443)
    private static final String RESOLUTION = "doc_535cefe838c1fbdc";

    private static final String MOTION = "doc_bf3301b498e183f3";

    // 003:815 关于落实《宝山区人大常委会关于本区交通畅达工程推进情况的审议意见》的情况报告
    private static final String IMPLEMENTATION_REPORT = "doc_2b5e2de5ee671985";

    private static final String LINEAGE = """
            query($doc: ID!, $direction: LineageDirection, $depth: Int) {
              lineage(document: $doc, direction: $direction, maxDepth: $depth) {
                root { id kind } documents { id kind }
                links { relation from { id kind } to { id kind title } evidence { source { fileName } line quote } }
              }
            }""";

    @Autowired
    private HttpGraphQlTester graphQl;

    @Test // #4
    void upstreamOfAResolutionIsItsMotionExplanationAndReviewReport() {
        lineage(RESOLUTION, "UPSTREAM", 5)
            .path("lineage.root.kind").entity(String.class).isEqualTo("RESOLUTION")
            .path("lineage.documents[*].kind").entityList(String.class)
            .satisfies((list) -> assertThat(list).containsExactlyInAnyOrder("RESOLUTION", "MOTION", "EXPLANATION", "REVIEW_REPORT"))
            .path("lineage.links[?(@.relation == 'RESULTS_IN')].from.kind").entityList(String.class)
            .containsExactly("MOTION")
            .path("lineage.links[?(@.relation == 'RESULTS_IN')].evidence.line").entityList(Integer.class)
            .containsExactly(219)
            .path("lineage.links[?(@.relation == 'EXPLAINS')].evidence.line").entityList(Integer.class)
            .containsExactly(241)
            .path("lineage.links[?(@.relation == 'EXPLAINS')].to.kind").entityList(String.class).containsExactly("MOTION")
            .path("lineage.links[?(@.relation == 'REVIEWS')].evidence.line").entityList(Integer.class)
            .containsExactly(443)
            .path("lineage.links[*].evidence.source.fileName").entityList(String.class)
            .satisfies((list) -> assertThat(list).containsOnly("002_c2c7a7c6d9cfd8be.txt"));
    }

    @Test // #4
    void maxDepthBoundsTheWalk() {
        // Depth 1 reaches only the motion that resulted in the resolution; its 说明 and 审查结果报告 are a step further.
        lineage(RESOLUTION, "UPSTREAM", 1)
            .path("lineage.documents[*].kind").entityList(String.class).containsExactly("RESOLUTION", "MOTION")
            .path("lineage.links[*].relation").entityList(String.class).containsExactly("RESULTS_IN");
        lineage(RESOLUTION, "BOTH", 2)
            .path("lineage.documents").entityList(Object.class).hasSize(4)
            .path("lineage.links").entityList(Object.class).hasSize(3);
    }

    @Test // #4
    void downstreamOfAResolutionIsEmptyAndOfItsMotionIsTheResolution() {
        lineage(RESOLUTION, "DOWNSTREAM", 5)
            .path("lineage.documents[*].id").entityList(String.class).containsExactly(RESOLUTION)
            .path("lineage.links").entityList(Object.class).hasSize(0);
        lineage(MOTION, "DOWNSTREAM", 1)
            .path("lineage.links[*].relation").entityList(String.class).containsExactly("RESULTS_IN")
            .path("lineage.links[0].to.id").entity(String.class).isEqualTo(RESOLUTION);
    }

    @Test // #4
    void bothWaysFromTheMotionFindsTheWholeFamily() {
        lineage(MOTION, "BOTH", 1)
            .path("lineage.documents[*].kind").entityList(String.class)
            .satisfies((list) -> assertThat(list).containsExactlyInAnyOrder("MOTION", "RESOLUTION", "EXPLANATION", "REVIEW_REPORT"));
        lineage(MOTION, "UPSTREAM", 1)
            .path("lineage.documents[*].kind").entityList(String.class)
            .satisfies((list) -> assertThat(list).containsExactlyInAnyOrder("MOTION", "EXPLANATION", "REVIEW_REPORT"));
    }

    @Test // #4
    void anImplementationReportImplementsAnEarlierDeliberationOpinionByItsTitle() {
        // 003:815 names 《宝山区人大常委会关于本区交通畅达工程推进情况的审议意见》, adopted at an earlier session
        // outside the corpus: the opinion is a stub carrying only its title.
        lineage(IMPLEMENTATION_REPORT, "UPSTREAM", 5)
            .path("lineage.links[*].relation").entityList(String.class).containsExactly("IMPLEMENTS")
            .path("lineage.links[0].to.kind").entity(String.class).isEqualTo("DELIBERATION_OPINION")
            .path("lineage.links[0].to.title").entity(String.class).isEqualTo("宝山区人大常委会关于本区交通畅达工程推进情况的审议意见")
            .path("lineage.links[0].evidence.line").entity(Integer.class).isEqualTo(815)
            .path("lineage.links[0].evidence.source.fileName").entity(String.class).isEqualTo("003_6ddb7f1fd20ae467.txt");
    }

    @Test // #4
    void maxDepthOutsideOneToTenIsABadRequest() {
        for (int depth : new int[] { 0, 11 }) {
            lineage(RESOLUTION, "BOTH", depth)
                .errors()
                .expect((error) -> error.getErrorType() == ErrorType.BAD_REQUEST && error.getPath().equals("lineage")
                        && error.getMessage().equals("maxDepth: " + depth + " is outside 1..10"))
                .verify();
        }
    }

    @Test // #4
    void anUnknownDocumentIsNotFound() {
        lineage("doc_0000000000000000", "BOTH", 5)
            .errors()
            .expect((error) -> error.getErrorType() == ErrorType.NOT_FOUND
                    && error.getMessage().equals("document: doc_0000000000000000 names no document"))
            .verify();
    }

    private GraphQlTester.Response lineage(String document, String direction, int depth) {
        return this.graphQl.document(LINEAGE).variable("doc", document).variable("direction", direction)
            .variable("depth", depth)
            .execute();
    }
}
