package civicgraph.seed.extract.attendance;

import civicgraph.model.Evidence;
import civicgraph.seed.extract.text.ChineseNumeral;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A "组成人员出席情况" record: the meeting as its heading names it ("青浦区第六届人大常委会第十三次会议", whitespace
 * removed), the heading's line, and its sittings in order.
 */
public record AttendanceRecord(String meeting, Evidence heading, List<Sitting> sittings) {

    private static final Pattern SESSION = Pattern.compile("第([0-9〇零一二三四五六七八九十百两]+)次会议");
    private static final Pattern TERM = Pattern.compile("第?([0-9〇零一二三四五六七八九十百两]+)届");

    public AttendanceRecord {
        sittings = List.copyOf(sittings);
    }

    /** The session's number, 13 for "第十三次会议"; null when the heading gives none. */
    public Integer sessionNumber() {
        return number(SESSION.matcher(this.meeting));
    }

    /** The congress's term, 6 for "第六届" or "六届"; null when the heading gives none. */
    public Integer term() {
        return number(TERM.matcher(this.meeting));
    }

    private static Integer number(Matcher m) {
        if (!m.find()) {
            return null;
        }
        var value = ChineseNumeral.parse(m.group(1));
        return value.isPresent() ? value.getAsInt() : null;
    }
}
