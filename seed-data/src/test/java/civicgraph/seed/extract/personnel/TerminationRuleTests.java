package civicgraph.seed.extract.personnel;

import static civicgraph.model.PersonnelEventKind.TERMINATED;
import static civicgraph.seed.extract.personnel.AppointmentRuleTests.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import civicgraph.seed.corpus.SourceLine;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TerminationRuleTests {

    private final TerminationRule rule = new TerminationRule();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # where                 | line before it (- none)                                     | line as printed                                                     | people      | post                        | reason
            003:996-998             | 鉴于钱云同志已退休，根据《上海市宝山区人民代表大会常务委员会关于任免国家机关工作人员的规定》第二十四条之规定： | 钱云同志的上海市宝山区人民检察院检察员职务自行免除，不再办理免职手续。 | 钱云 | 上海市宝山区人民检察院检察员 | 退休
            003:2767-2769           | 鉴于李洁、秋之青同志已退休，根据《上海市宝山区人民代表大会常务委员会关于任免国家机关工作人员的规定》第二十四条之规定： | 李洁、秋之青同志的上海市宝山区人民法院审判员职务自行免除，不再办理免职手续。 | 李洁 秋之青 | 上海市宝山区人民法院审判员 | 退休
            trap: one line, 其        | -                                                          | 鉴于张三同志已调离本区，其闵行区人民法院审判员职务自行免除。                  | 张三        | 闵行区人民法院审判员          | 调离本区
            trap: 因, 其              | -                                                          | 李四同志因工作调动，其嘉定区人民检察院检察员职务自行免除。                    | 李四        | 嘉定区人民检察院检察员        | 工作调动
            trap: no reason, spaces | -                                                          | 王 五的浦东新区人民法院审判员、审判委员会委员职务自行免除。                    | 王五        | 浦东新区人民法院审判员 审判委员会委员 | -
            """)
    void readsOneTerminationPerPersonAndPost(String where, String before, String text, String people, String posts,
            String reason) {
        List<SourceLine> context = before.equals("-") ? List.of() : List.of(new SourceLine("gazette.txt", 4, before));
        List<PersonnelFact> facts = this.rule.apply(new SourceLine("gazette.txt", 6, text), context);

        assertThat(facts).extracting((f) -> f.person().value() + " " + f.post())
            .containsExactlyElementsOf(pairs(people, posts));
        assertThat(facts).extracting(PersonnelFact::kind).containsOnly(TERMINATED);
        assertThat(facts).extracting(PersonnelFact::reason).containsOnly(reason.equals("-") ? null : reason);
    }

    @ParameterizedTest
    @ValueSource(strings = { "关于钱云同志职务自行免除的备案报告", "关于李洁等同志职务自行免除的备案报告·····\t(114)", "不再办理免职手续。",
            "特此备案。", "" })
    void saysNothingOfTitlesAndFormulas(String text) {
        assertThat(this.rule.apply(new SourceLine("gazette.txt", 1, text), List.of())).isEmpty();
    }
}
