package civicgraph.seed.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CorpusTests {

    @Test // #2
    void theIndexListsEveryBundledGazette() throws Exception {
        Path folder = Path.of(CorpusTests.class.getClassLoader().getResource("gazettes/corpus.index").toURI()).getParent();
        try (var files = Files.list(folder)) {
            List<String> onDisk = files.map((p) -> p.getFileName().toString())
                .filter((name) -> name.endsWith(".txt")).sorted().toList();
            assertThat(Corpus.bundledFileNames()).containsExactlyElementsOf(onDisk).hasSize(5);
        }
    }

    @Test
    void aFolderGivesItsTextFilesInNameOrder(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("b.txt"), "二", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("a.txt"), "一", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("notes.md"), "no", StandardCharsets.UTF_8);

        assertThat(Corpus.of(List.of(folder))).extracting(CorpusFile::fileName).containsExactly("a.txt", "b.txt");
    }

    @Test
    void aMissingPathIsNamed(@TempDir Path folder) {
        Path missing = folder.resolve("nope");

        assertThatExceptionOfType(CorpusException.class).isThrownBy(() -> Corpus.of(List.of(missing)))
            .withMessage(missing + ": no such file or folder");
    }
}
