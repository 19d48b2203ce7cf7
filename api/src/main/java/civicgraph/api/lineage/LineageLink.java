package civicgraph.api.lineage;

import civicgraph.api.source.Evidence;

/** One lineage relationship between two documents, with the line that supports it. */
public record LineageLink(String relation, String fromId, String toId, Evidence evidence) {
}
