package civicgraph.api.document;

import java.time.LocalDate;

import civicgraph.api.source.Evidence;

/** A titled item of a gazette (or a stub: a document referred to by title but not in the corpus). */
public record Document(String id, String title, String kind, LocalDate date, String number, String sessionId,
        boolean adopted, String issuerId, String authorId, String authorTitle, String sourceId, Evidence evidence) {
}
