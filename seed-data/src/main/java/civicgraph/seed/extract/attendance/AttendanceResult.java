package civicgraph.seed.extract.attendance;

import civicgraph.seed.extract.Finding;

import java.util.List;

/** The attendance records of one gazette, in line order, and what did not add up. */
public record AttendanceResult(List<AttendanceRecord> records, List<Finding> findings) {

    public AttendanceResult {
        records = List.copyOf(records);
        findings = List.copyOf(findings);
    }
}
