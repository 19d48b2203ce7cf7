package civicgraph.seed.extract.document;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import civicgraph.seed.corpus.SourceLine;

import static org.assertj.core.api.Assertions.assertThat;

class TocEntryTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # where            | line as printed                                                        | title                                       | author | page
            003:6 leaders      | "关于综合交通体系建设推进情况的报告····· 朱众伟\t(3)"                        | 关于综合交通体系建设推进情况的报告               | 朱众伟  | 3
            002:7 tab          | "在区五届人大常委会第三十八次会议上的讲话\t朱明福（01）"                      | 在区五届人大常委会第三十八次会议上的讲话          | 朱明福  | 1
            000:8 spaced name  | "关于青浦区 上海市 有关说明 .....\t凌 敏 (03)"                             | 关于青浦区上海市有关说明                         | 凌敏    | 3
            000:7 no author    | "青浦区第六届人民代表大会常务委员会第十三次会议选举办法 .....\t(01)"          | 青浦区第六届人民代表大会常务委员会第十三次会议选举办法 |        | 1
            003:28 tab+leader  | "关于本区的报告·····\t高虹军 (45)"                                        | 关于本区的报告                                 | 高虹军  | 45
            """)
    void readsTitleAuthorAndPage(String where, String text, String title, String author, int page) {
        TocEntry entry = TocEntry.parse(new SourceLine("g.txt", 9, text.replace("\\t", "\t"))).orElseThrow();

        assertThat(entry.title()).isEqualTo(title);
        assertThat(entry.author() == null ? null : entry.author().value()).isEqualTo(author);
        assertThat(entry.page()).isEqualTo(page);
    }

    @ParameterizedTest
    @ValueSource(strings = { "第十三号", "上海市青浦区人民代表大会常务委员会公报", "", "关于综合交通体系建设推进情况的报告" })
    void readsNoEntryFrom(String text) {
        assertThat(TocEntry.parse(new SourceLine("g.txt", 1, text))).isEmpty();
    }
}
