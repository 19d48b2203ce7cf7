package civicgraph.api.session;

import java.time.LocalDate;

import civicgraph.api.source.Evidence;

/** A half-day (or the whole session) with its attendance list as stated. */
public record Sitting(String id, String sessionId, LocalDate date, String half, Integer expected, boolean consistent,
        Evidence evidence) {
}
