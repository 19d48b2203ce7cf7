package civicgraph.seed.extract.attendance;

import civicgraph.model.Evidence;
import civicgraph.seed.corpus.Gazette;
import civicgraph.seed.extract.Finding;
import civicgraph.seed.extract.Severity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AttendanceParserTests {

    private static AttendanceResult parse(String text) {
        return AttendanceParser.parse(Gazette.read("gazette.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> names(List<NameMention> mentions) {
        return mentions.stream().map((m) -> m.name().value()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # where                  | heading                                            | 应出席                | 出席                 | 请假
            000:212                  | ## 青浦区第六届人大常委会第十三次会议组成人员 出席情况   | 一、应出席会议：3人      | 二、全程出席：2人       | 三、因事因病请假：1人
            002:1188, half-width     | 青浦区第五届人大常委会第三十八次会议组成人员 出席情况     | 一、应出席会议：3人      | 二、全程出席:2人        | 三、因事因病请假：1人
            003:1004                 | 宝山区九届人大常委会第十三次会议 组成人员出席情况         | 一、应出席会议：3 人     | 二、出席 (2 人)：       | 三、请假 (1 人)：
            003:2793                 | 宝山区九届人大常委会第十四次会议 组成人员出席情况         | 一、应出席会议：3人      | 二、出席(2人)：         | 三、请假(1人)：
            other district, numerals | 闵行区第十七届人大常委会第五次会议组成人员出席情况        | 一、应出席会议：三人      | 二、全程出席：二人      | 三、因事因病请假：一人
            full-width digits        | 嘉定区第七届人大常委会第二十次会议组成人员出席情况        | 一、应出席会议：３人      | 二、全程出席：２人      | 三、因病请假：１人
            no numbering, 实到       | 浦东新区第七届人大常委会第九次会议组成人员出席情况        | 应出席会议：3人         | 实到：2人              | 请假：1人
            """)
    void readsTheCountsAndNamesOfASitting(String where, String heading, String expected, String present,
            String onLeave) {
        AttendanceResult result = parse(heading + "\n\n" + expected + "\n\n" + present + "\n\n王利军\t华 琼\n\n" + onLeave
                + "\n\n潘牧天");

        assertThat(result.records()).singleElement().satisfies((record) -> {
            assertThat(record.heading().line()).isEqualTo(1);
            assertThat(record.sittings()).singleElement().satisfies((sitting) -> {
                assertThat(sitting.expected()).isEqualTo(3);
                assertThat(sitting.statedPresent()).isEqualTo(2);
                assertThat(sitting.statedOnLeave()).isEqualTo(1);
                assertThat(names(sitting.present())).containsExactly("王利军", "华琼");
                assertThat(names(sitting.onLeave())).containsExactly("潘牧天");
                assertThat(sitting.onLeave().get(0).evidence()).isEqualTo(new Evidence("gazette.txt", 11, "潘牧天"));
                assertThat(sitting.date()).isNull();
                assertThat(sitting.half()).isNull();
                assertThat(sitting.consistent()).isTrue();
            });
        });
        assertThat(result.findings()).isEmpty();
    }

    /** 000:1619-1661: two half-day sittings, a page break inside a list, the last line without a newline. */
    @Test
    void readsHalfDaySittingsAcrossAPageBreak() {
        AttendanceResult result = parse("""
                ## 闵行区第十七届人大常委会第十四次会议组成人员 出席情况

                (2023年7月25日上午)

                一、应出席会议：4人

                二、全程出席：3人

                丁峰雷\t王利军\t王海青\t\t

                三、因事因病请假：1人

                释昌智

                （2023年7月25日下午）

                一、应出席会议：4人

                二、全程出席：2人

                丁峰雷
                -----\t-----\t-----

                公报第五、六号（总第 13、14 号）

                ---

                华 琼\t\t

                三、因事因病请假：2 人

                凌 敏      释昌智""");

        AttendanceRecord record = result.records().get(0);
        assertThat(record.meeting()).isEqualTo("闵行区第十七届人大常委会第十四次会议");
        assertThat(civicgraph.seed.extract.session.SessionRef.findAll(record.meeting(), record.heading(), "闵行区"))
            .singleElement().satisfies((ref) -> assertThat(ref.term()).isEqualTo(17))
            .satisfies((ref) -> assertThat(ref.number()).isEqualTo(14));
        assertThat(record.sittings()).extracting(Sitting::date, Sitting::half, (s) -> s.evidence().line())
            .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 7, 25), Half.MORNING, 3),
                    org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 7, 25), Half.AFTERNOON, 15));
        Sitting afternoon = record.sittings().get(1);
        assertThat(names(afternoon.present())).containsExactly("丁峰雷", "华琼");
        assertThat(afternoon.present()).extracting((m) -> m.evidence().line()).containsExactly(21, 28);
        assertThat(names(afternoon.onLeave())).containsExactly("凌敏", "释昌智");
        assertThat(afternoon.onLeave().get(1).evidence().line()).isEqualTo(32);
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void readsAHeadingBrokenOverTwoLinesAndStopsAtTheNextItem() {
        AttendanceResult result = parse("""
                宝山区九届人大常委会第十三次会议
                组成人员出席情况

                (会期半天，2023 年 9 月 27 日下午)

                一、应出席会议：3 人

                二、出席 (2 人)：

                李 萍\t吴志宏

                三、请假 (1 人)：

                王丽燕
                -----

                宝山区九届人大常委会第十三次会议 列 席 情 况

                区人民政府: 副区长朱众伟、陈汇青

                讲 话
                """);

        assertThat(result.records()).singleElement().satisfies((record) -> {
            assertThat(record.heading().line()).isEqualTo(1);
            assertThat(record.meeting()).isEqualTo("宝山区九届人大常委会第十三次会议");
            Sitting sitting = record.sittings().get(0);
            assertThat(sitting.date()).isEqualTo(LocalDate.of(2023, 9, 27));
            assertThat(sitting.half()).isEqualTo(Half.AFTERNOON);
            assertThat(names(sitting.onLeave())).containsExactly("王丽燕");
        });
    }

    @Test
    void keepsASittingAsStatedWhenItDoesNotAddUp() {
        AttendanceResult result = parse("""
                松江区第六届人大常委会第八次会议组成人员出席情况

                一、应出席会议：33人

                二、全程出席：3人

                丁峰雷\t王利军

                三、因事因病请假：1人

                释昌智
                """);

        Sitting sitting = result.records().get(0).sittings().get(0);
        assertThat(sitting.expected()).isEqualTo(33);
        assertThat(sitting.statedPresent()).isEqualTo(3);
        assertThat(sitting.present()).hasSize(2);
        assertThat(sitting.consistent()).isFalse();
        assertThat(result.findings()).containsExactly(
                new Finding(Severity.WARNING, "gazette.txt", 3, "attendance does not add up: 应出席 33, present 3 + on leave 1"),
                new Finding(Severity.WARNING, "gazette.txt", 5, "出席 states 3 but 2 names were read"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # trap                                      | row (→ is a tab)   | names read            | consistent
            short by one, one four-character name       | 王强→李明王芳        | 王强 李明 王芳          | true
            short by one, two: no way to tell which     | 欧阳思远→李明王芳    | 欧阳思远 李明王芳       | false
            """)
    void letsTheStatedCountSplitTwoNamesRunTogether(String trap, String row, String read, boolean consistent) {
        AttendanceResult result = parse("奉贤区第六届人大常委会第八次会议组成人员出席情况\n一、应出席会议：4人\n二、全程出席：3人\n"
                + row.replace("→", "\t") + "\n三、因事因病请假：1人\n释昌智\n");

        Sitting sitting = result.records().get(0).sittings().get(0);
        assertThat(names(sitting.present())).containsExactly(read.split(" "));
        assertThat(sitting.consistent()).isEqualTo(consistent);
        assertThat(result.findings()).isNotEmpty().allSatisfy((f) -> assertThat(f.line()).isIn(2, 3, 4));
        if (consistent) {
            assertThat(result.findings()).extracting(Finding::message)
                .containsExactly("read 李明王芳 as 李明 and 王芳, as the stated count says");
        }
        else {
            assertThat(result.findings()).extracting(Finding::message)
                .containsExactly("attendance does not add up: 应出席 4, present 3 + on leave 1",
                        "出席 states 3 but 2 names were read");
        }
    }

    @Test
    void readsNamesOnTheCountLineAndNobodyOnLeave() {
        AttendanceResult result = parse("""
                金山区第七届人大常委会第三次会议组成人员出席情况
                一、应出席会议：3人
                二、出席（3人）：李萍　吴志宏　须华威
                三、请假：无
                """);

        Sitting sitting = result.records().get(0).sittings().get(0);
        assertThat(names(sitting.present())).containsExactly("李萍", "吴志宏", "须华威");
        assertThat(sitting.statedOnLeave()).isZero();
        assertThat(sitting.consistent()).isTrue();
        assertThat(result.findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "青浦区第六届人大常委会第十三次会议组成人员出席情况 .....\t(12)", // 000:16, the table of contents
            "青浦区第五届人大常委会第三十八次会议组成人员出席情况\t(83)", // 002:31
            "宝山区九届人大常委会第十三次会议组成人员出席情况·····\t(41)", // 003:23
            "宝山区九届人大常委会第十三次会议 列 席 情 况",
            "我全程出席市人民代表大会，从未缺席或中途请假。",
            "" })
    void givesNothingOutsideARecord(String line) {
        assertThat(parse(line + "\n一、应出席会议：33人\n").records()).isEmpty();
    }
}
