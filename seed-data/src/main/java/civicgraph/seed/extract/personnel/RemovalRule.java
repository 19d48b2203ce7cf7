package civicgraph.seed.extract.personnel;

import static civicgraph.model.PersonnelEventKind.REMOVED;
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
 * 免职名单 lines: "免去 韩 杰 的宝山区人民法院大场人民法庭副庭长职务。", "免去A、B的X、Y职务" (one event per name and
 * post), and "任命A为X，免去其Y职务" (其: the people just named).
 */
public final class RemovalRule implements PersonnelRule {

    // 的 is required after names: without it nothing tells a three-character name from a two-character one
    // followed by the post. The posts run to the last 职务 of the clause ("X职务、Y职务").
    private static final Pattern REMOVAL = Pattern.compile(CLAUSE_START + "免" + WS + "*去" + WS + "*[：:]?" + WS
            + "*(?:(?<names>" + LIST + ")" + WS + "*的|(?<pronoun>其)" + WS + "*(?:的|所任)?)" + WS
            + "*(?<posts>[^，,；;。！!]+)职务");

    @Override
    public List<PersonnelFact> apply(Statement statement) {
        String text = statement.masked();
        List<PersonnelFact> facts = new ArrayList<>();
        Matcher m = REMOVAL.matcher(text);
        while (m.find()) {
            List<PersonName> people = m.group("pronoun") != null ? NameList.antecedent(text, m.start())
                    : NameList.parse(m.group("names")).orElse(List.of());
            for (PersonName person : people) {
                for (String post : PostList.split(m.group("posts"))) {
                    facts.add(new PersonnelFact(REMOVED, person, post, null, null, null, statement.evidence(),
                            statement.lastLine()));
                }
            }
        }
        return facts;
    }

    /** The rule on one line: what a 免职名单 line gives. */
    public List<PersonnelFact> apply(SourceLine line) {
        return apply(Statement.of(line));
    }
}
