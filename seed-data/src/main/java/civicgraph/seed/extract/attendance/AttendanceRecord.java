package civicgraph.seed.extract.attendance;

import civicgraph.model.Evidence;

import java.util.List;

/**
 * A "组成人员出席情况" record: the meeting as its heading names it ("青浦区第六届人大常委会第十三次会议", whitespace
 * removed), the heading's line, and its sittings in order. Which session it names is SessionRef's reading.
 */
public record AttendanceRecord(String meeting, Evidence heading, List<Sitting> sittings) {

    public AttendanceRecord {
        sittings = List.copyOf(sittings);
    }
}
