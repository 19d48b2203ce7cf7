package civicgraph.seed.extract.document;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import civicgraph.model.Evidence;
import civicgraph.model.PersonName;
import civicgraph.seed.corpus.SourceLine;

/**
 * An entry of the 目录: "关于综合交通体系建设推进情况的报告····· 朱众伟	(3)", "在区五届人大常委会第三十八次会议上的讲话	朱明福（01）".
 * Title cleaned (leaders, page and PDF spaces removed), author and page when printed.
 */
public record TocEntry(String title, PersonName author, Integer page, Evidence evidence) {

    private static final Pattern ENTRY = Pattern.compile(
            "^(?<title>[^\\t]+?)\\s*(?:[.·…]{2,}|\\t)\\s*(?<rest>.*?)\\s*[(（]\\s*(?<page>\\d{1,4})\\s*[)）]\\s*$");

    private static final Pattern NAME = Pattern.compile("^\\p{IsHan}(?:\\s?\\p{IsHan}){1,3}$");

    /** The entry on {@code line}, or empty when the line is not one (an issue label, a running header, a blank). */
    public static Optional<TocEntry> parse(SourceLine line) {
        Matcher m = ENTRY.matcher(line.text().strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String title = DocumentTitle.clean(m.group("title").replaceAll("[.·…\\s]+$", ""));
        if (title.isEmpty()) {
            return Optional.empty();
        }
        String rest = m.group("rest").replaceAll("[.·…]", "").strip();
        PersonName author = NAME.matcher(rest).matches() ? PersonName.of(rest) : null;
        return Optional.of(new TocEntry(title, author, Integer.valueOf(m.group("page")), line.evidence()));
    }
}
