package civicgraph.seed.extract.attendance;

import civicgraph.seed.extract.Finding;

import java.util.List;

/** The 列席 records of one gazette, in line order, and the entries that could not be read. */
public record NonVotingResult(List<NonVotingRecord> records, List<Finding> findings) {

    public NonVotingResult {
        records = List.copyOf(records);
        findings = List.copyOf(findings);
    }

    /** Every person of every record, in line order. */
    public List<NonVotingFact> facts() {
        return this.records.stream().flatMap((r) -> r.attendees().stream()).toList();
    }
}
