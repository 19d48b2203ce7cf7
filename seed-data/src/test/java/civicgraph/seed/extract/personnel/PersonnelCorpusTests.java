package civicgraph.seed.extract.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import civicgraph.seed.corpus.Corpus;
import civicgraph.seed.corpus.CorpusFile;
import civicgraph.seed.corpus.Gazette;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extractor against {@code expected/personnel.tsv}, read by eye from the five seeds: precision and recall on
 * (file, kind, person, post), printed with the misses and extras.
 */
class PersonnelCorpusTests {

    private static final String MENTION = "POST_MENTION";

    private static List<Row> expected;
    private static List<Row> actualFacts;
    private static List<Row> actualMentions;

    /** One row of the expectation file, or one fact read. */
    record Row(String file, int line, String kind, String person, String post, String reason, String district,
            String date) {

        String key() {
            return String.join("|", this.file, this.kind, this.person, this.post);
        }
    }

    @BeforeAll
    static void extractAll() throws IOException {
        expected = readExpectation();
        actualFacts = new ArrayList<>();
        actualMentions = new ArrayList<>();
        PersonnelExtractor extractor = new PersonnelExtractor();
        for (CorpusFile file : Corpus.bundled()) {
            Gazette gazette = file.read();
            PersonnelResult result = extractor.extract(gazette);
            result.facts()
                .forEach((f) -> actualFacts.add(new Row(gazette.fileName(), f.evidence().line(), f.kind().name(),
                        f.person().value(), String.valueOf(f.post()), orDash(f.reason()), orDash(f.electoralDistrict()),
                        f.date() == null ? "-" : f.date().toString())));
            result.postMentions()
                .forEach((m) -> actualMentions.add(new Row(gazette.fileName(), m.evidence().line(), MENTION,
                        m.person().value(), m.post(), "-", "-", "-")));
            result.findings().forEach((f) -> System.out.printf("finding %s %s:%d %s%n", f.severity(), f.source(),
                    f.line(), f.message()));
        }
    }

    @Test
    void readsThePersonnelEventsOfTheSeeds() {
        Score score = score("personnel events", expected.stream().filter((r) -> !r.kind().equals(MENTION)).toList(),
                actualFacts);

        assertThat(score.recall()).as("recall").isGreaterThanOrEqualTo(0.98);
        assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void readsThePostMentionsOfTheSeeds() {
        Score score = score("post mentions", expected.stream().filter((r) -> r.kind().equals(MENTION)).toList(),
                actualMentions);

        assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(0.99);
        assertThat(score.recall()).as("recall").isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void keepsTheReasonDistrictAndDateOfEveryMatchedEvent() {
        Map<String, Row> byLineAndKey = new TreeMap<>();
        actualFacts.forEach((r) -> byLineAndKey.put(r.line() + "|" + r.key(), r));
        List<String> wrong = new ArrayList<>();
        for (Row row : expected) {
            Row actual = byLineAndKey.get(row.line() + "|" + row.key());
            if (actual != null && !(actual.reason().equals(row.reason()) && actual.district().equals(row.district())
                    && actual.date().equals(row.date()))) {
                wrong.add("expected " + row + " got " + actual);
            }
        }
        assertThat(wrong).isEmpty();
    }

    record Score(double precision, double recall) {
    }

    private static Score score(String what, List<Row> wanted, List<Row> got) {
        // Multisets of keys: the same event stated in two documents (a report and its decision) counts twice.
        Map<String, Integer> remaining = new TreeMap<>();
        wanted.forEach((r) -> remaining.merge(r.key(), 1, Integer::sum));
        int truePositives = 0;
        List<Row> extras = new ArrayList<>();
        for (Row row : got) {
            Integer left = remaining.get(row.key());
            if (left != null && left > 0) {
                remaining.put(row.key(), left - 1);
                truePositives++;
            }
            else {
                extras.add(row);
            }
        }
        List<String> misses = new ArrayList<>();
        remaining.forEach((key, left) -> {
            for (int i = 0; i < left; i++) {
                misses.add(key);
            }
        });
        double precision = got.isEmpty() ? 0 : (double) truePositives / got.size();
        double recall = wanted.isEmpty() ? 1 : (double) truePositives / wanted.size();
        System.out.printf("%s: precision %.3f (%d/%d), recall %.3f (%d/%d)%n", what, precision, truePositives,
                got.size(), recall, truePositives, wanted.size());
        Map<String, int[]> perKind = new TreeMap<>();
        wanted.forEach((r) -> perKind.computeIfAbsent(r.kind(), (k) -> new int[2])[0]++);
        got.forEach((r) -> perKind.computeIfAbsent(r.kind(), (k) -> new int[2])[1]++);
        perKind.forEach((kind, counts) -> System.out.printf("  %-24s expected %3d, read %3d%n", kind, counts[0],
                counts[1]));
        new TreeSet<>(misses).forEach((m) -> System.out.println("  miss  " + m));
        extras.forEach((e) -> System.out.println("  extra " + e));
        return new Score(precision, recall);
    }

    private static List<Row> readExpectation() throws IOException {
        try (InputStream in = PersonnelCorpusTests.class.getResourceAsStream("/expected/personnel.tsv")) {
            assertThat(in).as("expected/personnel.tsv on the test classpath").isNotNull();
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                rows.add(new Row(c[0], Integer.parseInt(c[1]), c[2], c[3], c[4], c[5], c[6], c[7]));
            }
            return rows;
        }
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
