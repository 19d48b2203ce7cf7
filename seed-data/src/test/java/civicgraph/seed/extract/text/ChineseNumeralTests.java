package civicgraph.seed.extract.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseNumeralTests {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            十三     | 13
            三十八   | 38
            二十     | 20
            十       | 10
            九       | 9
            一百零二 | 102
            二〇二三 | 2023
            两       | 2
            30       | 30
            ３０     | 30
            第 30    | -1
            """)
    void readsNumeralsAndDigits(String text, int expected) {
        if (expected < 0) {
            assertThat(ChineseNumeral.parse(text)).isEmpty();
        }
        else {
            assertThat(ChineseNumeral.parse(text)).hasValue(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "  ", "届", "三届" })
    void readsNothingElse(String text) {
        assertThat(ChineseNumeral.parse(text)).isEmpty();
    }
}
