package civicgraph.seed.extract.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import civicgraph.model.Evidence;
import civicgraph.seed.corpus.SourceLine;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostMentionRuleTests {

    private final PostMentionRule rule = new PostMentionRule();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # where              | line as printed | person: post ; …
            000:133              | 2023年6月16日，第6选区补选青浦区人大常委会教科文卫工委副主任、侨民宗工委副主任张宏洲为青浦区第六届人民代表大会代表；第53选区补选青浦区练塘镇东厍村党总支书记、村委会主任陈迎春为青浦区第六届人民代表大会代表；第62选区补选丰红（上海）供应链有限公司总经理、上海倍丝特储运有限公司法人江晓芬为青浦区第六届人民代表大会代表；第94选区补选香花桥街道党工委副书记、办事处主任侯廷永为青浦区第六届人民代表大会代表。经代表资格审查委员会审查，张宏洲、陈迎春、江晓芬、侯廷永的代表资格有效，提请区人民代表大会常务委员会确认。 | 张宏洲:青浦区人大常委会教科文卫工委副主任;张宏洲:侨民宗工委副主任;陈迎春:青浦区练塘镇东厍村党总支书记;陈迎春:村委会主任;江晓芬:丰红（上海）供应链有限公司总经理;江晓芬:上海倍丝特储运有限公司法人;侯廷永:香花桥街道党工委副书记;侯廷永:办事处主任
            trap: 任 surname     | 2024年3月12日，第3选区补选嘉定区人大常委会副主任任晓东为嘉定区第七届人民代表大会代表。 | 任晓东:嘉定区人大常委会副主任
            trap: 2-char name    | 2024年3月12日，第3选区补选马陆镇党委书记 王 勰为嘉定区第七届人民代表大会代表。 | 王勰:马陆镇党委书记
            """)
    void readsThePostsPrintedBeforeAName(String where, String text, String mentions) {
        List<PostMention> found = this.rule.apply(new SourceLine("gazette.txt", 2, text));

        assertThat(found).extracting((m) -> m.person().value() + ":" + m.post())
            .containsExactly(mentions.split(";"));
        assertThat(found).extracting(PostMention::evidence).containsOnly(new Evidence("gazette.txt", 2, text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "根据《上海市人大常委会办公厅关于建议补选胡世军同志为市十六届人大代表的通知》的要求，经中共上海市委推荐，区第六届人民代表大会常务委员会第三十四次主任会议研究决定，青浦区第六届人民代表大会常务委员会第十三次会议补选胡世军同志为上海市第十六届人民代表大会代表。", "2024年3月12日，第3选区补选王五为嘉定区第七届人民代表大会代表。",
            "区人大常委会人事工作委员会主任 凌 敏", "任命 王勰、陈汇青 为宝山区人民政府副区长。" })
    void saysNothingWithoutAnElectionOrAPost(String text) {
        assertThat(this.rule.apply(new SourceLine("gazette.txt", 1, text))).isEmpty();
    }
}
