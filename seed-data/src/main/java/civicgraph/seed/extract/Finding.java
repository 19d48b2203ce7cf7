package civicgraph.seed.extract;

import civicgraph.seed.corpus.SourceLine;

/**
 * A data-quality observation of the extractor, tied to the line that caused it, e.g.
 * "attendance does not add up: 应出席 33, present 30 + on leave 2". Messy input is data: a finding, not an exception.
 */
public record Finding(Severity severity, String source, int line, String message) {

    public static Finding warning(SourceLine line, String message) {
        return new Finding(Severity.WARNING, line.source(), line.number(), message);
    }

    public static Finding info(SourceLine line, String message) {
        return new Finding(Severity.INFO, line.source(), line.number(), message);
    }
}
