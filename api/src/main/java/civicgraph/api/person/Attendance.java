package civicgraph.api.person;

import java.time.LocalDate;

import civicgraph.api.source.Evidence;

/** One person at one sitting: PRESENT, ON_LEAVE or NON_VOTING. */
public record Attendance(String sessionId, LocalDate date, String half, String status, Evidence evidence) {
}
