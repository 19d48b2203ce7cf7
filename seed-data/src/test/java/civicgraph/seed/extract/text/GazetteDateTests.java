package civicgraph.seed.extract.text;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteDateTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # where   | text                                               | start      | end
            000:213   | （2023 年 7 月 19 日青浦区第六届人民代表大会常务委员会   | 2023-07-19 | 2023-07-19
            000:1614  | (2023年7月25日上午)                                  | 2023-07-25 | 2023-07-25
            span      | 2021年1月19日至1月21日                               | 2021-01-19 | 2021-01-21
            span-days | 2021年1月19日至21日                                  | 2021-01-19 | 2021-01-21
            chinese   | 二〇二三年七月十九日                                  | 2023-07-19 | 2023-07-19
            """)
    void readsDatesAndSpans(String where, String text, LocalDate start, LocalDate end) {
        GazetteDate.Found found = GazetteDate.find(text).orElseThrow();

        assertThat(found.start()).isEqualTo(start);
        assertThat(found.end()).isEqualTo(end);
    }

    @Test
    void skipsImpossibleDates() {
        assertThat(GazetteDate.findAll("2023年2月30日 与 2023年3月1日")).extracting(GazetteDate.Found::start)
            .containsExactly(LocalDate.of(2023, 3, 1));
    }
}
