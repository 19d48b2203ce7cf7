package civicgraph.seed.extract.attendance;

import civicgraph.seed.corpus.SourceLine;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A record's heading in the body of a gazette, "青浦区第六届人大常委会第十三次会议组成人员出席情况" or "宝山区九届人大常委会
 * 第十三次会议 列 席 情 况", possibly with a markdown "##" or split over two lines; never a table-of-contents line, which
 * ends in leaders or a page number ("…组成人员出席情况 .....\t(12)").
 */
record MeetingHeading(String meeting, SourceLine line, int lastLine) {

    // Leaders ("....." "·····" "…") or a tab then a page number "(12)": the table of contents.
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("(?:[.·…]{3,}|\\t\\s*[(（]?\\d+[)）]?\\s*$|\\s[(（]\\d+[)）]\\s*$)");

    /** Whether {@code line} (at index {@code i} of {@code lines}) starts a heading that {@code pattern} reads. */
    static Optional<MeetingHeading> at(List<SourceLine> lines, int i, Pattern pattern) {
        SourceLine first = lines.get(i);
        if (first.isBlank() || CONTENTS_ENTRY.matcher(first.text()).find()) {
            return Optional.empty();
        }
        String text = squeeze(first.text());
        Matcher m = pattern.matcher(text);
        if (m.matches()) {
            return Optional.of(new MeetingHeading(meeting(m), first, i));
        }
        // "宝山区九届人大常委会第十三次会议" then "组成人员出席情况": a heading broken across lines
        if (text.length() > 40 || !(text.endsWith("会议") || text.endsWith("组成人员") || text.endsWith("人员"))) {
            return Optional.empty();
        }
        for (int j = i + 1; j < lines.size() && j <= i + 2; j++) {
            if (lines.get(j).isBlank()) {
                continue;
            }
            if (CONTENTS_ENTRY.matcher(lines.get(j).text()).find()) {
                return Optional.empty();
            }
            Matcher joined = pattern.matcher(text + squeeze(lines.get(j).text()));
            return joined.matches() ? Optional.of(new MeetingHeading(meeting(joined), first, j)) : Optional.empty();
        }
        return Optional.empty();
    }

    static String squeeze(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceFirst("^\\s*#+", "").replaceAll("\\s+", "");
    }

    private static String meeting(Matcher m) {
        String meeting = m.group("meeting");
        return meeting == null ? "" : meeting;
    }
}
