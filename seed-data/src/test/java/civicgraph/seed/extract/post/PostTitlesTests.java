package civicgraph.seed.extract.post;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PostTitlesTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # where                   | as printed                        | organisation   | title      | name
            003:1028                  | 副区长朱众伟                        | -              | 副区长      | 朱众伟
            003:1032                  | 院长张晓立                          | -              | 院长        | 张晓立
            003:1036                  | 区交通委主任雷宏                     | 区交通委        | 主任        | 雷宏
            003:1036                  | 区政府办副主任张俊峰                  | 区政府办        | 副主任      | 张俊峰
            003:2826                  | 区政府办二级调研员郭有浩              | 区政府办        | 二级调研员   | 郭有浩
            003:2826                  | 区残联副理事长王仲钢                  | 区残联          | 副理事长    | 王仲钢
            003:2826                  | 区人力资源社会保障局副局长刘绪和        | 区人力资源社会保障局 | 副局长 | 刘绪和
            stray space in name       | 检察长杨 永勤                       | -              | 检察长      | 杨永勤
            trap: 主任委员, 2-char name | 区人大法制委员会主任委员苏文           | 区人大法制委员会 | 主任委员    | 苏文
            trap: 4-char name         | 副区长欧阳思远                      | -              | 副区长      | 欧阳思远
            """)
    void splitsOrganisationTitleAndName(String where, String text, String organisation, String title, String name) {
        PostTitles.TitledName split = PostTitles.split(text).orElseThrow();

        assertThat(split.organisation()).isEqualTo(organisation);
        assertThat(split.title()).isEqualTo(title);
        assertThat(split.name().value()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "杨行镇阎志军", "黄燕华", "副区长", "区人大常委会" })
    void givesNothingWithoutATitleFollowedByAName(String text) {
        assertThat(PostTitles.split(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            宝山区人民政府副区长       | 副区长
            区人大财政经济委员会副主任委员 | 副主任委员
            宝山区人民法院审判委员会委员   | 审判委员会委员
            区市场监管局四级调研员        | 四级调研员
            """)
    void findsTheLongestTitleThatEndsAPost(String post, String title) {
        assertThat(PostTitles.suffixOf(post)).contains(title);
    }
}
