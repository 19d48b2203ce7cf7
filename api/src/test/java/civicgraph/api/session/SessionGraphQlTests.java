package civicgraph.api.session;

import civicgraph.api.CivicGraphServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The researcher's session: its agenda, who sat in the room, what it adopted and whom it appointed. */
@CivicGraphServerTest
class SessionGraphQlTests {

    // 宝山区第九届人民代表大会常务委员会第十三次会议 (003) and 青浦区第六届…第十四次会议 (000)
    private static final String BAOSHAN_13 = "ses_1e166cfd49c28b36";

    private static final String QINGPU_14 = "ses_c6ad986704aeaed2";

    @Autowired
    private HttpGraphQlTester graphQl;

    @Test // #4
    void agendaAsPrinted() {
        // 003:49-56: eight items, the first "1. 听取朱众伟副区长关于综合交通体系建设推进情况的报告；"
        session(BAOSHAN_13, "{ title dates agenda }")
            .path("session.title").entity(String.class).isEqualTo("宝山区第九届人民代表大会常务委员会第十三次会议")
            .path("session.dates").entityList(String.class).containsExactly("2023-09-27")
            .path("session.agenda").entityList(String.class).hasSize(8)
            .path("session.agenda[0]").entity(String.class).isEqualTo("听取朱众伟副区长关于综合交通体系建设推进情况的报告");
        // 000:1609-1615: seven items, the first "1. 区政府报告2023年上半年工作情况；"
        session(QINGPU_14, "{ agenda }")
            .path("session.agenda").entityList(String.class).hasSize(7)
            .path("session.agenda[0]").entity(String.class).isEqualTo("区政府报告2023年上半年工作情况");
    }

    @Test // #4
    void aHalfDaySittingWithItsListsAndCounts() {
        // 003:1006 (会期半天，2023 年 9 月 27 日下午); 003:1008 应出席会议：41 人; 003:1010 出席 (36 人);
        // 003:1019 请假 (5 人)：王丽燕 张 蕾 金江波 曹文洁 董斌斌 (003:1021)
        session(BAOSHAN_13, "{ sittings { date half expected consistent evidence { line quote } present { name } onLeave { name } } }")
            .path("session.sittings").entityList(Object.class).hasSize(1)
            .path("session.sittings[0].date").entity(String.class).isEqualTo("2023-09-27")
            .path("session.sittings[0].half").entity(String.class).isEqualTo("AFTERNOON")
            .path("session.sittings[0].expected").entity(Integer.class).isEqualTo(41)
            .path("session.sittings[0].consistent").entity(Boolean.class).isEqualTo(true)
            .path("session.sittings[0].evidence.line").entity(Integer.class).isEqualTo(1006)
            .path("session.sittings[0].present").entityList(Object.class).hasSize(36)
            .path("session.sittings[0].present[*].name").entityList(String.class).contains("李萍", "顾瑾", "魏明", "徐芑")
            .path("session.sittings[0].onLeave[*].name").entityList(String.class)
            .satisfies((list) -> assertThat(list).containsExactlyInAnyOrder("王丽燕", "张蕾", "金江波", "曹文洁", "董斌斌"));
    }

    @Test // #4
    void morningAndAfternoonSittingsOfOneDay() {
        // 000:1621 (2023年7月25日上午): 应出席 33, 全程出席 32, 请假 1 (释昌智, 000:1637);
        // 000:1639 (下午): 全程出席 31, 请假 2 人 (凌 敏 释昌智, 000:1661)
        session(QINGPU_14, "{ sittings { date half expected consistent present { name } onLeave { name } } }")
            .path("session.sittings[*].half").entityList(String.class).containsExactly("MORNING", "AFTERNOON")
            .path("session.sittings[*].date").entityList(String.class).satisfies((list) -> assertThat(list).containsOnly("2023-07-25"))
            .path("session.sittings[*].expected").entityList(Integer.class).satisfies((list) -> assertThat(list).containsOnly(33))
            .path("session.sittings[*].consistent").entityList(Boolean.class).satisfies((list) -> assertThat(list).containsOnly(true))
            .path("session.sittings[0].present").entityList(Object.class).hasSize(32)
            .path("session.sittings[0].onLeave[*].name").entityList(String.class).containsExactly("释昌智")
            .path("session.sittings[1].present").entityList(Object.class).hasSize(31)
            .path("session.sittings[1].present[*].name").entityList(String.class).doesNotContain("凌敏")
            .path("session.sittings[1].onLeave[*].name").entityList(String.class).satisfies((list) -> assertThat(list).containsExactlyInAnyOrder("凌敏", "释昌智"));
    }

