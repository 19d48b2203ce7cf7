package civicgraph.api.report;

/** A data-quality finding of the extractor, e.g. an attendance list whose counts do not add up. */
public record Finding(String severity, String sourceId, int line, String message) {
}
