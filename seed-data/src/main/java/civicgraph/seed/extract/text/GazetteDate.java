package civicgraph.seed.extract.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the gazettes print them: "2023 年 7 月 19 日" (with the stray spaces of PDF conversion), "2023年7月19日",
 * "二〇二三年七月十九日", and spans "2021年1月19日至1月21日" / "2021年1月19日至21日" whose end inherits year and month.
 */
public final class GazetteDate {

    private static final String NUM = "[0-9０-９〇零一二三四五六七八九十两]+";

    private static final Pattern FULL = Pattern.compile(
            "(?<y>" + NUM + ")\\s*年\\s*(?<m>" + NUM + ")\\s*月\\s*(?<d>" + NUM + ")\\s*日"
                    + "(?:\\s*(?:至|—|－|-|~|～)\\s*(?:(?:(?<y2>" + NUM + ")\\s*年\\s*)?(?<m2>" + NUM + ")\\s*月\\s*)?(?<d2>"
                    + NUM + ")\\s*日)?");

    private GazetteDate() {
    }

    /** A date, or a span of days, found in a text, with where it stood. */
    public record Found(LocalDate start, LocalDate end, int startIndex, int endIndex) {
    }

    /** The first date (or span) in {@code text}. */
    public static Optional<Found> find(String text) {
        List<Found> all = findAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every valid date (or span) in {@code text}, in order; impossible dates (2月30日) are skipped. */
    public static List<Found> findAll(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = FULL.matcher(text);
        while (m.find()) {
            try {
                int y = number(m.group("y"));
                LocalDate start = LocalDate.of(y, number(m.group("m")), number(m.group("d")));
                LocalDate end = start;
                if (m.group("d2") != null) {
                    int y2 = m.group("y2") != null ? number(m.group("y2")) : y;
                    int m2 = m.group("m2") != null ? number(m.group("m2")) : start.getMonthValue();
                    end = LocalDate.of(y2, m2, number(m.group("d2")));
                    if (end.isBefore(start)) {
                        end = start;
                    }
                }
                found.add(new Found(start, end, m.start(), m.end()));
            }
            catch (DateTimeException | IllegalArgumentException ex) {
                // not a calendar date: not a date at all
            }
        }
        return found;
    }

    private static int number(String text) {
        return ChineseNumeral.parse(text).orElseThrow(() -> new IllegalArgumentException(text));
    }
}
