package civicgraph.seed.extract.document;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import civicgraph.model.DocumentKind;

/**
 * A document title as the gazette prints it ("关于义务教育“双减”工作情况的调研报告", "宝山区人民代表大会常务委员会 任 命 名 单"):
 * its clean form and the kind its ending names.
 */
public final class DocumentTitle {

    // Whitespace between two Latin letters or digits is a word space; any other whitespace in a Chinese title is PDF
    // debris ("任 命 名 单", "青浦区 2022 年", a title broken over two lines and joined with a space).
    private static final Pattern PDF_SPACE = Pattern.compile("(?<![A-Za-z0-9])[\\s\\u3000]+|[\\s\\u3000]+(?![A-Za-z0-9])");

    private static final Pattern MARKUP = Pattern.compile("^#+\\s*|\\*\\*");

    // The issuer stands before 关于 ("青浦区人民代表大会常务委员会关于…") or before a list's name ("…常务委员会任免名单").
    private static final Pattern ISSUER = Pattern.compile(
            "^(?<issuer>(?:(?!关于)[^《〈<“]){2,40}?(?:委员会|常委会|主任会议|人民政府|区政府|人民法院|人民检察院|检察院|法院))(?=关于|任命名单|任免名单|免职名单)");

    private DocumentTitle() {
    }

    /** The title without markdown ("##", "**") and without the whitespace PDF conversion left inside the Chinese. */
    public static String clean(String raw) {
        String text = MARKUP.matcher(raw.strip()).replaceAll("");
        text = PDF_SPACE.matcher(text.strip()).replaceAll("");
        return text;
    }

    /**
     * The kind a title's ending names, the genre's way: the longest ending wins (调研报告 before 报告), and a title
     * with none of these endings is not a document title at all.
     */
    public static Optional<DocumentKind> kindOf(String title) {
        String t = clean(title);
        if (t.endsWith("出席情况") || t.endsWith("列席情况")) {
            return Optional.of(DocumentKind.ATTENDANCE_RECORD);
        }
        if (t.endsWith("议题")) {
            return Optional.of(DocumentKind.AGENDA);
        }
        if (t.endsWith("任命名单") || t.endsWith("任免名单") || t.endsWith("免职名单")) {
            return Optional.of(DocumentKind.APPOINTMENT_LIST);
        }
        if (t.endsWith("选举办法")) {
            return Optional.of(DocumentKind.ELECTION_RULES);
        }
        if (t.endsWith("审议意见")) {
            return Optional.of(DocumentKind.DELIBERATION_OPINION);
        }
        if (t.endsWith("决议")) {
            return Optional.of(DocumentKind.RESOLUTION);
        }
        if (t.endsWith("决定") || t.endsWith("決定")) {
            return Optional.of(DocumentKind.DECISION);
        }
        if (t.endsWith("议案")) {
            return Optional.of(DocumentKind.MOTION);
        }
        if (t.endsWith("说明")) {
            return Optional.of(DocumentKind.EXPLANATION);
        }
        if (t.endsWith("讲话")) {
            return Optional.of(DocumentKind.SPEECH);
        }
        if (t.endsWith("请求") && t.contains("辞")) {
            return Optional.of(DocumentKind.RESIGNATION_LETTER); // "关于辞去副区长职务的请求": the person's letter
        }
        if (!t.endsWith("报告")) {
            return Optional.empty();
        }
        if (t.endsWith("调研报告")) {
            return Optional.of(DocumentKind.RESEARCH_REPORT);
        }
        if (t.matches(".*审查(?:结果)?的?报告")) {
            return Optional.of(DocumentKind.REVIEW_REPORT);
        }
        if (t.endsWith("辞职报告")) {
            return Optional.of(DocumentKind.RESIGNATION_LETTER);
        }
        if (t.endsWith("备案报告")) {
            return Optional.of(DocumentKind.FILING_REPORT);
        }
        if (t.endsWith("工作报告") || t.endsWith("履职情况报告")) {
            return Optional.of(DocumentKind.WORK_REPORT);
        }
        return Optional.of(DocumentKind.REPORT);
    }

    /** The body named before 关于 or before a list's name, or empty: "青浦区人民代表大会常务委员会关于…的决定". */
    public static Optional<String> issuerOf(String title) {
        Matcher m = ISSUER.matcher(clean(title));
        return m.find() ? Optional.of(m.group("issuer")) : Optional.empty();
    }
}
