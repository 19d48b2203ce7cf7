package civicgraph.api.session;

import java.time.LocalDate;
import java.util.List;

import civicgraph.api.source.Evidence;

/** A numbered meeting of a standing committee, a congress or a chairpersons' meeting. */
public record Session(String id, String title, String bodyId, Integer term, Integer number, String kind,
        List<LocalDate> dates, List<String> agenda, Evidence evidence) {
}
