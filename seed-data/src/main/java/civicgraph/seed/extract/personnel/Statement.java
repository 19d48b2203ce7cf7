package civicgraph.seed.extract.personnel;

import civicgraph.model.Evidence;
import civicgraph.seed.corpus.Gazette;
import civicgraph.seed.corpus.SourceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A statement of the body text as the personnel rules read it: a line, or the lines a statement such as
 * "鉴于钱云同志已退休，根据《…》之规定：" / "钱云同志的…检察员职务自行免除，不再办理免职手续。" runs over when PDF conversion
 * or the genre breaks it. It keeps the lines just before and after it, which a 备案报告's reason or a 辞职报告's
 * signature need.
 *
 * @param first    the line where the statement starts: its evidence
 * @param lastLine the line where it ends
 * @param text     the lines joined as printed (each stripped), nothing in between: Chinese has no word spaces
 * @param before   up to {@value #CONTEXT_BEFORE} body lines before it, nearest last
 * @param after    up to {@value #CONTEXT_AFTER} body lines after it, up to the next heading
 */
public record Statement(SourceLine first, int lastLine, String text, List<SourceLine> before, List<SourceLine> after) {

    static final int CONTEXT_BEFORE = 3;
    static final int CONTEXT_AFTER = 6;
    private static final int MAX_JOINED = 4;

    // 目录 lines end in leaders and a page number: "关于钱云同志职务自行免除的备案报告·····	(41)", "…的决定 .....	(08)".
    private static final Pattern TABLE_OF_CONTENTS = Pattern.compile("\\.{3,}|·{3,}|…{2,}|[(（]\\s*\\d{1,4}\\s*[)）]\\s*$");
    // Running page headers and footers, and the rules the conversion left between pages.
    private static final Pattern RUNNING_HEADER = Pattern.compile(
            "-{3,}|-+\\s+-+|\\S*人民代表大会常务委员会公报|公报第.{1,12}号.*|第\\s*\\d+\\s*页");
    // A title has no sentence punctuation and names a document: "关于接受翟磊同志辞去…职务请求的决定",
    // "宝山区人民代表大会常务委员会 任 命 名 单", "### 辞职报告". Its names are abbreviated ("卢薪等"): never a fact.
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。，,；;：:！!？?]");
    private static final Pattern DOCUMENT_NAME = Pattern.compile("(?:决定|决议|报告|名单|议案|说明|办法|通知)$");
    // Statements the genre breaks over lines: lists, 备案报告 sentences, 决定 bodies.
    private static final Pattern MAY_CONTINUE = Pattern.compile("^(?:任命|免去|接受|同意|鉴于)|自行免除|辞去|补选|当选");
    private static final Pattern STARTS_ANOTHER = Pattern.compile("^(?:任命|免去|接受|鉴于)");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[。；;！!？?]\\s*$");
    private static final Pattern BOOK_TITLE = Pattern.compile("《[^《》]*》");

    public Statement {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** A statement that stands on one line, with no context: what a rule's test feeds it. */
    public static Statement of(SourceLine line) {
        return new Statement(line, line.number(), line.text().strip(), List.of(), List.of());
    }

    /** The body statements of a gazette in line order; table of contents, titles and page furniture left out. */
    public static List<Statement> split(Gazette gazette) {
        List<SourceLine> lines = gazette.sourceLines();
        List<Statement> statements = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            SourceLine line = lines.get(i);
            if (!isBody(line)) {
                i++;
                continue;
            }
            StringBuilder text = new StringBuilder(line.text().strip());
            int last = i;
            if (MAY_CONTINUE.matcher(maskBookTitles(text.toString())).find()) {
                int joined = 0;
                int next = i + 1;
                while (!ENDS_SENTENCE.matcher(text).find() && joined < MAX_JOINED && next < lines.size()) {
                    SourceLine candidate = lines.get(next);
                    if (candidate.isBlank() || isRunningHeader(candidate.text())) {
                        next++;
                        continue;
                    }
                    if (!isBody(candidate) || STARTS_ANOTHER.matcher(candidate.text().strip()).find()) {
                        break;
                    }
                    text.append(candidate.text().strip());
                    last = next;
                    joined++;
                    next++;
                }
            }
            statements.add(new Statement(line, lines.get(last).number(), text.toString(), before(lines, i),
                    after(lines, last)));
            i = last + 1;
        }
        return statements;
    }

    /** Where the statement starts. */
    public Evidence evidence() {
        return this.first.evidence();
    }

    /**
     * The text with the inside of every 《…》 blanked out, same length: a law's or a notice's title quoted in a
     * sentence ("《关于建议补选胡世军同志为市十六届人大代表的通知》") states nothing.
     */
    public String masked() {
        return maskBookTitles(this.text);
    }

    static String maskBookTitles(String text) {
        var m = BOOK_TITLE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, "《" + "□".repeat(m.end() - m.start() - 2) + "》");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Whether a line is body text: not blank, not page furniture, not the table of contents, not a title. */
    static boolean isBody(SourceLine line) {
        String text = line.text().strip();
        return !text.isEmpty() && !isRunningHeader(text) && !isTableOfContents(text) && !isTitle(text);
    }

    static boolean isRunningHeader(String text) {
        return RUNNING_HEADER.matcher(text.strip()).matches();
    }

    static boolean isTableOfContents(String text) {
        return TABLE_OF_CONTENTS.matcher(text).find();
    }

    static boolean isTitle(String text) {
        String stripped = text.strip();
        if (stripped.startsWith("#")) {
            return true;
        }
        String compact = stripped.replaceAll("[\\s\\u3000]+", "");
        return !SENTENCE_PUNCTUATION.matcher(compact).find()
                && (compact.contains("关于") || DOCUMENT_NAME.matcher(compact).find());
    }

    private static List<SourceLine> before(List<SourceLine> lines, int index) {
        List<SourceLine> found = new ArrayList<>();
        for (int j = index - 1; j >= 0 && found.size() < CONTEXT_BEFORE; j--) {
            SourceLine line = lines.get(j);
            if (isBody(line)) {
                found.add(0, line);
            }
            else if (!line.isBlank() && !isRunningHeader(line.text())) {
                break; // a title: the statement's document starts here
            }
        }
        return found;
    }

    private static List<SourceLine> after(List<SourceLine> lines, int index) {
        List<SourceLine> found = new ArrayList<>();
        for (int j = index + 1; j < lines.size() && found.size() < CONTEXT_AFTER; j++) {
            SourceLine line = lines.get(j);
            if (isBody(line)) {
                found.add(line);
            }
            else if (!line.isBlank() && !isRunningHeader(line.text())) {
                break; // the next document's title
            }
        }
        return found;
    }
}
