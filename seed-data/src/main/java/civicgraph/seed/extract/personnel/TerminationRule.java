package civicgraph.seed.extract.personnel;

import static civicgraph.model.PersonnelEventKind.TERMINATED;
import static civicgraph.seed.extract.personnel.NameList.CLAUSE_START;
import static civicgraph.seed.extract.personnel.NameList.LIST;
import static civicgraph.seed.extract.personnel.NameList.WS;

import civicgraph.model.PersonName;
import civicgraph.seed.corpus.SourceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 备案报告 on posts that end by themselves: "鉴于李洁、秋之青同志已退休，根据《…》之规定：" / "李洁、秋之青同志的上海市
 * 宝山区人民法院审判员职务自行免除，不再办理免职手续。" One event per person and post, with the reason the 鉴于 clause
 * (or an 因 clause) gives.
 */
public final class TerminationRule implements PersonnelRule {

    private static final Pattern TERMINATION = Pattern.compile(CLAUSE_START + "(?:(?<names>" + LIST + ")" + WS
            + "*的|(?<pronoun>其)" + WS + "*(?:的|所任)?)" + WS + "*(?<posts>[^，,；;。！!：:]+)职" + WS + "*务" + WS
            + "*(?:均|已|亦|即)?" + WS + "*自" + WS + "*行" + WS + "*免" + WS + "*除");
    // 鉴于钱云同志已退休 / 鉴于张三已调离本区 / 鉴于李洁、秋之青同志工作调动. The names end at 同志 or 已/因: a
    // lazy name list alone would stop at 秋之 and make 青同志已退休 the reason.
    private static final Pattern GIVEN_THAT = Pattern.compile("鉴于" + WS + "*(?:" + LIST + ")" + WS
            + "*(?:均|都)?(?:已经|已|因)" + WS + "*(?<reason>[^，,。；;：:]{1,12})");
    private static final Pattern GIVEN_THAT_COMRADE = Pattern.compile("鉴于" + WS + "*(?:" + LIST + ")(?<=志)" + WS
            + "*(?:均|都)?" + WS + "*(?<reason>[^，,。；;：:]{1,12})");
    private static final Pattern BECAUSE = Pattern.compile("因" + WS + "*(?<reason>[^，,。；;：:]{1,12}?)" + WS
            + "*(?:等原因)?[，,。；;：:]");

    @Override
    public List<PersonnelFact> apply(Statement statement) {
        String text = statement.masked();
        List<PersonnelFact> facts = new ArrayList<>();
        Matcher m = TERMINATION.matcher(text);
        while (m.find()) {
            List<PersonName> people = m.group("pronoun") != null ? NameList.antecedent(text, m.start())
                    : NameList.parse(m.group("names")).orElse(List.of());
            String reason = reason(statement);
            for (PersonName person : people) {
                for (String post : PostList.split(m.group("posts"))) {
                    facts.add(new PersonnelFact(TERMINATED, person, post, reason, null, null, statement.evidence(),
                            statement.lastLine()));
                }
            }
        }
        return facts;
    }

    /** The rule on one line, with the body lines before it (where a 鉴于 clause may stand). */
    public List<PersonnelFact> apply(SourceLine line, List<SourceLine> before) {
        return apply(new Statement(line, line.number(), line.text().strip(), before, List.of()));
    }

    /** The reason in the statement, else in the lines just before it (a 鉴于 sentence ended apart). */
    private static String reason(Statement statement) {
        String found = reason(statement.masked());
        for (int i = statement.before().size() - 1; found == null && i >= 0; i--) {
            found = reason(Statement.maskBookTitles(statement.before().get(i).text()));
        }
        return found;
    }

    static String reason(String text) {
        for (Pattern form : List.of(GIVEN_THAT, GIVEN_THAT_COMRADE, BECAUSE)) {
            Matcher m = form.matcher(text);
            if (m.find()) {
                return m.group("reason").replaceAll(WS + "+", "");
            }
        }
        return null;
    }
}
