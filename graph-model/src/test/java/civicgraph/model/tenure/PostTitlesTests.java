package civicgraph.model.tenure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

import static org.assertj.core.api.Assertions.assertThat;

class PostTitlesTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # title                          | one at a time
            区长                             | true
            宝山区人民政府区长               | true
            代理区长                         | true
            院长                             | true
            检察长                           | true
            主任                             | true
            区人大常委会人事工作委员会主任   | true
            主任委员                         | true
            庭长                             | true
            大场人民法庭庭长                 | true
            局长                             | true
            镇长                             | true
            秘书长                           | true
            党组书记                         | true
            ' 区长 '                         | true
            副区长                           | false
            常务副区长                       | false
            副院长                           | false
            副检察长                         | false
            副主任                           | false
            副主任委员                       | false
            大场人民法庭副庭长               | false
            副秘书长                         | false
            委员                             | false
            法制委员会委员                   | false
            代表                             | false
            审判员                           | false
            检察员                           | false
            审判长                           | false
            人民陪审员                       | false
            书记员                           | false
            主任科员                         | false
            区长助理                         | false
            """)
    void tellsAHeadFromPostsHeldBySeveral(String title, boolean single) {
        assertThat(PostTitles.isSingleHolder(title)).isEqualTo(single);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void noTitleIsNoHead(String title) {
        assertThat(PostTitles.isSingleHolder(title)).isFalse();
    }
}
