package civicgraph.seed.extract.attendance;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The running headers and footers a converted gazette leaves in the middle of a list: "上海市青浦区人民代表大会常务委员会公报",
 * "公报第五、六号（总第 13、14 号）", "---", "-----\t-----", a page number.
 */
final class PageFurniture {

    private static final Pattern RULE = Pattern.compile("[-—–_=*·\\s]+");
    private static final Pattern MASTHEAD = Pattern.compile("(?:上海市)?\\p{IsHan}{0,6}(?:人民代表大会常务委员会|人大常委会)公报");
    private static final Pattern ISSUE = Pattern.compile(
            "(?:\\p{IsHan}{0,20}公报)?(?:\\d{4}年)?第[0-9〇零一二三四五六七八九十、,]+(?:号|期)(?:\\(总第[0-9、,]+(?:号|期)\\))?");
    private static final Pattern PAGE_NUMBER = Pattern.compile("[-—]?\\d{1,4}[-—]?|第\\d{1,4}页");

    private PageFurniture() {
    }

    static boolean is(String line) {
        String raw = Normalizer.normalize(line, Normalizer.Form.NFKC).strip();
        if (raw.isEmpty()) {
            return false;
        }
        if (RULE.matcher(raw).matches()) {
            return true;
        }
        String s = raw.replaceAll("\\s+", "");
        return MASTHEAD.matcher(s).matches() || ISSUE.matcher(s).matches() || PAGE_NUMBER.matcher(s).matches();
    }
}
