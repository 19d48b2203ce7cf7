package civicgraph.seed.extract.personnel;

import static civicgraph.model.PersonnelEventKind.APPOINTED;
import static civicgraph.model.PersonnelEventKind.REMOVED;
import static civicgraph.model.PersonnelEventKind.RESIGNATION_ACCEPTED;
import static civicgraph.model.PersonnelEventKind.RESIGNATION_REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;

import civicgraph.seed.corpus.Gazette;
import civicgraph.seed.extract.Finding;
import civicgraph.seed.extract.Severity;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PersonnelExtractorTests {

    private final PersonnelExtractor extractor = new PersonnelExtractor();

    private PersonnelResult extract(String text) {
        return this.extractor.extract(Gazette.read("minhang.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsAListBrokenAcrossAPageWithTheEvidenceOfItsFirstLine() {
        PersonnelResult result = extract("""
                闵行区人民代表大会常务委员会 任 免 名 单
                任命 张三、李四、
                上海市闵行区人民代表大会常务委员会公报
                王为民 为闵行区人民法院审判员。
                任命赵六为闵行区人民政府副区长，免去其闵行区发展和改革委员会主任职务。""");

        assertThat(result.facts()).extracting((f) -> f.kind() + " " + f.person() + " " + f.evidence().line() + "-"
                + f.lastLine())
            .containsExactly(APPOINTED + " 张三 2-4", APPOINTED + " 李四 2-4", APPOINTED + " 王为民 2-4",
                    APPOINTED + " 赵六 5-5", REMOVED + " 赵六 5-5");
        assertThat(result.facts().get(0).evidence().quote()).isEqualTo("任命 张三、李四、");
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void warnsOfAPersonnelStatementNoRuleUnderstands() {
        PersonnelResult result = extract("""
                任命张三等为闵行区人民法院审判员。
                鉴于李四同志已退休，其职务自行免除。""");

        assertThat(result.facts()).isEmpty();
        assertThat(result.findings()).extracting(Finding::severity, Finding::line)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.WARNING, 1),
                    org.assertj.core.groups.Tuple.tuple(Severity.WARNING, 2));
        assertThat(result.findings().get(0).message())
            .isEqualTo("personnel statement not understood: 任命张三等为闵行区人民法院审判员。");
    }

    @Test
    void tellsWhenALetterAndItsDecisionNameDifferentPosts() {
        PersonnelResult result = extract("""
                接受王五同志辞去闵行区人民政府副区长职务的请求，报闵行区人民代表大会备案。
                附件：相关辞职请求
                关于辞去副区长职务的请求
                根据区委决定，我的工作另有安排，特辞去闵行区人民政府区长职务。
                申请人：王五
                2024年2月1日""");

        assertThat(result.facts()).extracting((f) -> f.kind() + " " + f.post())
            .containsExactly(RESIGNATION_ACCEPTED + " 闵行区人民政府副区长", RESIGNATION_REQUESTED + " 闵行区人民政府区长");
        assertThat(result.findings()).singleElement()
            .satisfies((f) -> assertThat(f.message())
                .isEqualTo("resignation letter of 王五 names 闵行区人民政府区长, the decision (line 1) 闵行区人民政府副区长"));
    }

    @Test
    void saysNothingOfTheContentsOrTheTitles() {
        PersonnelResult result = extract("""
                关于接受翟磊同志辞去宝山区人民政府副区长职务请求的决定·····\t(7)
                关于钱云同志职务自行免除的备案报告
                青浦区人民代表大会常务委员会主任会议关于补选胡世军为 上海市第十六届人民代表大会代表的议案 .....\t(05)""");

        assertThat(result.facts()).isEmpty();
        assertThat(result.postMentions()).isEmpty();
        assertThat(result.findings()).isEmpty();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS) // a hang guard, not a benchmark
    void getsThroughAPathologicalList() {
        String names = "张三、".repeat(10_000);
        String han = "闵行区人民法院审判员".repeat(10_000);
        PersonnelResult result = extract("任命" + names + "为闵行区人民法院审判员。\n免去" + names + "\n接受" + names + "辞去\n"
                + "第6选区补选" + han + "为" + han + "\n" + names + "的代表资格有效\n鉴于" + names + "已退休，其" + han
                + "职务自行免除\n" + names + "当选为" + han);

        assertThat(result.facts()).isEmpty();
        assertThat(result.findings()).isNotEmpty();
    }
}
