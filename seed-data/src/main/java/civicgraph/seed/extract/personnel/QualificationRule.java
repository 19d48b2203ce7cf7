package civicgraph.seed.extract.personnel;

import static civicgraph.model.PersonnelEventKind.QUALIFICATION_CONFIRMED;
import static civicgraph.seed.extract.personnel.NameList.CLAUSE_START;
import static civicgraph.seed.extract.personnel.NameList.LIST;
import static civicgraph.seed.extract.personnel.NameList.WS;

import civicgraph.model.PersonName;
import civicgraph.seed.corpus.SourceLine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deputies' qualification: "确认张宏洲、陈迎春、江晓芬、侯廷永的代表资格有效" (the decision) and "经代表资格审查委员会审查，
 * 张宏洲…的代表资格有效" (the committee's report). One fact per person. The post is the congress printed with it
 * ("…的青浦区第六届人民代表大会代表资格有效"), else the deputy's post the statement names before it ("…当选为青浦区第六届
 * 人民代表大会代表"), else the one in the lines just before.
 */
public final class QualificationRule implements PersonnelRule {

    private static final Pattern VALID = Pattern.compile(CLAUSE_START + "(?:确" + WS + "*认" + WS + "*)?(?<names>" + LIST + ")" + WS + "*的?" + WS
            + "*(?<congress>[^，,；;。！!：:、的]*?人民代表大会)?" + WS + "*代" + WS + "*表" + WS + "*资" + WS + "*格" + WS
            + "*(?:均|的)?" + WS + "*有" + WS + "*效");
    private static final Pattern DEPUTY = Pattern.compile("为" + WS + "*(?<post>[^，,；;。！!：:、为]+?代" + WS + "*表)(?!大会)");

    @Override
    public List<PersonnelFact> apply(Statement statement) {
        String text = statement.masked();
        List<PersonnelFact> facts = new ArrayList<>();
        Matcher m = VALID.matcher(text);
        while (m.find()) {
            String post = m.group("congress") != null ? compact(m.group("congress")) + "代表" : deputyBefore(statement,
                    text.substring(0, m.start()));
            for (PersonName person : NameList.parse(m.group("names")).orElse(List.of())) {
                facts.add(new PersonnelFact(QUALIFICATION_CONFIRMED, person, post, null, null, null,
                        statement.evidence(), statement.lastLine()));
            }
        }
        return facts;
    }

    /** The rule on one line. */
    public List<PersonnelFact> apply(SourceLine line) {
        return apply(Statement.of(line));
    }

    /** The names whose qualification a text states, as printed (whitespace removed): they settle appositions. */
    static Set<String> namesIn(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = VALID.matcher(text);
        while (m.find()) {
            NameList.parse(m.group("names")).ifPresent((list) -> list.forEach((n) -> names.add(n.value())));
        }
        return names;
    }

    private static String deputyBefore(Statement statement, String head) {
        String post = lastDeputy(head);
        for (int i = statement.before().size() - 1; post == null && i >= 0; i--) {
            post = lastDeputy(Statement.maskBookTitles(statement.before().get(i).text()));
        }
        return post; // null: the extractor reports a fact whose post is not stated
    }

    private static String lastDeputy(String text) {
        Matcher m = DEPUTY.matcher(text);
        String last = null;
        while (m.find()) {
            last = compact(m.group("post"));
        }
        return last;
    }

    private static String compact(String text) {
        return text.replaceAll(WS + "+", "");
    }
}
