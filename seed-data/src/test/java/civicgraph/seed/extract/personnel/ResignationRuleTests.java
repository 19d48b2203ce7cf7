package civicgraph.seed.extract.personnel;

import static civicgraph.model.PersonnelEventKind.RESIGNATION_ACCEPTED;
import static org.assertj.core.api.Assertions.assertThat;

import civicgraph.seed.corpus.SourceLine;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResignationRuleTests {

    private final ResignationRule rule = new ResignationRule();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # where            | line as printed                                                                          | people     | post
            003:164            | 接受翟磊同志辞去宝山区人民政府副区长职务的请求，报宝山区人民代表大会备案。                               | 翟磊       | 宝山区人民政府副区长
            000:155            | 青浦区第六届人民代表大会常务委员会第十三次会议决定：接受卢薪、张兵辞去青浦区第六届人民代表大会代表职务的请求，报青浦区人民代表大会备案。 | 卢薪 张兵   | 青浦区第六届人民代表大会代表
            trap: 决定 no colon | 闵行区第七届人民代表大会常务委员会第五次会议决定接受钱 七同志辞去闵行区人民政府副区长职务的请求。           | 钱七       | 闵行区人民政府副区长
            trap: 辞职请求       | 接受孙八、周九辞去嘉定区第七届人民代表大会代表职务的辞职请求;                                             | 孙八 周九   | 嘉定区第七届人民代表大会代表
            trap: 同意, 申请     | 同意王为民同志辞去浦东新区人民政府副区长职务的申请。                                                     | 王为民     | 浦东新区人民政府副区长
            """)
    void readsOneAcceptancePerName(String where, String text, String people, String post) {
        List<PersonnelFact> facts = this.rule.apply(new SourceLine("gazette.txt", 3, text));

        assertThat(facts).extracting((f) -> f.person().value()).containsExactly(people.split(" "));
        assertThat(facts).extracting(PersonnelFact::post).containsOnly(post);
        assertThat(facts).extracting(PersonnelFact::kind).containsOnly(RESIGNATION_ACCEPTED);
    }

    @ParameterizedTest
    @ValueSource(strings = { "关于接受翟磊同志辞去宝山区人民政府副区长职务请求的决定",
            "青浦区人民代表大会常务委员会关于接受卢薪等辞去 青浦区第六届人民代表大会代表职务请求的决定",
            "2. 审议关于接受有关同志辞去宝山区人民政府副区长职务的决定（草案）；",
            "因工作需要，现请求辞去青浦区第六届人民代表大会代表职务，请予准许。", "接受卢薪等辞去青浦区第六届人民代表大会代表职务的请求。", "" })
    void saysNothingOfTitlesAgendaOrLetters(String text) {
        assertThat(this.rule.apply(new SourceLine("gazette.txt", 1, text))).isEmpty();
    }
}
