package civicgraph.seed.corpus;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GazetteTests {

    @Test // #2
    void countsTheLastLineWithoutATrailingNewline() {
        Map<String, Integer> lines = Corpus.bundled().stream().map(CorpusFile::read)
            .collect(Collectors.toMap(Gazette::fileName, Gazette::lineCount));

        assertThat(lines).containsOnly(Map.entry("000_783246789b863c1c.txt", 1661),
                Map.entry("001_5a2dc03d2dbd5243.txt", 163), Map.entry("002_c2c7a7c6d9cfd8be.txt", 1227),
                Map.entry("003_6ddb7f1fd20ae467.txt", 2832), Map.entry("004_fcfdbb2d793379f0.txt", 265));
    }

    @Test // #2
    void keepsTheLastLineOfAFileThatCarriesData() {
        Gazette gazette = Corpus.bundled().get(0).read();

        assertThat(gazette.line(gazette.lineCount()).text()).contains("释昌智");
    }

    @Test
    void aTrailingNewlineEndsTheLastLineAndStartsNone() {
        Gazette gazette = Gazette.read("a.txt", "一\r\n二\n".getBytes(StandardCharsets.UTF_8));

        assertThat(gazette.lines()).containsExactly("一", "二");
    }

    @Test
    void hashesTheBytes() {
        Gazette gazette = Gazette.read("a.txt", "abc".getBytes(StandardCharsets.UTF_8));

        assertThat(gazette.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void titleIsTheFirstHeadingOrLineAfterTheTableOfContentsHeading() {
        Gazette gazette = Gazette.read("a.txt", "\n\n## 目 录\n\n### 第十三号\n正文".getBytes(StandardCharsets.UTF_8));

        assertThat(gazette.title()).isEqualTo("第十三号");
    }

    @Test // #2
    void invalidUtf8NamesTheFileAndLine() {
        byte[] bytes = { 'a', '\n', 'b', '\n', (byte) 0xE5, 'x', '\n' };

        assertThatExceptionOfType(CorpusException.class).isThrownBy(() -> Gazette.read("bad.txt", bytes))
            .withMessage("bad.txt:3: not valid UTF-8 (byte 0xE5 at offset 4)");
    }

    @Test
    void sourceLinesAreNumberedFromOne() {
        List<SourceLine> lines = Gazette.read("a.txt", "x\ny".getBytes(StandardCharsets.UTF_8)).sourceLines();

        assertThat(lines).containsExactly(new SourceLine("a.txt", 1, "x"), new SourceLine("a.txt", 2, "y"));
    }
}
