package civicgraph.seed.extract.attendance;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PageFurnitureTests {

    @ParameterizedTest
    @ValueSource(strings = { "上海市青浦区人民代表大会常务委员会公报", "公报第五、六号（总第 13、14 号）", "---",
            "-----\t-----\t-----", "----\t----\t-----\t-----", "12", "- 41 -", "上海市闵行区人民代表大会常务委员会公报",
            "浦东新区人大常委会公报", "2023年第3期" })
    void recognisesRunningHeadersFootersAndRules(String line) {
        assertThat(PageFurniture.is(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "凌 敏      释昌智", "三、因事因病请假：2 人", "(2023年7月25日下午)",
            "青浦区人民代表大会常务委员会任免名单" })
    void leavesContentAlone(String line) {
        assertThat(PageFurniture.is(line)).isFalse();
    }
}
