package civicgraph.seed.corpus;

import civicgraph.model.Evidence;

/** One line of a gazette as printed, numbered from 1. */
public record SourceLine(String source, int number, String text) {

    /** The evidence this line gives for any fact read from it. */
    public Evidence evidence() {
        return new Evidence(this.source, this.number, this.text);
    }

    public boolean isBlank() {
        return this.text.isBlank();
    }
}
