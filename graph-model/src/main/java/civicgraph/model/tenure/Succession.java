package civicgraph.model.tenure;

/** One handover in a post held by one person at a time (前任, 继任): the tenure before and the one after it. */
public record Succession(Tenure predecessor, Tenure successor) {
}
