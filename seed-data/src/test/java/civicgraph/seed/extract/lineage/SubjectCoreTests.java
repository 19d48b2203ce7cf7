package civicgraph.seed.extract.lineage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectCoreTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # where                 | one title                                                | the other                                    | same
            003:565/474             | 关于义务教育“双减”工作情况的调研报告                           | 关于义务教育“双减”工作情况的报告                   | true
            000:785/706 issuer      | 关于知识产权全链条保护工作情况的调研报告                        | 区人民检察院关于知识产权全链条保护工作的报告          | true
            002:1038/1030 dashes    | 上海市青浦区人民政府关于提请审议青浦区白鹤镇国土空间总体规划（2019-2035）的议案 | 关于同意《青浦区白鹤镇国土空间总体规划（2019—2035）》的决议 | true
            trap: 执法检查 ≠ report  | 关于检查本区贯彻实施基层社会治理相关法规情况的报告                 | 关于本区推进生活垃圾全程分类体系建设情况的报告          | false
            variant: other subject | 关于本区河道治理情况的调研报告                                | 关于本区养老服务体系建设情况的报告                   | false
            """)
    void matchesTitlesOfOneSubject(String where, String a, String b, boolean same) {
        assertThat(SubjectCore.similar(SubjectCore.of(a), SubjectCore.of(b))).isEqualTo(same);
    }
}
