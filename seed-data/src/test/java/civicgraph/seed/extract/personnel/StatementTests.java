package civicgraph.seed.extract.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import civicgraph.seed.corpus.Gazette;
import civicgraph.seed.corpus.SourceLine;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementTests {

    private static List<Statement> split(String text) {
        return Statement.split(Gazette.read("gazette.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void joinsAListBrokenAcrossAPageKeepingTheLineWhereItStarts() {
        List<Statement> statements = split("""
                宝山区人民代表大会常务委员会 任 命 名 单

                任命 叶骄凌、李鹏翔、杨洁、
                上海市宝山区人民代表大会常务委员会公报
                -----\t-----
                沈璐、范楠楠 为宝山区人民法院审判员。""");

        assertThat(statements).singleElement().satisfies((s) -> {
            assertThat(s.first().number()).isEqualTo(3);
            assertThat(s.lastLine()).isEqualTo(6);
            assertThat(s.text()).isEqualTo("任命 叶骄凌、李鹏翔、杨洁、沈璐、范楠楠 为宝山区人民法院审判员。");
        });
    }

    @Test
    void joinsTheGivenThatClauseOfARecordToItsTermination() {
        List<Statement> statements = split("""
                鉴于钱云同志已退休，根据《规定》第二十四条之规定：

                钱云同志的上海市宝山区人民检察院检察员职务自行免除，不再办理免职手续。

                特此备案。""");

        assertThat(statements).extracting((s) -> s.first().number() + "-" + s.lastLine()).containsExactly("1-3", "5-5");
    }

    @Test
    void stopsJoiningAtTheNextStatementOfAList() {
        List<Statement> statements = split("""
                任命黄春明为青浦区人民代表大会法制委员会委员
                任命顾军燕为青浦区人民代表大会监察和司法委员会委员""");

        assertThat(statements).extracting((s) -> s.first().number()).containsExactly(1, 2);
    }

    @Test
    void givesALetterTheLinesUpToTheNextTitle() {
        List<Statement> statements = split("""
                ### 辞职报告
                青浦区人大常委会：
                因工作需要，现请求辞去青浦区第六届人民代表大会代表职务，请予准许。
                卢 薪
                2023年7月14日
                ### 辞职报告
                张 兵""");

        assertThat(statements.get(1).after()).extracting(SourceLine::text).containsExactly("卢 薪", "2023年7月14日");
        assertThat(statements.get(1).before()).extracting(SourceLine::text).containsExactly("青浦区人大常委会：");
    }

    @ParameterizedTest
    @ValueSource(strings = { "关于钱云同志职务自行免除的备案报告·····\t(41)", "青浦区人民代表大会常务委员会关于确认张宏洲等青浦区 第六届人民代表大会代表资格的决定 .....\t(07)",
            "## 青浦区人民代表大会常务委员会关于接受卢薪等辞去 青浦区第六届人民代表大会代表职务请求的决定", "关于接受翟磊同志辞去宝山区人民政府副区长职务请求的决定",
            "宝山区人民代表大会常务委员会 免 职 名 单", "上海市青浦区人民代表大会常务委员会公报", "公报第五、六号（总第 13、14 号）", "---",
            "履职情况报告\t高 峰（42）", "   " })
    void leavesOutContentsTitlesAndPageFurniture(String line) {
        assertThat(split(line)).isEmpty();
    }

    @Test
    void masksQuotedTitlesKeepingPositions() {
        Statement statement = Statement.of(new SourceLine("g.txt", 1, "根据《关于补选胡世军同志为市十六届人大代表的通知》的要求"));

        assertThat(statement.masked()).hasSameSizeAs(statement.text()).doesNotContain("补选").startsWith("根据《□");
    }
}
