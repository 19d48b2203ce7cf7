package civicgraph.seed.extract.personnel;

import static civicgraph.model.PersonnelEventKind.RESIGNATION_REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;

import civicgraph.model.Evidence;
import civicgraph.seed.corpus.SourceLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResignationRequestRuleTests {

    private final ResignationRequestRule rule = new ResignationRequestRule();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # where              | letter's line                                                 | lines after it (/ between lines)            | person | post                      | reason     | date
            000:161              | 因工作需要，现请求辞去青浦区第六届人民代表大会代表职务，请予准许。        | 卢 薪 / 2023年7月14日                        | 卢薪    | 青浦区第六届人民代表大会代表   | 工作需要    | 2023-07-14
            000:171              | 本人因个人原因，现请求辞去青浦区第六届人民代表大会代表职务，请予准许。    | 张 兵 / 2023年6月26日                        | 张兵    | 青浦区第六届人民代表大会代表   | 个人原因    | 2023-06-26
            003:172              | 根据市委决定，我的工作另有安排，特辞去宝山区人民政府区长职务。           | 请区人大常委会批准本人的辞职请求。 / 申请人：翟磊 / 2023 年 9 月 18 日 | 翟磊 | 宝山区人民政府区长 | 工作另有安排 | 2023-09-18
            trap: Chinese date   | 因身体原因，本人申请辞去闵行区第七届人民代表大会代表职务。                | 此致 / 敬礼！ / 辞职人:王为民 / 二〇二四年三月五日 | 王为民  | 闵行区第七届人民代表大会代表   | 身体原因    | 2024-03-05
            trap: name and date  | 现请求辞去嘉定区人民政府副区长职务，请予批准。                         | 钱 七　2024年1月8日                          | 钱七    | 嘉定区人民政府副区长          | -          | 2024-01-08
            """)
    void readsTheLetterAndItsSignature(String where, String text, String after, String person, String post,
            String reason, String date) {
        List<PersonnelFact> facts = this.rule.apply(new SourceLine("gazette.txt", 20, text), lines(after, 21));

        assertThat(facts).singleElement().satisfies((f) -> {
            assertThat(f.kind()).isEqualTo(RESIGNATION_REQUESTED);
            assertThat(f.person().value()).isEqualTo(person);
            assertThat(f.post()).isEqualTo(post);
            assertThat(f.reason()).isEqualTo(reason.equals("-") ? null : reason);
            assertThat(f.date()).isEqualTo(LocalDate.parse(date));
            assertThat(f.evidence()).isEqualTo(new Evidence("gazette.txt", 20, text));
        });
    }

    @Test
    void aLetterWithoutSignatureGivesNothing() {
        assertThat(this.rule.apply(new SourceLine("gazette.txt", 20, "因工作需要，现请求辞去青浦区第六届人民代表大会代表职务，请予准许。"),
                lines("请予审议。 / 2023年7月14日", 21)))
            .isEmpty();
    }

    @Test
    void theDecisionAcceptingAResignationIsNoLetter() {
        assertThat(this.rule.apply(new SourceLine("gazette.txt", 20, "接受翟磊同志辞去宝山区人民政府副区长职务的请求，报宝山区人民代表大会备案。"),
                lines("附件：相关辞职请求 / 申请人：翟磊", 21)))
            .isEmpty();
    }

    private static List<SourceLine> lines(String joined, int from) {
        List<SourceLine> lines = new ArrayList<>();
        for (String text : joined.split(" / ")) {
            lines.add(new SourceLine("gazette.txt", from + lines.size(), text));
        }
        return lines;
    }
}
