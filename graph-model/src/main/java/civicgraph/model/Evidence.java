package civicgraph.model;

/** Where a fact was read: the source file, its 1-based line, and the line's text as printed. */
public record Evidence(String source, int line, String quote) {

    public Evidence {
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1, got " + line);
        }
    }
}
