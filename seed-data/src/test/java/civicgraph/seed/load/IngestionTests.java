package civicgraph.seed.load;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import civicgraph.model.schema.GraphSchema;
import civicgraph.seed.TestNeo4j;
import civicgraph.seed.corpus.Corpus;
import civicgraph.seed.corpus.CorpusFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.SessionConfig;

import static org.assertj.core.api.Assertions.assertThat;

class IngestionTests {

    private final Ingestion ingestion = new Ingestion(TestNeo4j.driver(), SessionConfig.defaultConfig());

    @BeforeEach
    void emptyGraph() {
        GraphSchema.apply(TestNeo4j.driver(), SessionConfig.defaultConfig());
        TestNeo4j.clear();
    }

    @Test // #2
    void storesOneSourcePerFileWithItsLinesAndHash() {
        IngestReport report = this.ingestion.ingest(Corpus.bundled());

        assertThat(report.loaded()).hasSize(5);
        assertThat(report.failed()).isEmpty();
        try (var session = TestNeo4j.driver().session()) {
            var row = session.run("MATCH (s:Source {fileName: '003_6ddb7f1fd20ae467.txt'}) "
                    + "RETURN s.lineCount AS lines, s.sha256 AS sha, s.lines[971] AS line972, size(s.lines) AS stored")
                .single();
            assertThat(row.get("lines").asInt()).isEqualTo(2832);
            assertThat(row.get("stored").asInt()).isEqualTo(2832);
            assertThat(row.get("sha").asString())
                .isEqualTo("fbb5ddd71267b67ab9c62d62f95303eb8af4707728d63e09e7f6e80c2ff56dfe");
            assertThat(row.get("line972").asString()).isEqualTo(Corpus.bundled().get(3).read().line(972).text());
        }
    }

    @Test // #2
    void ingestingTwiceChangesNothing() {
        this.ingestion.ingest(Corpus.bundled());
        long[] first = TestNeo4j.counts();
        List<String> firstIds = sourceIds();

        this.ingestion.ingest(Corpus.bundled());

        assertThat(TestNeo4j.counts()).containsExactly(first);
        assertThat(sourceIds()).isEqualTo(firstIds).hasSize(5);
    }

    @Test // #2
    void aFileThatCannotBeReadIsReportedAndTheOthersStillLoad() {
        List<CorpusFile> files = new ArrayList<>(Corpus.bundled().subList(0, 2));
        files.add(1, new CorpusFile("broken.txt", new byte[] { 'o', 'k', '\n', (byte) 0xFF }));

        IngestReport report = this.ingestion.ingest(files);

        assertThat(report.loaded()).containsExactly("000_783246789b863c1c.txt", "001_5a2dc03d2dbd5243.txt");
        assertThat(report.failed()).containsExactly("broken.txt:2: not valid UTF-8 (byte 0xFF at offset 3)");
        assertThat(sourceIds()).hasSize(2);
    }

    @Test
    void knowsWhetherTheGraphHoldsSources() {
        assertThat(this.ingestion.hasSources()).isFalse();

        this.ingestion.ingest(List.of(new CorpusFile("a.txt", "一".getBytes(StandardCharsets.UTF_8))));

        assertThat(this.ingestion.hasSources()).isTrue();
    }

    private static List<String> sourceIds() {
        try (var session = TestNeo4j.driver().session()) {
            return session.run("MATCH (s:Source) RETURN s.id AS id ORDER BY id").list((r) -> r.get("id").asString());
        }
    }
}
