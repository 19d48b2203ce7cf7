package civicgraph.seed.extract.attendance;

import civicgraph.seed.corpus.Gazette;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NonVotingParserTests {

    private static NonVotingResult parse(String text) {
        return NonVotingParser.parse(Gazette.read("gazette.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> rows(NonVotingResult result) {
        return result.facts().stream()
            .map((f) -> f.organisation() + "/" + (f.title() == null ? "-" : f.title()) + "/" + f.person().value())
            .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # where                         | entry as printed                                     | organisation/title/name, each
            003:1028, a title carried       | 区人民政府: 副区长朱众伟、陈汇青                         | 区人民政府/副区长/朱众伟 区人民政府/副区长/陈汇青
            003:1032                        | 区人民法院: 院长张晓立                                  | 区人民法院/院长/张晓立
            003:1036, department per item   | 区政府部门: 区政府办副主任张俊峰、区交通委主任雷宏          | 区政府办/副主任/张俊峰 区交通委/主任/雷宏
            003:2826, rank as title         | 区政府部门: 区市场监管局四级调研员吴红梅                  | 区市场监管局/四级调研员/吴红梅
            003:1038, towns                 | 各街镇人大: 杨行镇阎志军、友谊路街道张谊                    | 杨行镇/-/阎志军 友谊路街道/-/张谊
            003:1040, title in the label    | 区人大代表: 黄燕华、艾轶强                              | 区人大/代表/黄燕华 区人大/代表/艾轶强
            003:1042, no title              | 区人大专工委: 杨吉、王建芳                               | 区人大专工委/-/杨吉 区人大专工委/-/王建芳
            full-width colon, other title   | 区人民政府：副区长朱众伟、陈汇青、区长助理王强、李明          | 区人民政府/副区长/朱众伟 区人民政府/副区长/陈汇青 区人民政府/区长助理/王强 区人民政府/区长助理/李明
            stray spaces, full-width comma  | 区监委：副主任 潘惠芳，陈 健                             | 区监委/副主任/潘惠芳 区监委/副主任/陈健
            trap: 主任委员 not 委员          | 区人大常委会: 主任委员苏继文、委员王强                     | 区人大常委会/主任委员/苏继文 区人大常委会/委员/王强
            """)
    void readsOrganisationTitleAndName(String where, String entry, String expected) {
        NonVotingResult result = parse("闵行区第十七届人大常委会第五次会议列席情况\n\n(会期半天, 2023年9月27日下午)\n\n" + entry);

        assertThat(rows(result)).containsExactly(expected.split(" "));
        assertThat(result.facts()).allSatisfy((f) -> assertThat(f.evidence().line()).isEqualTo(5));
        assertThat(result.records().get(0).date()).isEqualTo(LocalDate.of(2023, 9, 27));
        assertThat(result.records().get(0).half()).isEqualTo(Half.AFTERNOON);
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void readsEntriesContinuedOverLinesAndStopsAtTheNextItem() {
        NonVotingResult result = parse("""
                宝山区九届人大常委会第十四次会议 列 席 情 况

                区政府部门:
                区政府办二级调研员郭有浩、区发展改革委主任高虹军、
                区科委主任阳晖
                上海市宝山区人民代表大会常务委员会公报
                区人民政府:
                副区长 郑益川
                薛飒飒

                宝山区九届人大常委会第十四次会议议题

                1. 听取和审议区政府关于…的报告；
                """);

        assertThat(rows(result)).containsExactly("区政府办/二级调研员/郭有浩", "区发展改革委/主任/高虹军", "区科委/主任/阳晖",
                "区人民政府/副区长/郑益川", "区人民政府/副区长/薛飒飒");
        assertThat(result.facts()).extracting((f) -> f.evidence().line()).containsExactly(4, 4, 5, 8, 9);
        assertThat(result.facts()).extracting(NonVotingFact::group).containsExactly("区政府部门", "区政府部门",
                "区政府部门", "区人民政府", "区人民政府");
        assertThat(result.records().get(0).date()).isNull();
    }

    @Test
    void readsOneRecordPerSittingUnderOneHeading() {
        NonVotingResult result = parse("""
                嘉定区第七届人大常委会第九次会议列席情况
                （2023年7月25日上午）
                区人民政府：副区长朱众伟
                （2023年7月25日下午）
                区人民法院：院长张晓立
                """);

        assertThat(result.records()).extracting(NonVotingRecord::half).containsExactly(Half.MORNING, Half.AFTERNOON);
        assertThat(result.records()).extracting((r) -> r.heading().line()).containsExactly(1, 1);
        assertThat(rows(result)).containsExactly("区人民政府/副区长/朱众伟", "区人民法院/院长/张晓立");
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void reportsAnEntryItCannotRead() {
        NonVotingResult result = parse("宝山区九届人大常委会第十三次会议列席情况\n区人民政府: 副区长朱众伟、（略）");

        assertThat(rows(result)).containsExactly("区人民政府/副区长/朱众伟");
        assertThat(result.findings()).singleElement()
            .satisfies((f) -> assertThat(f.message()).isEqualTo("列席 entry not read: (略)"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "宝山区九届人大常委会第十三次会议列席情况·····\t(42)", // 003:25, the table of contents
            "组织代表列席常委会会议、参加情况通报会", "宝山区九届人大常委会第十三次会议 组成人员出席情况", "" })
    void givesNothingOutsideARecord(String line) {
        assertThat(parse(line + "\n区人民政府: 副区长朱众伟、陈汇青\n").facts()).isEmpty();
    }
}
