package civicgraph.seed.extract.attendance;

import civicgraph.model.Evidence;

import java.time.LocalDate;
import java.util.List;

/**
 * A "列席情况" record: the meeting as its heading names it (whitespace removed), the heading's line, the date and half
 * of its sub-heading "(会期半天, 2023年9月27日下午)" (null when not printed), and the people in line order.
 */
public record NonVotingRecord(String meeting, Evidence heading, LocalDate date, Half half,
        List<NonVotingFact> attendees) {

    public NonVotingRecord {
        attendees = List.copyOf(attendees);
    }
}