    @Test // #4
    void nonVotingAttendanceNamesOrganisationAndTitle() {
        // 003:1028 区人民政府: 副区长朱众伟、陈汇青; 003:1030 区监察委员会: 副主任潘惠芳
        session(BAOSHAN_13, "{ sittings { nonVoting { person { name } organisation title } } }")
            .path("session.sittings[0].nonVoting[?(@.person.name == '朱众伟')].organisation").entityList(String.class)
            .containsExactly("区人民政府")
            .path("session.sittings[0].nonVoting[?(@.person.name == '朱众伟')].title").entityList(String.class)
            .containsExactly("副区长")
            .path("session.sittings[0].nonVoting[?(@.person.name == '潘惠芳')].title").entityList(String.class)
            .containsExactly("副主任");
    }

    @Test // #4
    void documentsAndTheResolutionsItAdopted() {
        // 003:158 the decision on 翟磊's resignation "(2023 年 9 月 27 日…第十三次会议通过)" (003:160);
        // 003:641ff the 决议 approving 宝山区2023年区本级财政预算调整方案; 003:968 任命名单
        session(BAOSHAN_13, "{ documents { title kind adopted } approved { title kind adopted } }")
            .path("session.documents[*].title").entityList(String.class)
            .contains("宝山区九届人大常委会第十三次会议议题", "关于综合交通体系建设推进情况的报告")
            .path("session.approved[*].adopted").entityList(Boolean.class).satisfies((list) -> assertThat(list).containsOnly(true))
            .path("session.approved[*].title").entityList(String.class)
            .contains("上海市宝山区人民代表大会常务委员会关于接受翟磊同志辞去宝山区人民政府副区长职务请求的决定",
                    "上海市宝山区人民代表大会常务委员会关于批准《宝山区2023年区本级财政预算调整方案》的决议",
                    "宝山区人民代表大会常务委员会任命名单")
            .doesNotContain("关于综合交通体系建设推进情况的报告")
            .path("session.approved[*].kind").entityList(String.class)
            .contains("DECISION", "RESOLUTION", "APPOINTMENT_LIST", "DELIBERATION_OPINION");
        session(QINGPU_14, "{ approved { title } }")
            .path("session.approved[*].title").entityList(String.class)
            .containsExactly("青浦区人民代表大会常务委员会关于批准《青浦区2022年区本级决算》的决议");
    }

    @Test // #4
    void personnelEventsDecidedAtTheSession() {
        // 003:164 翟磊 and 003:189 丁炯炯 resignations accepted; 003:972 王勰, 陈汇青 appointed; 003:979 ten
        // 审判员; 003:981 免去 韩 杰 的…副庭长职务; 003:988 three 检察员: 18 events.
        session(BAOSHAN_13, "{ events { kind person { name } post { title } date evidence { line } } }")
            .path("session.events").entityList(Object.class).hasSize(18)
            .path("session.events[*].date").entityList(String.class).satisfies((list) -> assertThat(list).containsOnly("2023-09-27"))
            .path("session.events[?(@.person.name == '翟磊')].kind").entityList(String.class)
            .containsExactly("RESIGNATION_ACCEPTED")
            .path("session.events[?(@.person.name == '翟磊')].evidence[*].line").entityList(Integer.class)
            .containsExactly(164)
            .path("session.events[?(@.person.name == '韩杰')].kind").entityList(String.class).containsExactly("REMOVED")
            .path("session.events[?(@.person.name == '韩杰')].post.title").entityList(String.class)
            .containsExactly("副庭长")
            .path("session.events[?(@.kind == 'APPOINTED')].person.name").entityList(String.class)
            .contains("王勰", "陈汇青", "叶骄凌", "黎偲原", "胡扬");
    }

    private GraphQlTester.Response session(String id, String selection) {
        return this.graphQl.document("query($id: ID!) { session(id: $id) " + selection + " }")
            .variable("id", id)
            .execute();
    }
}
