package civicgraph.seed.extract.post;

import civicgraph.model.BodyKind;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PostNameTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # where                  | post as printed                         | district | body                                    | kind                  | parent                   | title
            003:972                  | 宝山区人民政府副区长                      | 宝山区   | 宝山区人民政府                            | GOVERNMENT            | -                        | 副区长
            003:2745                 | 宝山区副区长                              | 宝山区   | 宝山区人民政府                            | GOVERNMENT            | -                        | 副区长
            003:981                  | 宝山区人民法院大场人民法庭副庭长            | 宝山区   | 宝山区人民法院大场人民法庭                  | TRIBUNAL              | 宝山区人民法院             | 副庭长
            002:1166                 | 青浦区人民代表大会法制委员会委员            | 青浦区   | 青浦区人民代表大会法制委员会                | SPECIAL_COMMITTEE     | 青浦区人民代表大会         | 委员
            002:1170                 | 青浦区人民代表大会常务委员会预算工作委员会委员 | 青浦区 | 青浦区人民代表大会常务委员会预算工作委员会    | WORKING_COMMITTEE     | 青浦区人民代表大会常务委员会 | 委员
            000:155                  | 青浦区第六届人民代表大会代表                | 青浦区   | 青浦区人民代表大会                        | CONGRESS              | -                        | 代表
            000:86                   | 区人大常委会人事工作委员会主任              | 青浦区   | 青浦区人民代表大会常务委员会人事工作委员会    | WORKING_COMMITTEE     | 青浦区人民代表大会常务委员会 | 主任
            003:1000                 | 上海市宝山区人民检察院检察长：              | 宝山区   | 宝山区人民检察院                          | PROCURATORATE         | -                        | 检察长
            000:191                  | 院长                                     | 青浦区   | 青浦区人民法院                            | COURT                 | -                        | 院长
            other district, 浦东新区  | 浦东新区人民政府副区长                     | 浦东新区 | 浦东新区人民政府                          | GOVERNMENT            | -                        | 副区长
            other district, relative | 区人大常委会人事工委副主任                 | 闵行区   | 闵行区人民代表大会常务委员会人事工作委员会    | WORKING_COMMITTEE     | 闵行区人民代表大会常务委员会 | 副主任
            other gazette's district | 嘉定区人民检察院副检察长                   | 闵行区   | 嘉定区人民检察院                          | PROCURATORATE         | -                        | 副检察长
            stray spaces             | 嘉定区人民法院 安亭人民法庭 庭长            | 嘉定区   | 嘉定区人民法院安亭人民法庭                  | TRIBUNAL              | 嘉定区人民法院             | 庭长
            full-width, Chinese term | 上海市闵行区第十七届人民代表大会代表         | 闵行区   | 闵行区人民代表大会                        | CONGRESS              | -                        | 代表
            town                     | 江桥镇副镇长                              | 嘉定区   | 嘉定区江桥镇                              | TOWN                  | -                        | 副镇长
            trap: 委员 in 主任委员     | 区人大财经委副主任委员                     | 闵行区   | 闵行区人民代表大会财政经济委员会             | SPECIAL_COMMITTEE     | 闵行区人民代表大会         | 副主任委员
            trap: 委员 of a 委员会     | 区人民法院审判委员会委员                   | 宝山区   | 宝山区人民法院                            | COURT                 | -                        | 审判委员会委员
            municipal                | 市十五届人大代表                          | 青浦区   | 上海市人民代表大会                        | CONGRESS              | -                        | 代表
            """)
    void readsBodyAndTitle(String where, String post, String district, String body, BodyKind kind, String parent,
            String title) {
        Optional<PostName> parsed = PostName.parse(post, district);

        assertThat(parsed).isPresent();
        assertThat(parsed.get().title()).isEqualTo(title);
        assertThat(parsed.get().body().name()).isEqualTo(body);
        assertThat(parsed.get().body().kind()).isEqualTo(kind);
        assertThat(parsed.get().body().parentName()).isEqualTo(parent);
    }

    @Test
    void keepsTheWrittenFormAsAnAlias() {
        PostName parsed = PostName.parse("上海市宝山区人民检察院检察长", "宝山区").orElseThrow();

        assertThat(parsed.body().name()).isEqualTo("宝山区人民检察院");
        assertThat(parsed.body().aliases()).containsExactly("上海市宝山区人民检察院");
        assertThat(parsed.body().district()).isEqualTo("宝山区");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "主任", "宝山区人民政府", "青浦区人民代表大会常务委员会公报", "各位代表、委员" })
    void givesNothingForAnUnknownTitleOrABareTitleOfNoBody(String post) {
        assertThat(PostName.parse(post, "宝山区")).isEmpty();
    }

    /** posts.tsv: every distinct post in the seeds' personnel lists, bylines and 列席 sections, read by hand. */
    @Test
    void readsEveryPostOfTheSeedsAsExpected() throws IOException {
        List<String> misses = new ArrayList<>();
        int rows = 0;
        for (String[] row : expected("expected/posts.tsv")) {
            rows++;
            Optional<PostName> parsed = PostName.parse(row[1], row[2]);
            String got = parsed.map((p) -> String.join("\t", p.body().name(), p.body().kind().name(),
                    p.body().parentName() == null ? "-" : p.body().parentName(), p.title())).orElse("(nothing)");
            String want = String.join("\t", row[3], row[4], row[5], row[6]);
            if (!got.equals(want)) {
                misses.add(row[0] + " " + row[1] + ": want " + want + ", got " + got);
            }
        }
        System.out.printf("posts.tsv: %d of %d posts read as expected%n", rows - misses.size(), rows);
        misses.forEach(System.out::println);
        assertThat(rows).isGreaterThan(70);
        assertThat(misses).isEmpty();
    }

    static List<String[]> expected(String resource) throws IOException {
        try (InputStream in = PostNameTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter((line) -> !line.isBlank() && !line.startsWith("#"))
                .map((line) -> line.split("\t", -1))
                .toList();
        }
    }
}
