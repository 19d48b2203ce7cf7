package civicgraph.seed.extract.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import civicgraph.seed.corpus.Gazette;
import civicgraph.seed.corpus.SourceLine;
import civicgraph.seed.extract.Finding;
import civicgraph.seed.extract.session.SessionRef;

/**
 * Cuts a gazette (公报) into its titled documents: the 目录 first, then every line whose ending names a document
 * ("…的决定", "…的调研报告", "…会议议题", "…组成人员出席情况", "辞职报告"), each running to the next title.
 */
public final class DocumentSegmenter {

    private static final Pattern TOC_HEADING = Pattern.compile("^#*\\s*目\\s*录\\s*$");

    // "第十三号", "## 第十四号": the issue labels of a double issue, inside the 目录.
    private static final Pattern ISSUE_LABEL = Pattern.compile("^#*\\s*第[一二三四五六七八九十百\\d、，\\s]+号\\s*$");

    // Running headers and footers the PDF conversion leaves anywhere, lists included.
    private static final Pattern RUNNING = Pattern.compile(
            "^(?:(?:上海市)?\\S{2,4}(?:新区|区|县)人民代表大会常务委员会公报|公报第.*号.*|[-—\\s]+|[-\\s\\t]+)$");

    // Sub-headings and list items are not documents: "一、…", "（一）…", "1. …", "第一部分", "——…", "附件：…", "表 1 …".
    private static final Pattern NOT_A_TITLE_START = Pattern.compile("^(?:[-*•◇]|第?[一二三四五六七八九十百]+[、.．，]"
            + "|[（(][一二三四五六七八九十百\\d]+[)）]|\\d+\\s*[.、．]|第[一二三四五六七八九十]+(?:部分|方面|章|条)|—|附件|附表"
            + "|表\\s*\\d|专栏|[（(])");

    private static final Pattern SENTENCE = Pattern.compile("[。；;：:！？!?]");

    private static final Pattern COMMA = Pattern.compile("[，,]");

    private static final Pattern QUOTED = Pattern.compile("《[^》]*》|〈[^〉]*〉|<[^>]*>");

    // A title broken over lines starts the way titles do: "关于…", "在…会议上的讲话", a body's name, "《…》".
    private static final Pattern TITLE_START = Pattern.compile("^(?:关于|在|上海市|《|" + SessionRef.DISTRICT + ")");

    private static final Pattern DISTRICT_NAME = Pattern.compile("(?:上海市)?(?<district>" + SessionRef.DISTRICT
            + ")(?=人民代表大会|人大常委会|第?[〇零一二三四五六七八九十\\d]+届|人民政府|人民法院|人民检察院)");

    private DocumentSegmenter() {
    }

    /** The outline of {@code gazette}: district, 目录, sections in order, findings. Never throws on messy text. */
    public static GazetteOutline segment(Gazette gazette) {
        List<SourceLine> lines = gazette.sourceLines();
        List<Finding> findings = new ArrayList<>();
        String district = districtOf(lines);
        if (district == null) {
            findings.add(new Finding(civicgraph.seed.extract.Severity.WARNING, gazette.fileName(), 1,
                    "no district named in running headers, session headers or titles"));
        }
        List<TocEntry> toc = new ArrayList<>();
        int bodyStart = readTableOfContents(lines, toc);
        List<int[]> titles = findTitles(lines, bodyStart); // {first index, last index} of each title, 0-based
        List<DocumentSection> sections = new ArrayList<>();
        for (int k = 0; k < titles.size(); k++) {
            int first = titles.get(k)[0];
            int titleEnd = titles.get(k)[1];
            int last = (k + 1 < titles.size()) ? titles.get(k + 1)[0] - 1 : lines.size() - 1;
            sections.add(SectionReader.read(lines, first, titleEnd, last, district, findings));
        }
        checkAgainstToc(toc, sections, findings);
        findings.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new GazetteOutline(gazette.fileName(), district, toc, sections, findings);
    }

    /** Whether a line is a running header/footer or a separator: noise wherever it stands. */
    static boolean isNoise(String text) {
        String t = text.strip();
        return !t.isEmpty() && RUNNING.matcher(t).matches();
    }

    /** The district most named in headers and titles: "上海市青浦区人民代表大会常务委员会公报" counts for 青浦区. */
    static String districtOf(List<SourceLine> lines) {
        Map<String, Integer> votes = new HashMap<>();
        String best = null;
        for (SourceLine line : lines) {
            Matcher m = DISTRICT_NAME.matcher(line.text().replaceAll("\\s+", ""));
            while (m.find()) {
                int n = votes.merge(m.group("district"), 1, Integer::sum);
                if (best == null || n > votes.get(best)) {
                    best = m.group("district");
                }
            }
        }
        return best;
    }

