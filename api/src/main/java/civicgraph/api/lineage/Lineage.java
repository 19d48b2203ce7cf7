package civicgraph.api.lineage;

import java.util.List;

import civicgraph.api.document.Document;

/** Where a document came from and what came of it, within a depth. */
public record Lineage(Document root, List<Document> documents, List<LineageLink> links) {
}
