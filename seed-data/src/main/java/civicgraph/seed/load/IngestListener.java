package civicgraph.seed.load;

/** Hears an ingestion's progress, file by file: the command line draws a progress bar with it. */
public interface IngestListener {

    IngestListener NONE = (fileName, done, total) -> {
    };

    /** {@code done} of {@code total} files are finished; {@code fileName} is the one just finished. */
    void finished(String fileName, int done, int total);
}
