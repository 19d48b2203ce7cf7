package civicgraph.seed.extract.attendance;

import civicgraph.seed.extract.text.GazetteDate;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A sitting's sub-heading: "(2023年7月25日上午)", "（会期一天，2020年11月25日下午）", "(会期半天，2023 年 9 月 27 日下午)",
 * "（上午）". The date is null when only the half is printed.
 */
record SittingHeading(LocalDate date, Half half) {

    private static final Pattern PARENTHESISED = Pattern.compile("^\\((?<inner>[^()]{0,40})\\)$");

    static Optional<SittingHeading> parse(String line) {
        String s = Normalizer.normalize(line, Normalizer.Form.NFKC).replaceAll("\\s+", "").replace("〔", "(")
            .replace("〕", ")");
        var m = PARENTHESISED.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String inner = m.group("inner");
        LocalDate date = GazetteDate.find(inner).map(GazetteDate.Found::start).orElse(null);
        Half half = Half.in(inner);
        if (date == null && half == null) {
            return Optional.empty();
        }
        if (inner.contains("通过") || inner.contains("会议上")) {
            return Optional.empty(); // "(2023年7月19日…第十三次会议通过)": a document's date, not a sitting's
        }
        return Optional.of(new SittingHeading(date, half));
    }
}
