package civicgraph.seed.extract.lineage;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import civicgraph.model.RelType;
import civicgraph.seed.corpus.Gazette;
import civicgraph.seed.extract.document.DocumentSegmenter;

import static org.assertj.core.api.Assertions.assertThat;

class LineageLinkerTests {

    private static final String GAZETTE = """
            浦东新区人民代表大会常务委员会关于批准浦东新区2024年区本级预算调整方案的决议

            (2024年6月5日浦东新区第七届人民代表大会常务委员会第十次会议通过)

            关于提请审议《浦东新区2024年区本级预算调整方案（草案）》的议案

            浦府发〔2024〕9号

            关于提请审议《浦东新区2024年预算调整方案（草案）》的议案的说明

            ——2024年6月5日在浦东新区第七届人民代表大会常务委员会第十次会议上

            关于本区养老服务体系建设情况的报告

            关于本区养老服务体系建设情况的调研报告

            浦东新区人民代表大会常务委员会关于本区养老服务体系建设情况的审议意见

            (2024年6月5日浦东新区第七届人民代表大会常务委员会第十次会议通过)

            关于落实《关于本区河道治理情况的审议意见》的情况报告

            浦东新区人民政府""";

    @Test
    void linksWhatTheTitlesState() {
        Gazette gazette = Gazette.read("pd.txt", GAZETTE.getBytes(StandardCharsets.UTF_8));
        List<LineageFact> facts = LineageLinker.link(DocumentSegmenter.segment(gazette));

        assertThat(facts).extracting((f) -> f.relation() + " " + f.from().firstLine() + " " + f.to().firstLine())
            .containsExactly("RESULTS_IN 5 1", "EXPLAINS 9 5", "RESEARCHES 15 13", "REVIEWS 17 13", "IMPLEMENTS 21 null");
        LineageFact implemented = facts.get(4);
        assertThat(implemented.to().stub()).isTrue();
        assertThat(implemented.to().title()).isEqualTo("关于本区河道治理情况的审议意见");
        assertThat(implemented.relation()).isEqualTo(RelType.IMPLEMENTS);
        assertThat(implemented.evidence().line()).isEqualTo(21);
    }
}
