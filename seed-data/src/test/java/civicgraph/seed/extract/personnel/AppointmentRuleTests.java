package civicgraph.seed.extract.personnel;

import static civicgraph.model.PersonnelEventKind.APPOINTED;
import static org.assertj.core.api.Assertions.assertThat;

import civicgraph.model.Evidence;
import civicgraph.seed.corpus.SourceLine;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AppointmentRuleTests {

    private final AppointmentRule rule = new AppointmentRule();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # where                | line as printed                                             | people       | posts
            003:972                | 任命 王勰、陈汇青 为宝山区人民政府副区长。                        | 王勰 陈汇青   | 宝山区人民政府副区长
            003:2745               | 任命 明 涛 为宝山区副区长。                                     | 明涛         | 宝山区副区长
            002:1166               | 任命黄春明为青浦区人民代表大会法制委员会委员；                     | 黄春明       | 青浦区人民代表大会法制委员会委员
            002:1170               | 任命张凡为青浦区人民代表大会常务委员会预算工作委员会委员。           | 张凡         | 青浦区人民代表大会常务委员会预算工作委员会委员
            003:979                | 任命 叶骄凌、李鹏翔、杨洁、沈璐、范楠楠、柳洋、曹丹、曾建琼、黎洪、黎偲原 为宝山区人民法院审判员。 | 叶骄凌 李鹏翔 杨洁 沈璐 范楠楠 柳洋 曹丹 曾建琼 黎洪 黎偲原 | 宝山区人民法院审判员
            trap: 为 in a name     | 任命王为民为闵行区人民法院审判员。                               | 王为民       | 闵行区人民法院审判员
            trap: 同志              | 任命李四同志为嘉定区人民政府副区长。                              | 李四         | 嘉定区人民政府副区长
            trap: after 决定：       | 会议决定：任命赵 六为浦东新区人民检察院检察员。                     | 赵六         | 浦东新区人民检察院检察员
            trap: ideographic space | 任命　钱七、孙八　为闵行区人民法院审判员;                         | 钱七 孙八     | 闵行区人民法院审判员
            trap: two posts        | 任命周九为宝山区人民法院审判委员会委员、审判员。                     | 周九         | 宝山区人民法院审判委员会委员 审判员
            trap: 、 inside a body | 任命吴十为嘉定区人民代表大会教育、科学、文化和卫生委员会委员。         | 吴十         | 嘉定区人民代表大会教育、科学、文化和卫生委员会委员
            trap: 其 after 免去     | 免去郑一的闵行区司法局局长职务，任命其为闵行区人民政府副区长。         | 郑一         | 闵行区人民政府副区长
            """)
    void readsOneAppointmentPerNameAndPost(String where, String text, String people, String posts) {
        List<PersonnelFact> facts = this.rule.apply(new SourceLine("gazette.txt", 7, text));

        assertThat(facts).extracting((f) -> f.person().value() + " " + f.post())
            .containsExactlyElementsOf(pairs(people, posts));
        assertThat(facts).allSatisfy((f) -> {
            assertThat(f.kind()).isEqualTo(APPOINTED);
            assertThat(f.evidence()).isEqualTo(new Evidence("gazette.txt", 7, text));
            assertThat(f.reason()).isNull();
            assertThat(f.date()).isNull();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "任 命 名 单", "宝山区人民代表大会常务委员会 任 命 名 单", "免去 韩 杰 的宝山区人民法院大场人民法庭副庭长职务。", "",
            "由区人大常委会任命的国家机关工作人员，应当依法履职。", "任命张三等为宝山区人民法院审判员。", "1. 审议人事任免事项;",
            "根据《宝山区人民代表大会常务委员会关于任命李四为副区长的决定》，特此通知。" })
    void saysNothingOfOtherLines(String text) {
        assertThat(this.rule.apply(new SourceLine("gazette.txt", 1, text))).isEmpty();
    }

    static List<String> pairs(String people, String posts) {
        return java.util.Arrays.stream(people.split(" "))
            .flatMap((person) -> java.util.Arrays.stream(posts.split(" ")).map((post) -> person + " " + post))
            .toList();
    }
}
