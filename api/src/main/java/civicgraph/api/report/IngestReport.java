package civicgraph.api.report;

import java.util.List;

/** Counts of what the graph holds and the extractor's data-quality findings. */
public record IngestReport(long sources, long people, long bodies, long sessions, long documents,
        long personnelEvents, long attendanceRecords, List<Finding> findings) {
}
