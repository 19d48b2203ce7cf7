package civicgraph.seed.extract.personnel;

import static civicgraph.model.PersonnelEventKind.REMOVED;
import static civicgraph.seed.extract.personnel.AppointmentRuleTests.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import civicgraph.model.Evidence;
import civicgraph.seed.corpus.SourceLine;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RemovalRuleTests {

    private final RemovalRule rule = new RemovalRule();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # where               | line as printed                                                | people        | posts
            003:981               | 免去 韩 杰 的宝山区人民法院大场人民法庭副庭长职务。                     | 韩杰          | 宝山区人民法院大场人民法庭副庭长
            003:2752              | 免去 黄亚萍、黄海波 的宝山区人民法院人民陪审员职务。                     | 黄亚萍 黄海波  | 宝山区人民法院人民陪审员
            003:2759              | 免去 程 喆 的宝山区人民检察院检察员职务。                              | 程喆          | 宝山区人民检察院检察员
            trap: 其               | 任命张三为闵行区人民政府副区长，免去其闵行区发展和改革委员会主任职务。        | 张三          | 闵行区发展和改革委员会主任
            trap: two posts       | 免去李四的嘉定区人民法院审判委员会委员、副庭长职务。                      | 李四          | 嘉定区人民法院审判委员会委员 副庭长
            trap: 职务、…职务       | 免去赵六的宝山区人民法院副院长职务、审判员职务;                          | 赵六          | 宝山区人民法院副院长 审判员
            trap: 同志, half-width | 免去王五同志的浦东新区人民检察院检察员职务;                             | 王五          | 浦东新区人民检察院检察员
            trap: 为 in a name    | 免去王为民的闵行区人民法院审判员职务。                                 | 王为民        | 闵行区人民法院审判员
            """)
    void readsOneRemovalPerNameAndPost(String where, String text, String people, String posts) {
        List<PersonnelFact> facts = this.rule.apply(new SourceLine("gazette.txt", 9, text));

        assertThat(facts).extracting((f) -> f.person().value() + " " + f.post())
            .containsExactlyElementsOf(pairs(people, posts));
        assertThat(facts).extracting(PersonnelFact::kind).containsOnly(REMOVED);
        assertThat(facts).extracting(PersonnelFact::evidence).containsOnly(new Evidence("gazette.txt", 9, text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "免 职 名 单", "宝山区人民代表大会常务委员会 免 职 名 单", "任命 明 涛 为宝山区副区长。", "免去其职务。", "",
            "免去部分行政事业性收费项目。", "免去张三等的宝山区人民法院审判员职务。" })
    void saysNothingOfOtherLines(String text) {
        assertThat(this.rule.apply(new SourceLine("gazette.txt", 1, text))).isEmpty();
    }
}
