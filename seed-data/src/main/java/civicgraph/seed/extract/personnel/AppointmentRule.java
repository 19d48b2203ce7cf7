package civicgraph.seed.extract.personnel;

import static civicgraph.model.PersonnelEventKind.APPOINTED;
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
 * 任命名单 lines: "任命 王勰、陈汇青 为宝山区人民政府副区长。" state one appointment per name and post; "…，任命其为…"
 * appoints the people the statement named before.
 */
public final class AppointmentRule implements PersonnelRule {

    // The clause runs to the next comma: "任命A为X，免去其Y职务" is an appointment and a removal.
    private static final Pattern APPOINTMENT = Pattern.compile(CLAUSE_START + "任" + WS + "*命" + WS + "*[：:]?" + WS
            + "*(?:(?<names>" + LIST + ")|(?<pronoun>其))" + WS + "*为" + WS + "*(?<posts>[^，,；;。！!]+)");

    @Override
    public List<PersonnelFact> apply(Statement statement) {
        String text = statement.masked();
        List<PersonnelFact> facts = new ArrayList<>();
        Matcher m = APPOINTMENT.matcher(text);
        while (m.find()) {
            List<PersonName> people = m.group("pronoun") != null ? NameList.antecedent(text, m.start())
                    : NameList.parse(m.group("names")).orElse(List.of());
            for (PersonName person : people) {
                for (String post : PostList.split(m.group("posts"))) {
                    facts.add(new PersonnelFact(APPOINTED, person, post, null, null, null, statement.evidence(),
                            statement.lastLine()));
                }
            }
        }
        return facts;
    }

    /** The rule on one line: what a 任命名单 line gives. */
    public List<PersonnelFact> apply(SourceLine line) {
        return apply(Statement.of(line));
    }
}
