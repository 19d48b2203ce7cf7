package civicgraph.seed.extract.personnel;

import civicgraph.model.PersonName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A list of people as personnel statements print it: "王勰、陈汇青", "韩 杰", "李洁、秋之青同志". */
final class NameList {

    /** Whitespace as PDF conversion leaves it, ideographic space included. */
    static final String WS = "[\\s\\u3000\\u00a0]";
    // A name is 2-4 Han characters, with the stray spaces PDF conversion leaves (明 涛). Lazy, so that the text
    // after the list (为, 的, 同志, 辞去) decides where a name ends; the upper bound lets a name contain 为 (王为民)
    // without swallowing the post.
    /** The most names one statement lists; the longest list of the seeds has 10. */
    static final int MAX_NAMES = 200;
    static final String NAME = "\\p{IsHan}(?:" + WS + "*\\p{IsHan}){1,3}?";
    private static final String COMRADE = "(?:" + WS + "*同" + WS + "*志)?";
    /**
     * One or more names separated by 、, each perhaps followed by 同志. Bounded: a list is a few dozen names, and
     * the regex engine recurses once per repetition, so an unbounded list of 10,000 names would overflow the stack.
     */
    static final String LIST = NAME + COMRADE + "(?:" + WS + "*、" + WS + "*" + NAME + COMRADE + "){0," + (MAX_NAMES - 1)
            + "}";
    /** Where a statement's clause may start: a line's start, after punctuation, after 决定 / 确认 / 同意. */
    static final String CLAUSE_START = "(?:^|(?<=[，,；;。：:\\s\\u3000]|决定|确认|同意))";

    // Words that fit the shape of a name but name nobody: pronouns, letter closings, roles.
    private static final Set<String> NOT_NAMES = Set.of("本人", "我们", "他们", "她们", "大家", "此致", "敬礼", "特此",
            "以上", "其他", "其中", "有关", "代表", "委员", "候选人", "申请人", "同志", "个别", "上述", "下列", "附件");
    // Who a later 其 stands for: a list after a verb ("任命A为…，免去其…") or opening a clause as its subject ("张三同志
    // 因工作调动，其…职务自行免除").
    private static final Pattern ANTECEDENT = Pattern.compile("(?:(?:任命|免去|接受|同意|鉴于)" + WS + "*|"
            + CLAUSE_START + ")(?<names>" + LIST + ")" + WS + "*(?:为|的|辞去|同志|已|因)");

    private NameList() {
    }

    /**
     * The people of a printed list, or empty when any of them is not a name: an abbreviated list ("卢薪等") or a
     * pronoun is no list of people, and half a list is worse than none.
     */
    static Optional<List<PersonName>> parse(String printed) {
        List<PersonName> names = new ArrayList<>();
        for (String part : printed.split("、")) {
            String name = part.replaceAll(WS + "+", "");
            if (name.endsWith("同志")) {
                name = name.substring(0, name.length() - 2);
            }
            if (!isName(name)) {
                return Optional.empty();
            }
            names.add(PersonName.of(name));
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }

    /** Whether a whitespace-free string can be a person's name. */
    static boolean isName(String name) {
        return name.length() >= 2 && name.length() <= 4 && name.codePoints().allMatch(NameList::isHan)
                && !name.endsWith("等") && !name.contains("同志") && !name.contains("的") && !NOT_NAMES.contains(name);
    }

    /** The people a 其 stands for: the last list named by 任命/免去/接受/鉴于 before {@code index}. */
    static List<PersonName> antecedent(String text, int index) {
        Matcher m = ANTECEDENT.matcher(text.substring(0, index));
        List<PersonName> found = List.of();
        while (m.find()) {
            found = parse(m.group("names")).orElse(found);
        }
        return found;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
