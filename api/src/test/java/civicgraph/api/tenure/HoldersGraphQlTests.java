package civicgraph.api.tenure;

import java.util.List;

import civicgraph.api.CivicGraphServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The journalist's question: who held a post on a date, how sure we are, and the line that says so. */
@CivicGraphServerTest
class HoldersGraphQlTests {

    private static final String HOLDERS = """
            query($title: String!, $body: ID, $district: String, $at: Date!) {
              holders(title: $title, body: $body, district: $district, at: $at) {
                person { name } post { title body { id name } } start end certainty status
                startEvent { kind date }
                evidence { source { fileName } line quote }
              }
            }""";

    // 宝山区人民政府 (bod_…) is the body of 003:972 "任命 王勰、陈汇青 为宝山区人民政府副区长。"
    private static final String BAOSHAN_GOVERNMENT = "bod_724bfd98c47d24e1";

    @Autowired
    private HttpGraphQlTester graphQl;

    @Test // #4
    void appointedDeputyHeadsAreConfirmedByTheirAppointmentLine() {
        // 003:972 任命 王勰、陈汇青 为宝山区人民政府副区长。 (2023年9月27日…第十三次会议通过, 003:970)
        holders("副区长", null, "宝山区", "2023-10-01")
            .path("holders[?(@.person.name == '王勰')].certainty").entityList(String.class).containsExactly("CONFIRMED")
            .path("holders[?(@.person.name == '王勰')].start").entityList(String.class).containsExactly("2023-09-27")
            .path("holders[?(@.person.name == '王勰')].startEvent.kind").entityList(String.class)
            .containsExactly("APPOINTED")
            .path("holders[?(@.person.name == '王勰')].evidence[*].line").entityList(Integer.class).containsExactly(972)
            .path("holders[?(@.person.name == '王勰')].evidence[*].source.fileName").entityList(String.class)
            .containsExactly("003_6ddb7f1fd20ae467.txt")
            .path("holders[?(@.person.name == '陈汇青')].certainty").entityList(String.class).containsExactly("CONFIRMED")
            .path("holders[?(@.person.name == '陈汇青')].evidence[*].line").entityList(Integer.class).contains(972)
            .path("holders[?(@.person.name == '陈汇青')].post.body.name").entityList(String.class)
            .containsExactly("宝山区人民政府");
    }

    @Test // #4
    void deputyHeadsWhoseResignationWasAcceptedAreNoLongerHolders() {
        // 003:164 接受翟磊同志辞去宝山区人民政府副区长职务的请求; 003:189 the same for 丁炯炯 (both 2023-09-27)
        List<String> names = names(holders("副区长", null, "宝山区", "2023-10-01"));

        assertThat(names).contains("王勰", "陈汇青").doesNotContain("翟磊", "丁炯炯");
    }

    @Test // #4
    void onTheDayOfTheSessionBothTheLeavingAndTheNewDeputyHeadsHoldThePost() {
        // The resignations (003:164/189) and the appointments (003:972) all date from 2023-09-27: the post
        // changes hands that day, so the leaving holders end on it.
        holders("副区长", null, "宝山区", "2023-09-27")
            .path("holders[*].person.name").entityList(String.class).contains("王勰", "陈汇青", "翟磊", "丁炯炯")
            .path("holders[?(@.person.name == '翟磊')].end").entityList(String.class).containsExactly("2023-09-27");
    }

    @Test // #4
    void aBylineOnlyHolderIsAttestedOnItsDateAndNotAfterTheLastDocumentShowingIt() {
        // 003:65 宝山区人民政府副区长 朱众伟 (byline of a report given 2023-09-27, 003:63) and 003:1028 (列席:
        // 区人民政府: 副区长朱众伟、陈汇青): no appointment of 朱众伟 in the corpus.
        holders("副区长", BAOSHAN_GOVERNMENT, null, "2023-09-27")
            .path("holders[?(@.person.name == '朱众伟')].certainty").entityList(String.class).containsExactly("ATTESTED")
            .path("holders[?(@.person.name == '朱众伟')].evidence[*].line").entityList(Integer.class)
            .containsExactly(65, 1028);
        // INFERRED is "between attestations": after the last document that shows him, the graph does not say.
        assertThat(names(holders("副区长", BAOSHAN_GOVERNMENT, null, "2023-10-01"))).doesNotContain("朱众伟");
    }