    /** Reads the 目录 into {@code toc}; returns the index of the first body line. */
    private static int readTableOfContents(List<SourceLine> lines, List<TocEntry> toc) {
        int start = -1;
        for (int i = 0; i < Math.min(lines.size(), 80); i++) {
            if (TOC_HEADING.matcher(lines.get(i).text().strip()).matches()) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return 0;
        }
        int i = start + 1;
        for (; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String t = line.text().strip();
            if (t.isEmpty() || isNoise(t) || ISSUE_LABEL.matcher(t).matches()) {
                continue;
            }
            Optional<TocEntry> entry = TocEntry.parse(line);
            if (entry.isEmpty()) {
                break;
            }
            toc.add(entry.get());
        }
        return i;
    }

    private static List<int[]> findTitles(List<SourceLine> lines, int from) {
        List<int[]> titles = new ArrayList<>();
        int i = from;
        while (i < lines.size()) {
            String t = DocumentTitle.clean(lines.get(i).text());
            if (t.isEmpty() || isNoise(lines.get(i).text()) || !titleLike(t)) {
                i++;
                continue;
            }
            int end = -1;
            if (DocumentTitle.kindOf(t).isPresent()) {
                end = i;
            }
            else if (t.length() <= 60 && TITLE_START.matcher(t).find()) {
                // A title broken over two or three printed lines, with no blank line between the parts.
                String joined = t;
                for (int j = i + 1; j < Math.min(lines.size(), i + 3); j++) {
                    String next = DocumentTitle.clean(lines.get(j).text());
                    if (next.isEmpty() || !titleLike(joined + next) || NOT_A_TITLE_START.matcher(next).find()) {
                        break;
                    }
                    joined = joined + next;
                    if (DocumentTitle.kindOf(joined).isPresent()) {
                        end = j;
                        break;
                    }
                }
            }
            if (end < 0) {
                i++;
                continue;
            }
            titles.add(new int[] { i, end });
            i = end + 1;
        }
        return titles;
    }

    /** A line that could be (part of) a title: no sentence punctuation, no comma outside 《》, not a sub-heading. */
    static boolean titleLike(String t) {
        if (t.length() < 2 || t.length() > 160 || t.indexOf('\t') >= 0) {
            return false;
        }
        if (NOT_A_TITLE_START.matcher(t).find()) {
            return false;
        }
        String outside = QUOTED.matcher(t).replaceAll("");
        return !SENTENCE.matcher(t).find() && !COMMA.matcher(outside).find() && !t.matches(".*\\d{4}\\s*年.*月.*日.*");
    }

    /** A finding for each 目录 entry no body section answers, matched leniently and in order. */
    private static void checkAgainstToc(List<TocEntry> toc, List<DocumentSection> sections, List<Finding> findings) {
        boolean[] used = new boolean[sections.size()];
        for (TocEntry entry : toc) {
            String key = key(entry.title());
            int found = -1;
            for (int s = 0; s < sections.size() && found < 0; s++) {
                String body = key(sections.get(s).title());
                if (!used[s] && (body.contains(key) || key.contains(body))) {
                    found = s;
                }
            }
            if (found < 0) {
                // The 目录 and the body may word a title slightly differently ("发展的第十四个" / "发展第十四个").
                double bestScore = 0.85;
                for (int s = 0; s < sections.size(); s++) {
                    String body = key(sections.get(s).title());
                    double score = body.isEmpty() ? 0 : (double) lcs(key, body) / Math.min(key.length(), body.length());
                    if (!used[s] && score >= bestScore) {
                        bestScore = score;
                        found = s;
                    }
                }
            }
            if (found < 0) {
                findings.add(new Finding(civicgraph.seed.extract.Severity.WARNING, entry.evidence().source(),
                        entry.evidence().line(), "目录 entry has no document in the body: " + entry.title()));
            }
            else {
                used[found] = true;
            }
        }
    }

    /** Han characters, letters and digits only: how the 目录 and the body agree despite breaking titles differently. */
    static String key(String title) {
        return title.replaceAll("[^\\p{IsHan}\\p{IsAlphabetic}\\p{IsDigit}]", "");
    }

    /** Length of the longest common subsequence. */
    static int lcs(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}
