package civicgraph.api.person;

import java.util.ArrayList;
import java.util.List;

import civicgraph.api.CivicGraphServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A person's record: 凌敏 of 青浦区, named in bylines and in the member lists of two sessions (source 000). */
@CivicGraphServerTest
class PersonGraphQlTests {

    // 凌敏's id, derived from the natural key (name, district): the same on every ingestion of the corpus.
    private static final String LING_MIN = "per_660809aadd739d2a";

    private static final String QINGPU_2023 = "000_783246789b863c1c.txt";

    @Autowired
    private HttpGraphQlTester graphQl;

    @Test // #4
    void nameDistrictsAndPinyin() {
        person("{ name pinyin districts { name kind } }")
            .path("person.name").entity(String.class).isEqualTo("凌敏") // 000:86 "凌 敏", the space is the PDF's
            .path("person.pinyin").entity(String.class).isEqualTo("ling min")
            .path("person.districts[*].name").entityList(String.class).containsExactly("青浦区")
            .path("person.districts[0].kind").entity(String.class).isEqualTo("ADMINISTRATIVE");
    }

    @Test // #4
    void tenuresOldestFirstEachWithItsBylineLine() {
        // 000:86 区人大常委会人事工作委员会主任 凌 敏 and 000:129 青浦区人大常委会代表资格审查委员会主任委员 凌 敏,
        // both bylines of 2023-07-19 (000:83, 000:126); no appointment of 凌敏 in the corpus, so no events.
        GraphQlTester.Response response = person("""
                { tenures { firstSeen start certainty post { title body { name } } evidence { source { fileName } line quote } }
                  events { kind } }""");

        response.path("person.tenures[*].post.title").entityList(String.class).containsExactly("主任", "主任委员")
            .path("person.tenures[*].post.body.name").entityList(String.class)
            .containsExactly("青浦区人民代表大会常务委员会人事工作委员会", "青浦区人民代表大会常务委员会代表资格审查委员会")
            .path("person.tenures[*].certainty").entityList(String.class).satisfies((list) -> assertThat(list).containsOnly("ATTESTED"))
            .path("person.tenures[*].evidence[*].line").entityList(Integer.class).containsExactly(86, 129)
            .path("person.tenures[*].evidence[*].source.fileName").entityList(String.class).satisfies((list) -> assertThat(list).containsOnly(QINGPU_2023))
            .path("person.tenures[0].evidence[0].quote").entity(String.class).isEqualTo("区人大常委会人事工作委员会主任 凌 敏")
            .path("person.events").entityList(Object.class).hasSize(0);
        List<String> firstSeen = response.path("person.tenures[*].firstSeen").entityList(String.class).get();
        assertThat(firstSeen).containsExactly("2023-07-19", "2023-07-19").isSorted();
    }

    @Test // #4
    void tenuresAtADateKeepThoseHeldThen() {
        person("{ on: tenures(at: \"2023-07-19\") { post { title } } before: tenures(at: \"2023-07-18\") { post { title } } }")
            .path("person.on[*].post.title").entityList(String.class).containsExactly("主任", "主任委员")
            .path("person.before").entityList(Object.class).hasSize(0);
    }

    @Test // #4
    void oneTenureAskedOnTwoDatesInOneRequestIsListedOncePerDate() {
        // 003:972 任命 王勰 … 为宝山区人民政府副区长 (2023-09-27), no end: held on both dates, one tenure each time.
        this.graphQl.document("""
                { people(name: "王勰") { edges { node {
                  oct: tenures(at: "2023-10-01") { post { title } start }
                  dec: tenures(at: "2023-12-01") { post { title } start } } } } }""")
            .execute()
            .path("people.edges[0].node.oct[*].post.title").entityList(String.class).containsExactly("副区长")
            .path("people.edges[0].node.dec[*].post.title").entityList(String.class).containsExactly("副区长")
            .path("people.edges[0].node.dec[0].start").entity(String.class).isEqualTo("2023-09-27");
    }

