package civicgraph.api.tenure;

import java.time.LocalDate;
import java.util.List;

/**
 * A person in a post over a span of time, as stored by the loader, with its certainty on the date asked about
 * ({@code at}; for a tenure listed without a date, the certainty of its best-supported day).
 */
public record Tenure(String id, String personId, String postId, LocalDate start, LocalDate end, String startEventId,
        String endEventId, LocalDate firstSeen, LocalDate lastSeen, String status, String endReason,
        String predecessorId, String successorId, List<LocalDate> attestationDates, String certainty) {
}
