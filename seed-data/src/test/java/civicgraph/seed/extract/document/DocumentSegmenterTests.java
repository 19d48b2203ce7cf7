package civicgraph.seed.extract.document;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import civicgraph.model.BodyKind;
import civicgraph.model.DocumentKind;
import civicgraph.seed.corpus.Gazette;

import static org.assertj.core.api.Assertions.assertThat;

/** A made-up gazette of another district, in the genre's forms, with the seeds' traps. */
class DocumentSegmenterTests {

    static final String GAZETTE = """
            目 录

            第三号

            关于本区养老服务体系建设情况的报告·····	李 明 (1)
            关于本区养老服务体系建设情况的调研报告·····	(5)
            嘉定区人民代表大会常务委员会任免名单·····	(7)
            关于本区河道治理情况的报告·····	(9)

            ## 关于本区养老服务体系
            建设情况的报告

            ——2024年3月20日在嘉定区第七届人民代表大会常务委员会
            第十五次会议上

            嘉定区民政局局长 李 明

            主任、各位副主任、各位委员：

            一、主要工作

            （一）关于养老床位的报告

            现将有关情况报告如下。

            上海市嘉定区人民代表大会常务委员会公报

            **关于本区养老服务体系建设情况的调研报告**

            区人大常委会社会建设工作委员会

            2024年3月20日

            嘉定区人民代表大会常务委员会 任 免 名 单

            (2024年3月20日嘉定区第七届人民代表大会常务委员会
            第十五次会议通过)

            任命王小明为嘉定区民政局局长。

            上海市嘉定区人民法院关于任命审判员的议案

            嘉法〔2024〕 7 号

            上海市嘉定区人民代表大会常务委员会：

            请予审议。

            院长：张 三

            2024 年 3 月 1 日""";

    private final GazetteOutline outline = DocumentSegmenter
        .segment(Gazette.read("jd.txt", GAZETTE.getBytes(StandardCharsets.UTF_8)));

    @Test
    void readsTheDistrictFromHeadersAndTitles() {
        assertThat(this.outline.district()).isEqualTo("嘉定区");
    }

    @Test
    void cutsTheBodyAtEveryTitleAndNotAtSubHeadings() {
        assertThat(this.outline.sections()).extracting(DocumentSection::firstLine, DocumentSection::kind,
                DocumentSection::title)
            .containsExactly(
                    org.assertj.core.groups.Tuple.tuple(10, DocumentKind.REPORT, "关于本区养老服务体系建设情况的报告"),
                    org.assertj.core.groups.Tuple.tuple(28, DocumentKind.RESEARCH_REPORT, "关于本区养老服务体系建设情况的调研报告"),
                    org.assertj.core.groups.Tuple.tuple(34, DocumentKind.APPOINTMENT_LIST, "嘉定区人民代表大会常务委员会任免名单"),
                    org.assertj.core.groups.Tuple.tuple(41, DocumentKind.MOTION, "上海市嘉定区人民法院关于任命审判员的议案"));
        assertThat(this.outline.sections().get(0).lastLine()).isEqualTo(27);
    }

    @Test
    void readsBylineSubtitleAndSession() {
        DocumentSection report = this.outline.sections().get(0);
        assertThat(report.date()).isEqualTo(LocalDate.of(2024, 3, 20));
        assertThat(report.author().value()).isEqualTo("李明");
        assertThat(report.authorTitle()).isEqualTo("嘉定区民政局局长");
        assertThat(report.authorEvidence().line()).isEqualTo(16);
        assertThat(report.session().body()).isEqualTo(BodyKind.STANDING_COMMITTEE);
        assertThat(report.session().number()).isEqualTo(15);
        assertThat(report.adopted()).isFalse();
    }

    @Test
    void readsAdoptionAndSignatures() {
        List<DocumentSection> sections = this.outline.sections();
        assertThat(sections.get(1).issuer()).isEqualTo("区人大常委会社会建设工作委员会");
        assertThat(sections.get(1).date()).isEqualTo(LocalDate.of(2024, 3, 20));
        assertThat(sections.get(2).adopted()).isTrue();
        assertThat(sections.get(2).session().term()).isEqualTo(7);
        DocumentSection motion = sections.get(3);
        assertThat(motion.number()).isEqualTo("嘉法〔2024〕7号");
        assertThat(motion.author().value()).isEqualTo("张三");
        assertThat(motion.authorTitle()).isEqualTo("院长");
        assertThat(motion.issuer()).isEqualTo("上海市嘉定区人民法院");
        assertThat(motion.date()).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void readsTheTableOfContentsAndReportsEntriesWithNoDocument() {
        assertThat(this.outline.tableOfContents()).extracting(TocEntry::page).containsExactly(1, 5, 7, 9);
        assertThat(this.outline.tableOfContents().get(0).author().value()).isEqualTo("李明");
        assertThat(this.outline.findings()).filteredOn((f) -> f.message().startsWith("目录 entry"))
            .extracting((f) -> f.line())
            .containsExactly(8);
    }

    @Test
    void neverThrowsOnText() {
        for (String text : List.of("", "\n\n", "目 录\n", "关于\n的报告", "（2024年13月40日通过）", "——\n——")) {
            assertThat(DocumentSegmenter.segment(Gazette.read("x.txt", text.getBytes(StandardCharsets.UTF_8))))
                .isNotNull();
        }
    }
}
