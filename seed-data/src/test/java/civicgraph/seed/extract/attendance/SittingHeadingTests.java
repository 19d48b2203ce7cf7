package civicgraph.seed.extract.attendance;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SittingHeadingTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # where                      | sub-heading as printed                 | date       | half
            000:214                      | (2023年7月19日上午)                      | 2023-07-19 | MORNING
            000:1639                     | (2023年7月25日下午)                      | 2023-07-25 | AFTERNOON
            002:1190                     | （会期一天，2020年11月25日上午）           | 2020-11-25 | MORNING
            003:1006                     | (会期半天，2023 年 9 月 27 日下午)         | 2023-09-27 | AFTERNOON
            003:1026                     | (会期半天, 2023年9月27日下午)             | 2023-09-27 | AFTERNOON
            Chinese numerals             | （二〇二三年十一月二十九日上午）           | 2023-11-29 | MORNING
            only the half                | （下午）                                | -          | AFTERNOON
            only the date                | (2023年7月25日)                         | 2023-07-25 | -
            """)
    void readsDateAndHalf(String where, String line, LocalDate date, Half half) {
        assertThat(SittingHeading.parse(line)).contains(new SittingHeading(date, half));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "(2023年7月19日青浦区第六届人民代表大会常务委员会第十三次会议通过)", "（一）进一步加快产业转型升级",
            "一、应出席会议：33人", "2023 年 9 月 7 日" })
    void givesNothingForOtherLines(String line) {
        assertThat(SittingHeading.parse(line)).isEmpty();
    }
}
