package civicgraph.seed.extract.session;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import civicgraph.model.BodyKind;
import civicgraph.seed.corpus.SourceLine;

import static org.assertj.core.api.Assertions.assertThat;

class SessionRefTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # where                  | line as printed                                              | district | body                 | term | number
            000:83 full form         | ——2023 年 7 月 19 日在青浦区第六届人民代表大会常务委员会第十三次会议上 | 青浦区   | STANDING_COMMITTEE   | 6    | 13
            000:15 short form        | 青浦区第六届人大常委会第十三次会议议题 .....	(11)                    | 青浦区   | STANDING_COMMITTEE   | 6    | 13
            002:7 bare 区            | 在区五届人大常委会第三十八次会议上的讲话                            | 青浦区   | STANDING_COMMITTEE   | 5    | 38
            003:45 no 第             | 宝山区九届人大常委会第十三次会议议题                                | 宝山区   | STANDING_COMMITTEE   | 9    | 13
            000:242 congress         | 督促政府落实好区六届人大三次会议通过的相关决议                        | 青浦区   | CONGRESS             | 6    | 3
            003:2616 上海市            | 上海市宝山区第九届人民代表大会第四次会议于2024年1月16日至18日召开      | 宝山区   | CONGRESS             | 9    | 4
            000:148 digits           | 区第六届人大常委会第 30 次主任会议决定补选                           | 青浦区   | CHAIRPERSONS_MEETING | 6    | 30
            002:691 space in name    | 召开青浦区 第五届人民代表大会第七次会议                              | 青浦区   | CONGRESS             | 5    | 7
            004:17 word before 区     | 基本完成区五届人大七次会议确定的各项目标                              | 青浦区   | CONGRESS             | 5    | 7
            002:49 line starts mid    | 现就区五届人大六次会议以来代表建议办理情况报告如下                      | 青浦区   | CONGRESS             | 5    | 6
            variant: 浦东新区         | 召开上海市浦东新区第七届人大常委会第二十一次会议                               | 浦东新区 | STANDING_COMMITTEE   | 7    | 21
            variant: full-width 数字  | 《闵行区第１７届人民代表大会常务委员会第５次会议                         | 闵行区   | STANDING_COMMITTEE   | 17   | 5
            variant: 县              | 在上海市崇明县第十五届人民代表大会第二次会议                                 | 崇明县   | CONGRESS             | 15   | 2
            """)
    void readsEveryWrittenForm(String where, String text, String district, BodyKind body, int term, int number) {
        List<SessionRef> refs = SessionRef.findAll(new SourceLine("g.txt", 7, text), "青浦区");

        assertThat(refs).hasSize(1);
        SessionRef ref = refs.get(0);
        assertThat(ref.district()).isEqualTo(district);
        assertThat(ref.body()).isEqualTo(body);
        assertThat(ref.term()).isEqualTo(term);
        assertThat(ref.number()).isEqualTo(number);
        assertThat(ref.evidence().line()).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = { "市十六届人大一次会议", "及时传达十四届全国人大一次会议精神", "按照六届区委六次全会的部署要求",
            "青浦区人民代表大会常务委员会主任会议", "上海市第十六届人民代表大会代表", "" })
    void findsNoDistrictSessionIn(String text) {
        assertThat(SessionRef.findAll(new SourceLine("g.txt", 1, text), "青浦区")).isEmpty();
    }
}
