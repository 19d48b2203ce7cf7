package civicgraph.seed.extract;

/** How much a finding matters: INFO for notes, WARNING for a fact that may be wrong or missing, ERROR for a file lost. */
public enum Severity {
    INFO, WARNING, ERROR
}
