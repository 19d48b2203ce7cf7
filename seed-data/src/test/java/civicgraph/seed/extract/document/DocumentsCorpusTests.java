package civicgraph.seed.extract.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import civicgraph.seed.corpus.Corpus;
import civicgraph.seed.corpus.CorpusFile;

import static org.assertj.core.api.Assertions.assertThat;

/** Measures the segmenter against documents.tsv, a hand reading of the five seeds. */
class DocumentsCorpusTests {

    @Test
    void findsTheDocumentsOfTheSeedsWithTheirMetadata() throws IOException {
        Map<String, String[]> expected = new TreeMap<>();
        for (String[] row : rows("expected/documents.tsv")) {
            expected.put(row[0] + "\t" + row[1] + "\t" + row[2] + "\t" + row[3], row);
        }
        Map<String, String[]> actual = new TreeMap<>();
        for (CorpusFile file : Corpus.bundled()) {
            GazetteOutline outline = DocumentSegmenter.segment(file.read());
            String prefix = file.fileName().substring(0, 3);
            for (DocumentSection s : outline.sections()) {
                String[] row = { prefix, "" + s.firstLine(), s.kind().name(), s.title(), text(s.date()),
                        "" + s.adopted(), text(s.number()), text(s.author()), text(s.authorTitle()) };
                actual.put(row[0] + "\t" + row[1] + "\t" + row[2] + "\t" + row[3], row);
            }
            outline.findings().stream().filter((f) -> f.severity() != civicgraph.seed.extract.Severity.INFO)
                .forEach((f) -> System.out.println("finding " + f));
        }
        Set<String> hits = new LinkedHashSet<>(expected.keySet());
        hits.retainAll(actual.keySet());
        double recall = (double) hits.size() / expected.size();
        double precision = (double) hits.size() / actual.size();
        System.out.printf("documents: %d expected, %d found, %d right: precision %.3f, recall %.3f%n", expected.size(),
                actual.size(), hits.size(), precision, recall);
        expected.keySet().stream().filter((k) -> !hits.contains(k)).forEach((k) -> System.out.println("  missed " + k));
        actual.keySet().stream().filter((k) -> !hits.contains(k)).forEach((k) -> System.out.println("  extra  " + k));
        String[] fields = { "date", "adopted", "number", "author", "authorTitle" };
        List<String> wrong = new ArrayList<>();
        for (int f = 0; f < fields.length; f++) {
            int right = 0;
            for (String key : hits) {
                String want = expected.get(key)[4 + f];
                String got = actual.get(key)[4 + f];
                if (want.equals(got)) {
                    right++;
                }
                else {
                    wrong.add(fields[f] + " " + key.replace('\t', ' ') + ": want " + want + ", got " + got);
                }
            }
            System.out.printf("  %-11s %d/%d right (%.3f)%n", fields[f], right, hits.size(), (double) right / hits.size());
        }
        wrong.forEach((w) -> System.out.println("  wrong " + w));

        assertThat(recall).isGreaterThanOrEqualTo(0.98);
        assertThat(precision).isGreaterThanOrEqualTo(0.99);
        assertThat(wrong).hasSizeLessThanOrEqualTo(hits.size() * fields.length / 50); // metadata >= 98% right
    }

    private static String text(Object value) {
        return value == null ? "-" : value.toString();
    }

    static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = DocumentsCorpusTests.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter((l) -> !l.isBlank() && !l.startsWith("#"))
                .map((l) -> l.split("\t", -1))
                .toList();
        }
    }
}