    @Test // #4
    void eventsOfAnAppointedPersonNameTheirLine() {
        // 003:972 任命 王勰、陈汇青 为宝山区人民政府副区长。 (2023-09-27)
        this.graphQl.document("""
                { people(name: "王勰") { edges { node { events { kind date post { title body { name } } session { title }
                  evidence { source { fileName } line } } } } } }""")
            .execute()
            .path("people.edges[0].node.events[*].kind").entityList(String.class).containsExactly("APPOINTED")
            .path("people.edges[0].node.events[0].date").entity(String.class).isEqualTo("2023-09-27")
            .path("people.edges[0].node.events[0].post.title").entity(String.class).isEqualTo("副区长")
            .path("people.edges[0].node.events[0].post.body.name").entity(String.class).isEqualTo("宝山区人民政府")
            .path("people.edges[0].node.events[0].session.title").entity(String.class)
            .isEqualTo("宝山区第九届人民代表大会常务委员会第十三次会议")
            .path("people.edges[0].node.events[0].evidence[0].line").entity(Integer.class).isEqualTo(972);
    }

    @Test // #4
    void attendanceWalkedOnePageAtATimeHasNoDuplicatesNoGapsAndAddsUpToTotalCount() {
        // 000:223 (13th session, 2023-07-19 上午, 全程出席), 000:1631 (14th, 07-25 上午, 全程出席),
        // 000:1661 (14th, 07-25 下午, 因事因病请假: "凌 敏      释昌智").
        List<String> walked = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        String after = null;
        int totalCount;
        do {
            GraphQlTester.Response page = person("""
                    query($id: ID!, $after: String) { person(id: $id) { attendance(first: 1, after: $after) {
                      totalCount pageInfo { hasNextPage endCursor }
                      edges { cursor node { date half status session { title } } } } } }""", after);
            totalCount = page.path("person.attendance.totalCount").entity(Integer.class).get();
            List<String> rows = page.path("person.attendance.edges[*].node").entityList(Object.class).get()
                .stream().map(Object::toString).toList();
            walked.addAll(rows);
            cursors.addAll(page.path("person.attendance.edges[*].cursor").entityList(String.class).get());
            boolean more = page.path("person.attendance.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = more ? page.path("person.attendance.pageInfo.endCursor").entity(String.class).get() : null;
        }
        while (after != null);

        assertThat(totalCount).isEqualTo(3);
        assertThat(walked).hasSize(totalCount).doesNotHaveDuplicates();
        assertThat(cursors).doesNotHaveDuplicates();
        assertThat(walked.get(0)).contains("2023-07-19", "MORNING", "PRESENT", "第十三次会议");
        assertThat(walked.get(1)).contains("2023-07-25", "MORNING", "PRESENT", "第十四次会议");
        assertThat(walked.get(2)).contains("2023-07-25", "AFTERNOON", "ON_LEAVE", "第十四次会议");
    }

    @Test // #4
    void attendanceFiltersByDate() {
        person("{ attendance(from: \"2023-07-20\") { totalCount edges { node { date } } } }")
            .path("person.attendance.totalCount").entity(Integer.class).isEqualTo(2)
            .path("person.attendance.edges[*].node.date").entityList(String.class).satisfies((list) -> assertThat(list).containsOnly("2023-07-25"));
    }

    @Test // #4
    void attendanceRateIsTheShareOfMemberSittingsPresent() {
        // Present at 000:223 and 000:1631, on leave at 000:1661: 2 of the 3 sittings that list 凌敏.
        Double rate = person("{ attendanceRate }").path("person.attendanceRate").entity(Double.class).get();

        assertThat(rate).isCloseTo(2.0 / 3.0, within(1e-9));
        Double july25 = person("{ attendanceRate(from: \"2023-07-25\", to: \"2023-07-25\") }")
            .path("person.attendanceRate").entity(Double.class).get();
        assertThat(july25).isCloseTo(0.5, within(1e-9));
    }

    @Test // #4
    void evidenceListsEveryLineThatNamesThePerson() {
        // 000:86, 000:129 bylines; 000:223, 000:1631 present lists; 000:1661 the on-leave list
        person("{ evidence { source { fileName } line } }")
            .path("person.evidence[*].line").entityList(Integer.class).containsExactly(86, 129, 223, 1631, 1661)
            .path("person.evidence[*].source.fileName").entityList(String.class).satisfies((list) -> assertThat(list).containsOnly(QINGPU_2023));
    }

    @Test // #4
    void anUnknownPersonIsNull() {
        this.graphQl.document("{ person(id: \"per_0000000000000000\") { name } }")
            .execute()
            .path("person").valueIsNull();
    }

    private GraphQlTester.Response person(String selection) {
        return this.graphQl.document("query($id: ID!) { person(id: $id) " + selection + " }")
            .variable("id", LING_MIN)
            .execute();
    }

    private GraphQlTester.Response person(String document, String after) {
        return this.graphQl.document(document).variable("id", LING_MIN).variable("after", after).execute();
    }
}
