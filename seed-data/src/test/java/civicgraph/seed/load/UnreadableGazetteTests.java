package civicgraph.seed.load;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import civicgraph.model.schema.GraphSchema;
import civicgraph.seed.TestNeo4j;
import civicgraph.seed.corpus.CorpusFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.SessionConfig;

import static civicgraph.seed.load.UnseenGazetteTests.JIADING;
import static civicgraph.seed.load.UnseenGazetteTests.MINHANG;
import static civicgraph.seed.load.UnseenGazetteTests.PUDONG;
import static civicgraph.seed.load.UnseenGazetteTests.query;
import static civicgraph.seed.load.UnseenGazetteTests.unseen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus with a file that is not valid UTF-8 beside a good one: the good one loads, the bad one is reported with
 * file and line and leaves nothing behind, and what an earlier ingestion stored is untouched.
 */
class UnreadableGazetteTests {

    private static final String BROKEN = "pudong-broken.txt";

    // The byte goes on the line after the 任免名单 (pudong:40), so a reader that stored what it read before failing
    // would leave 欧阳卫东's appointment behind.
    private static final int BROKEN_LINE = 42;

    private final Ingestion ingestion = new Ingestion(TestNeo4j.driver(), SessionConfig.defaultConfig());

    @BeforeEach
    void graphWithOneGazette() {
        GraphSchema.apply(TestNeo4j.driver(), SessionConfig.defaultConfig());
        TestNeo4j.clear();
        assertThat(this.ingestion.ingest(List.of(unseen(MINHANG))).loaded()).containsExactly(MINHANG);
    }

    @Test // #3
    void storesTheGoodFileReportsTheBadOneAndKeepsWhatWasThere() {
        GraphExpectationsTests.Snapshot before = GraphExpectationsTests.Snapshot.take();
        byte[] good = unseen(PUDONG).bytes();
        int offset = offsetOfLine(good, BROKEN_LINE);
        CorpusFile broken = new CorpusFile(BROKEN, insert(good, offset, new byte[] { (byte) 0xC3, '(' }));

        IngestReport report = this.ingestion.ingest(List.of(broken, unseen(JIADING)));

        assertThat(report.loaded()).containsExactly(JIADING);
        assertThat(report.failed())
            .containsExactly("%s:%d: not valid UTF-8 (byte 0xC3 at offset %d)".formatted(BROKEN, BROKEN_LINE, offset));
        // Nothing of the broken file: no Source, none of its people, no fact citing any source but the two good ones.
        assertThat(query("MATCH (s:Source) RETURN s.fileName AS f ORDER BY f"))
            .extracting((r) -> r.get("f").asString()).containsExactly(JIADING, MINHANG);
        assertThat(query("""
                MATCH (p:Person) WHERE p.name IN ['管卫东', '欧阳卫东', '聂群', '岑伟中', '谭国平', '阎晶']
                RETURN p.name AS name""")).isEmpty();
        assertThat(query("MATCH (:District {name: '浦东新区'}) RETURN 1 AS one")).isEmpty();
        assertThat(query("""
                MATCH ()-[r]->() WHERE r.source IS NOT NULL
                OPTIONAL MATCH (s:Source {id: r.source})
                RETURN DISTINCT s.fileName AS f ORDER BY f""")).extracting((r) -> r.get("f").asString(null))
            .containsExactly(JIADING, MINHANG);
        // What the first ingestion stored is all still there, with the same ids; the good file added to it.
        GraphExpectationsTests.Snapshot after = GraphExpectationsTests.Snapshot.take();
        assertThat(after.nodeIds()).containsAll(before.nodeIds());
        assertThat(after.relationshipKeys()).containsAll(before.relationshipKeys());
        assertThat(after.nodes()).isGreaterThan(before.nodes());
        assertThat(query("""
                MATCH (p:Person {name: '戚振宇'})-[e:APPOINTED]->(:Post)-[:OF]->(b:Body)
                RETURN e.line + ' ' + b.name AS row""")).extracting((r) -> r.get("row").asString())
            .containsExactly("14 嘉定区人民政府"); // jiading:14 "任命 戚振宇 为嘉定区人民政府副区长。"
    }

    @Test // #3
    void aFileThatIsNotUtf8AtItsFirstLineIsReportedAtLineOne() {
        byte[] gbk = "上海市浦东新区人民代表大会常务委员会公报\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        long[] before = TestNeo4j.counts();

        IngestReport report = this.ingestion.ingest(List.of(new CorpusFile("gbk.txt", gbk)));

        assertThat(report.loaded()).isEmpty();
        assertThat(report.failed()).singleElement().asString().startsWith("gbk.txt:1: not valid UTF-8 (byte 0x");
        assertThat(TestNeo4j.counts()).containsExactly(before);
    }

    private static int offsetOfLine(byte[] bytes, int line) {
        int seen = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (seen == line) {
                return i;
            }
            if (bytes[i] == '\n') {
                seen++;
            }
        }
        throw new IllegalArgumentException("no line " + line);
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(inserted);
        out.write(bytes, at, bytes.length - at);
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).contains("\uFFFD");
        return out.toByteArray();
    }
}
