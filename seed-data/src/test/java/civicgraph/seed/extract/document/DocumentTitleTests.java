package civicgraph.seed.extract.document;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import civicgraph.model.DocumentKind;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentTitleTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # where                | title as printed                                                    | kind
            003:967 spaced         | 宝山区人民代表大会常务委员会 任 命 名 单                                | APPOINTMENT_LIST
            003:2747               | 宝山区人民代表大会常务委员会 免 职 名 单                                | APPOINTMENT_LIST
            002:1161               | 青浦区人民代表大会常务委员会任免名单                                  | APPOINTMENT_LIST
            003:2609 決            | 关于召开上海市宝山区第九届人民代表大会第四次会议的決定                  | DECISION
            000:1238               | ## 青浦区人民代表大会常务委员会 关于批准《青浦区2022年区本级决算》的决议 | RESOLUTION
            003:455                | 关于义务教育“双减”工作情况的审议意见                                   | DELIBERATION_OPINION
            003:565                | 关于义务教育“双减”工作情况的调研报告                                   | RESEARCH_REPORT
            000:1191               | 关于青浦区 2022 年区本级决算审查结果的报告                               | REVIEW_REPORT
            002:443                | 关于《…的议案》的审查结果报告                                          | REVIEW_REPORT
            000:157                | ### 辞职报告                                                          | RESIGNATION_LETTER
            003:168 letter         | 关于辞去副区长职务的请求                                               | RESIGNATION_LETTER
            003:990                | 关于钱云同志职务自行免除的备案报告                                      | FILING_REPORT
            002:622                | 履职情况报告                                                          | WORK_REPORT
            001:3                  | 2018年上海市青浦区政府工作报告                                          | WORK_REPORT
            003:2543 not 备案报告  | 关于2023年规范性文件备案审查工作情况的报告                               | REPORT
            003:1024 spaced        | 宝山区九届人大常委会第十三次会议 列 席 情 况                             | ATTENDANCE_RECORD
            000:38                 | 青浦区第六届人民代表大会常务委员会 第十三次会议选举办法                    | ELECTION_RULES
            002:241                | 关于提请审议《青浦区 2020 年预算调整方案（草案）》的议案的说明             | EXPLANATION
            002:33                 | 在区五届人大常委会第三十八次会议上的讲话                                | SPEECH
            variant: 嘉定区 议题   | 嘉定区第七届人大常委会第5次会议议题                                     | AGENDA
            """)
    void readsTheKindFromTheEnding(String where, String title, DocumentKind kind) {
        assertThat(DocumentTitle.kindOf(title)).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = { "名词解释", "表 1 2023 年上半年青浦区国民经济和社会发展主要目标完成情况", "附件", "各方面意见建议汇总",
            "关于加快发展公共交通政策扶持办法" })
    void namesNoKindFor(String text) {
        assertThat(DocumentTitle.kindOf(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # trap                 | raw                                           | clean
            003:974 spaced name    | 宝山区人民代表大会常务委员会 任 免 名 单          | 宝山区人民代表大会常务委员会任免名单
            000:835 digits         | ## 关于青浦区 2022 年财政决算及 2023 年 1-6 月预算执行情况的报告 | 关于青浦区2022年财政决算及2023年1-6月预算执行情况的报告
            bold markers           | **关于本区乡村振兴治理有效情况的报告**              | 关于本区乡村振兴治理有效情况的报告
            word space kept        | 关于 PCT application 的说明                     | 关于PCT application的说明
            """)
    void cleansPdfSpacesAndMarkup(String where, String raw, String clean) {
        assertThat(DocumentTitle.clean(raw)).isEqualTo(clean);
    }
}
