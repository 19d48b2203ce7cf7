package civicgraph.api.person;

import java.time.LocalDate;

import civicgraph.api.source.Evidence;

/** An appointment, removal, resignation, election or termination, read from one line of a gazette. */
public record PersonnelEvent(String id, String kind, String personId, String postId, LocalDate date,
        String sessionId, String documentId, String electoralDistrictId, String reason, Evidence evidence) {
}
