package civicgraph.api.session;

/** A person listed as attending without a vote (列席), by organisation and title. */
public record NonVotingAttendance(String personId, String organisation, String title) {
}
