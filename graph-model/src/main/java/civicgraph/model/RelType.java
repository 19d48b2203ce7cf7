package civicgraph.model;

/** The relationship types of the civic graph; each fact-bearing one carries evidence (source, line, quote). */
public enum RelType {
    // Personnel facts: person -> post.
    APPOINTED, REMOVED, RESIGNED, ELECTED, TERMINATED,
    /** Person -> post: a document shows the person in the post on a date (byline, signature, non-voting list). */
    ATTESTED,
    /** Person -> session, with date, half and status (PRESENT, ON_LEAVE, NON_VOTING). */
    ATTENDED,
    /** Session -> resolution adopted there. */
    APPROVED,
    /** Document -> session at which it was presented. */
    PRESENTED_AT,
    /** Person -> document (byline). */
    AUTHORED,
    /** Body -> document. */
    ISSUED,
    // Lineage: document -> document.
    RESULTS_IN, EXPLAINS, REVIEWS, RESEARCHES, IMPLEMENTS, REQUESTS, REFERS_TO,
    /** Post -> body, session -> body. */
    OF,
    /** Body -> parent body, district -> parent district. */
    PART_OF,
    /** Body or person -> district. */
    IN_DISTRICT,
    /** Tenure -> person, tenure -> post. */
    HELD_BY, IN_POST,
    /** Finding -> source; fact node -> source it was read from. */
    FROM_SOURCE;

    /** The lineage relationships, in the contract's order. */
    public static final java.util.List<RelType> LINEAGE =
            java.util.List.of(RESULTS_IN, EXPLAINS, REVIEWS, RESEARCHES, IMPLEMENTS, REQUESTS, REFERS_TO);
}
