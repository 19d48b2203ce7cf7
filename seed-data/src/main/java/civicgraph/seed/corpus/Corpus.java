package civicgraph.seed.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files to ingest: the bundled default corpus, a folder's {@code .txt} files, or given files. */
public final class Corpus {

    private static final String BUNDLED = "gazettes/";

    private Corpus() {
    }

    /** The five gazettes shipped with civic graph, listed in {@code gazettes/corpus.index}. */
    public static List<CorpusFile> bundled() {
        List<CorpusFile> files = new ArrayList<>();
        for (String fileName : bundledFileNames()) {
            try (InputStream in = resource(BUNDLED + fileName)) {
                files.add(new CorpusFile(fileName, in.readAllBytes()));
            }
            catch (IOException ex) {
                throw new CorpusException(fileName + ": cannot read the bundled gazette: " + ex.getMessage(), ex);
            }
        }
        return files;
    }

    static List<String> bundledFileNames() {
        try (InputStream in = resource(BUNDLED + "corpus.index")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .map(String::strip)
                .filter((name) -> !name.isEmpty())
                .toList();
        }
        catch (IOException ex) {
            throw new CorpusException("gazettes/corpus.index: cannot read the bundled corpus index", ex);
        }
    }

    /** Every {@code .txt} file of a folder, or the given files, in file-name order. */
    public static List<CorpusFile> of(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.list(path)) {
                    children.filter((p) -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt"))
                        .forEach(files::add);
                }
                catch (IOException ex) {
                    throw new CorpusException(path + ": cannot list the corpus folder: " + ex.getMessage(), ex);
                }
            }
            else if (Files.isRegularFile(path)) {
                files.add(path);
            }
            else {
                throw new CorpusException(path + ": no such file or folder");
            }
        }
        files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        List<CorpusFile> read = new ArrayList<>();
        for (Path file : files) {
            try {
                read.add(new CorpusFile(file.getFileName().toString(), Files.readAllBytes(file)));
            }
            catch (IOException ex) {
                throw new CorpusException(file + ": cannot read: " + ex.getMessage(), ex);
            }
        }
        return read;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Corpus.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("resource " + name + " is missing from the classpath");
        }
        return in;
    }
}
