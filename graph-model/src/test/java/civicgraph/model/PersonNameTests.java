package civicgraph.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNameTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # trap                  | raw        | name
            space inside a name     | 凌 敏      | 凌敏
            no-break spaces         | 凌\u00a0\u00a0敏 | 凌敏
            ideographic space       | 凌\u3000敏 | 凌敏
            full-width compatibility| ﹙王勰﹚     | (王勰)
            """)
    void normalisesWhitespaceAndCompatibilityForms(String trap, String raw, String name) {
        assertThat(PersonName.of(raw).value()).isEqualTo(name);
    }
}
