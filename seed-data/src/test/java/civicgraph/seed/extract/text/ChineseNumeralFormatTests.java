package civicgraph.seed.extract.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseNumeralFormatTests {

    @ParameterizedTest
    @ValueSource(ints = { 1, 6, 9, 10, 13, 20, 28, 38, 100, 102, 110, 2023 })
    void readsBackAsTheSameNumber(int n) {
        assertThat(ChineseNumeral.parse(ChineseNumeralFormat.of(n))).hasValue(n);
    }

    @ParameterizedTest
    @ValueSource(strings = { "13=十三", "38=三十八", "6=六", "102=一百零二" })
    void printsAsSessionTitlesDo(String pair) {
        String[] parts = pair.split("=");
        assertThat(ChineseNumeralFormat.of(Integer.parseInt(parts[0]))).isEqualTo(parts[1]);
    }
}
