package civicgraph.seed.extract.attendance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** An expectation file read by hand from the seeds, compared with what an extractor read: precision and recall. */
final class Expectation {

    private final String name;
    private final Set<String> expected;

    private Expectation(String name, Set<String> expected) {
        this.name = name;
        this.expected = expected;
    }

    static Expectation load(String resource) throws IOException {
        try (InputStream in = Expectation.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Set<String> rows = new LinkedHashSet<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter((line) -> !line.isBlank() && !line.startsWith("#"))
                .forEach(rows::add);
            return new Expectation(resource, rows);
        }
    }

    /** Prints precision, recall, misses and extras; asserts recall >= 0.98 and precision >= 0.99. */
    void assertMatches(Set<String> actual) {
        List<String> misses = new ArrayList<>(this.expected);
        misses.removeAll(actual);
        List<String> extras = new ArrayList<>(actual);
        extras.removeAll(this.expected);
        int hits = actual.size() - extras.size();
        double precision = actual.isEmpty() ? 0 : (double) hits / actual.size();
        double recall = this.expected.isEmpty() ? 0 : (double) hits / this.expected.size();
        System.out.printf("%s: precision %.4f (%d of %d read), recall %.4f (%d of %d expected)%n", this.name,
                precision, hits, actual.size(), recall, hits, this.expected.size());
        misses.forEach((row) -> System.out.println("  miss:  " + row));
        extras.forEach((row) -> System.out.println("  extra: " + row));
        assertThat(this.expected).isNotEmpty();
        assertThat(recall).as("recall of " + this.name + ", misses " + misses).isGreaterThanOrEqualTo(0.98);
        assertThat(precision).as("precision of " + this.name + ", extras " + extras).isGreaterThanOrEqualTo(0.99);
    }
}
