package civicgraph.seed.extract.personnel;

import static civicgraph.model.PersonnelEventKind.QUALIFICATION_CONFIRMED;
import static org.assertj.core.api.Assertions.assertThat;

import civicgraph.seed.corpus.SourceLine;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QualificationRuleTests {

    private final QualificationRule rule = new QualificationRule();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # where                 | line as printed | people | post
            000:133                 | 2023年6月16日，第6选区补选青浦区人大常委会教科文卫工委副主任、侨民宗工委副主任张宏洲为青浦区第六届人民代表大会代表；第53选区补选青浦区练塘镇东厍村党总支书记、村委会主任陈迎春为青浦区第六届人民代表大会代表；第62选区补选丰红（上海）供应链有限公司总经理、上海倍丝特储运有限公司法人江晓芬为青浦区第六届人民代表大会代表；第94选区补选香花桥街道党工委副书记、办事处主任侯廷永为青浦区第六届人民代表大会代表。经代表资格审查委员会审查，张宏洲、陈迎春、江晓芬、侯廷永的代表资格有效，提请区人民代表大会常务委员会确认。 | 张宏洲 陈迎春 江晓芬 侯廷永 | 青浦区第六届人民代表大会代表
            000:148                 | 根据《中华人民共和国全国人民代表大会和地方各级人民代表大会选举法》和《上海市罢免和补选各级人民代表大会代表程序的规定》，青浦区第六届人大常委会第 30 次主任会议决定补选青浦区第六届人民代表大会代表 4 名。经第 6 选区、第 53 选区、第 62 选区、第 94 选区于 2023 年 6 月 16 日直接选举，张宏洲、陈迎春、江晓芬、侯廷永当选为青浦区第六届人民代表大会代表。青浦区第六届人民代表大会常务委员会第十三次会议对《青浦区人民代表大会常务委员会代表资格审查委员会关于提请确认张宏洲等青浦区第六届人民代表大会代表资格的报告》进行了审议，确认张宏洲、陈迎春、江晓芬、侯廷永的代表资格有效。 | 张宏洲 陈迎春 江晓芬 侯廷永 | 青浦区第六届人民代表大会代表
            trap: congress inside   | 确认王五、赵 六的闵行区第七届人民代表大会代表资格有效。 | 王五 赵六 | 闵行区第七届人民代表大会代表
            trap: 同志, 均          | 经审查，李四同志的代表资格均有效; | 李四 | -
            """)
    void readsOneConfirmationPerPerson(String where, String text, String people, String post) {
        List<PersonnelFact> facts = this.rule.apply(new SourceLine("gazette.txt", 8, text));

        assertThat(facts).extracting((f) -> f.person().value()).containsExactly(people.split(" "));
        assertThat(facts).extracting(PersonnelFact::post).containsOnly(post.equals("-") ? null : post);
        assertThat(facts).extracting(PersonnelFact::kind).containsOnly(QUALIFICATION_CONFIRMED);
    }

    @Test
    void takesThePostFromTheLineBeforeWhenTheStatementHasNone() {
        Statement statement = new Statement(new SourceLine("gazette.txt", 9, "确认王五的代表资格有效。"), 9, "确认王五的代表资格有效。",
                List.of(new SourceLine("gazette.txt", 7, "2024年3月12日，第3选区补选王五为嘉定区第七届人民代表大会代表。")), List.of());

        assertThat(this.rule.apply(statement)).singleElement()
            .satisfies((f) -> assertThat(f.post()).isEqualTo("嘉定区第七届人民代表大会代表"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "以上代表资格报请青浦区人民代表大会常务委员会审议通过并予以公告。", "关于确认张宏洲等青浦区第六届人民代表大会代表资格的决定",
            "确认张宏洲等4名代表的代表资格有效。", "- 2.审议表决关于确认青浦区第六届人民代表大会代表资格的决定（草案）；", "" })
    void saysNothingOfOtherLines(String text) {
        assertThat(this.rule.apply(new SourceLine("gazette.txt", 1, text))).isEmpty();
    }
}
