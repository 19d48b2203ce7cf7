package civicgraph.seed.extract.personnel;

import static civicgraph.model.PersonnelEventKind.RESIGNATION_ACCEPTED;
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
 * A decision's body: "接受翟磊同志辞去宝山区人民政府副区长职务的请求，报宝山区人民代表大会备案。", "决定：接受卢薪、张兵辞去
 * 青浦区第六届人民代表大会代表职务的请求" — one acceptance per name. The decision's title ("关于接受卢薪等辞去…请求的决定")
 * abbreviates its list and is never a statement: {@link Statement} leaves titles out.
 */
public final class ResignationRule implements PersonnelRule {

    static final Pattern ACCEPTANCE = Pattern.compile(CLAUSE_START + "(?:接" + WS + "*受|同" + WS + "*意)" + WS
            + "*(?<names>" + LIST + ")" + WS + "*辞" + WS + "*去" + WS + "*(?<posts>[^，,；;。！!]+?)" + WS + "*职" + WS
            + "*务" + WS + "*的?" + WS + "*(?:辞职)?(?:请求|申请)");

    @Override
    public List<PersonnelFact> apply(Statement statement) {
        List<PersonnelFact> facts = new ArrayList<>();
        Matcher m = ACCEPTANCE.matcher(statement.masked());
        while (m.find()) {
            for (PersonName person : NameList.parse(m.group("names")).orElse(List.of())) {
                for (String post : PostList.split(m.group("posts"))) {
                    facts.add(new PersonnelFact(RESIGNATION_ACCEPTED, person, post, null, null, null,
                            statement.evidence(), statement.lastLine()));
                }
            }
        }
        return facts;
    }

    /** The rule on one line. */
    public List<PersonnelFact> apply(SourceLine line) {
        return apply(Statement.of(line));
    }
}
