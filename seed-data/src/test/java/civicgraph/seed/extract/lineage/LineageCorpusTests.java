package civicgraph.seed.extract.lineage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import civicgraph.seed.corpus.Corpus;
import civicgraph.seed.corpus.CorpusFile;
import civicgraph.seed.extract.document.DocumentSegmenter;

import static org.assertj.core.api.Assertions.assertThat;

/** Measures the lineage links against lineage.tsv, a hand reading of the five seeds. */
class LineageCorpusTests {

    @Test
    void linksTheDocumentsTheTitlesRelate() throws IOException {
        Set<String> expected = new LinkedHashSet<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("expected/lineage.tsv")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter((l) -> !l.isBlank() && !l.startsWith("#"))
                .forEach(expected::add);
        }
        Set<String> actual = new LinkedHashSet<>();
        for (CorpusFile file : Corpus.bundled()) {
            for (LineageFact fact : LineageLinker.link(DocumentSegmenter.segment(file.read()))) {
                actual.add(String.join("\t", file.fileName().substring(0, 3), fact.relation().name(), line(fact.from()),
                        fact.from().title(), line(fact.to()), fact.to().title()));
            }
        }
        Set<String> hits = new LinkedHashSet<>(expected);
        hits.retainAll(actual);
        double recall = (double) hits.size() / expected.size();
        double precision = (double) hits.size() / actual.size();
        System.out.printf("lineage: %d expected, %d found, %d right: precision %.3f, recall %.3f%n", expected.size(),
                actual.size(), hits.size(), precision, recall);
        expected.stream().filter((k) -> !hits.contains(k)).forEach((k) -> System.out.println("  missed " + k));
        actual.stream().filter((k) -> !hits.contains(k)).forEach((k) -> System.out.println("  extra  " + k));

        assertThat(recall).isGreaterThanOrEqualTo(0.98);
        assertThat(precision).isGreaterThanOrEqualTo(0.99);
    }

    private static String line(LineageEnd end) {
        return end.stub() ? "stub" : end.firstLine().toString();
    }
}
