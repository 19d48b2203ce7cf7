package civicgraph.seed.extract.session;

import java.time.LocalDate;
import java.util.List;

import civicgraph.model.Evidence;

/**
 * A session of a gazette: its identity, the days it sat (start and end; a congress may span days: "于2024年1月16日至18日
 * 召开"), its 议题 items when the gazette prints them, and the evidence of its first mention.
 */
public record Session(SessionRef ref, LocalDate start, LocalDate end, List<AgendaItem> agenda, Evidence evidence) {

    public Session {
        agenda = List.copyOf(agenda);
    }
}