    @Test // #4
    void bodyNarrowsToThatBodysPost() {
        holders("副区长", BAOSHAN_GOVERNMENT, null, "2023-10-01")
            .path("holders[*].post.body.id").entityList(String.class).satisfies((list) -> assertThat(list).containsOnly(BAOSHAN_GOVERNMENT))
            .path("holders[*].person.name").entityList(String.class).containsExactly("王勰", "陈汇青");
    }

    @Test // #4
    void districtNarrowsATitleThatManyBodiesShare() {
        // 主任 attested on 2023-09-27 in 宝山区: 003:571 (区人大常委会教科文卫工作委员会主任 詹军), 003:1036 (区交通委主任
        // 雷宏); on 2023-07-19 in 青浦区: 000:86 (人事工作委员会主任 凌 敏, that day) and 朱明福 (区人大常委会主任 at
        // 002:37 in 2020 and 000:234 on 2023-07-25: inferred between).
        List<String> baoshan = names(holders("主任", null, "宝山区", "2023-09-27"));
        List<String> qingpu = names(holders("主任", null, "青浦区", "2023-07-19"));

        assertThat(baoshan).contains("詹军", "雷宏").doesNotContain("朱明福", "凌敏");
        assertThat(qingpu).contains("朱明福", "凌敏").doesNotContain("詹军", "雷宏");
        for (String date : List.of("2023-07-19", "2023-09-27")) {
            List<String> both = new java.util.ArrayList<>(names(holders("主任", null, "宝山区", date)));
            both.addAll(names(holders("主任", null, "青浦区", date)));
            assertThat(names(holders("主任", null, null, date))).containsExactlyInAnyOrderElementsOf(both);
        }
    }

    @Test // #4
    void aPostsFullNameAsGazettesPrintItFindsThatPostsHolders() {
        // 003:972 任命 王勰、陈汇青 为宝山区人民政府副区长。 The title alone would also match other bodies' 副区长.
        assertThat(names(holders("宝山区人民政府副区长", null, null, "2023-10-01"))).containsExactly("王勰", "陈汇青");
    }

    @Test // #4
    void aDateBeforeEverySourceHasNoHolders() {
        // The oldest source, 001, is the 2018 government work report (001:3).
        holders("副区长", null, null, "1990-01-01").path("holders").entityList(Object.class).hasSize(0);
    }

    @Test // #4
    void aBlankTitleIsABadRequest() {
        this.graphQl.document(HOLDERS).variable("title", "  ").variable("at", "2023-10-01")
            .execute()
            .errors()
            .expect((error) -> error.getErrorType() == ErrorType.BAD_REQUEST && error.getPath().equals("holders")
                    && error.getMessage().startsWith("title: \"  \" must name a post title")
                    && "title".equals(error.getExtensions().get("argument")))
            .verify();
    }

    @Test // #4
    void anImpossibleDateIsAValidationErrorNotAServerError() {
        this.graphQl.document(HOLDERS).variable("title", "副区长").variable("at", "2023-02-30")
            .execute()
            .errors()
            .expect((error) -> "ValidationError".equals(error.getErrorType().toString())
                    && error.getMessage().contains("'2023-02-30' is not an ISO-8601 calendar date"))
            .verify();
        this.graphQl.document("{ holders(title: \"副区长\", at: \"yesterday\") { certainty } }")
            .execute()
            .errors()
            .expect((error) -> "ValidationError".equals(error.getErrorType().toString()))
            .verify();
    }

    private GraphQlTester.Response holders(String title, String body, String district, String at) {
        return this.graphQl.document(HOLDERS).variable("title", title).variable("body", body)
            .variable("district", district).variable("at", at)
            .execute();
    }

    private static List<String> names(GraphQlTester.Response response) {
        return response.path("holders[*].person.name").entityList(String.class).get();
    }
}
