package civicgraph.seed.extract.lineage;

import java.util.regex.Pattern;

import civicgraph.seed.extract.document.DocumentTitle;

/**
 * The subject of a title, the part two related documents share: "关于义务教育“双减”工作情况的调研报告" and
 * "关于义务教育“双减”工作情况的报告" are both 义务教育双减工作. The issuer before 关于, the kind's ending and the words that
 * only frame the subject (关于, 提请审议, 批准, 同意, 草案, 有关, 情况, 监督, 的) are dropped, then all but Han, letters, digits.
 */
public final class SubjectCore {

    private static final Pattern ENDING = Pattern.compile(
            "(?:的?调研报告|的?审查结果报告|的?审议意见|的?情况报告|的?报告|的?决议|的?决定|的?決定|的?议案|的?有关说明|的?说明|的?讲话|的?请求)$");

    private static final Pattern FRAMING = Pattern.compile("关于|提请审议|批准|同意|草案|有关|情况|监督|的");

    private SubjectCore() {
    }

    public static String of(String title) {
        String t = DocumentTitle.clean(title);
        int about = t.indexOf("关于");
        if (about > 0 && !t.substring(0, about).matches(".*[《〈<“].*")) {
            t = t.substring(about); // "青浦区人民政府关于…": the issuer is not the subject
        }
        t = ENDING.matcher(t).replaceFirst("");
        t = FRAMING.matcher(t).replaceAll("");
        return t.replaceAll("[^\\p{IsHan}\\p{IsAlphabetic}\\p{IsDigit}]", "");
    }

    /** Same subject: one core is (nearly) contained in the other, and they are of comparable length. */
    public static boolean similar(String a, String b) {
        return score(a, b) >= 0.85 && lcs(a, b) >= 0.5 * Math.max(a.length(), b.length());
    }

    /** How much of the shorter core the longer one holds, in order: 1.0 when it holds all of it. */
    public static double score(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        return shorter < 4 ? 0 : (double) lcs(a, b) / shorter;
    }

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
            java.util.Arrays.fill(cur, 0);
        }
        return prev[b.length()];
    }
}
