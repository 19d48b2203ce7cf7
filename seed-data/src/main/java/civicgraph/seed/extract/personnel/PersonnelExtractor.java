package civicgraph.seed.extract.personnel;

import static civicgraph.model.PersonnelEventKind.RESIGNATION_ACCEPTED;
import static civicgraph.model.PersonnelEventKind.RESIGNATION_REQUESTED;

import civicgraph.model.PersonName;
import civicgraph.seed.corpus.Gazette;
import civicgraph.seed.extract.Finding;
import civicgraph.seed.extract.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Personnel events of a gazette (任免名单, 辞职, 自行免除, 补选, 代表资格): runs the rules in order over each body
 * statement and reports what looks like a personnel statement but that no rule could read.
 */
public final class PersonnelExtractor {

    // What a personnel statement starts with, or holds: the lines a silent rule must not lose without a word.
    private static final Pattern LOOKS_PERSONNEL = Pattern.compile("^(?:[^，。；]{0,60}?决定[：:，,]?\\s*)?(?:任\\s*命|免\\s*去)"
            + "|(?<!关于)接\\s*受[^。；]{0,40}?辞\\s*去|自\\s*行\\s*免\\s*除|(?:特|现|请求|申请)\\s*辞\\s*去");

    // Every rule reads a statement holding one of these words; the rest of a gazette (work reports, speeches) is
    // passed over without running every rule on it.
    private static final Pattern MAY_BE_PERSONNEL = Pattern.compile("任\\s*命|免\\s*[去除职]|辞|选|资\\s*格");

    private final List<PersonnelRule> rules = List.of(new AppointmentRule(), new RemovalRule(), new ResignationRule(),
            new ResignationRequestRule(), new TerminationRule(), new ElectionRule(), new QualificationRule());
    private final PostMentionRule postMentions = new PostMentionRule();

    /** Every personnel fact, post mention and finding of {@code gazette}, in line order. Never throws on text. */
    public PersonnelResult extract(Gazette gazette) {
        List<PersonnelFact> facts = new ArrayList<>();
        List<PostMention> mentions = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Statement statement : Statement.split(gazette)) {
            if (!MAY_BE_PERSONNEL.matcher(statement.text()).find()) {
                continue;
            }
            Set<PersonnelFact> read = new LinkedHashSet<>();
            for (PersonnelRule rule : this.rules) {
                read.addAll(rule.apply(statement));
            }
            if (read.isEmpty() && LOOKS_PERSONNEL.matcher(statement.masked()).find()) {
                findings.add(Finding.warning(statement.first(),
                        "personnel statement not understood: " + abbreviated(statement.text())));
            }
            for (PersonnelFact fact : read) {
                if (fact.post() == null || fact.post().isEmpty()) {
                    findings.add(Finding.warning(statement.first(), "%s of %s: the post is not stated"
                        .formatted(fact.kind(), fact.person())));
                }
            }
            facts.addAll(read);
            mentions.addAll(this.postMentions.apply(statement));
        }
        findings.addAll(lettersThatDisagree(facts));
        findings.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new PersonnelResult(facts, mentions, findings);
    }

    /**
     * A letter asking to resign from one post, accepted as a resignation from another ("特辞去宝山区人民政府区长职务"
     * under "关于接受翟磊同志辞去宝山区人民政府副区长职务请求的决定"): both are kept as printed, and the reader is told.
     */
    private static List<Finding> lettersThatDisagree(List<PersonnelFact> facts) {
        Map<PersonName, PersonnelFact> accepted = new LinkedHashMap<>();
        for (PersonnelFact fact : facts) {
            if (fact.kind() == RESIGNATION_ACCEPTED) {
                accepted.putIfAbsent(fact.person(), fact);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (PersonnelFact fact : facts) {
            PersonnelFact decision = accepted.get(fact.person());
            if (fact.kind() == RESIGNATION_REQUESTED && decision != null && fact.post() != null
                    && !fact.post().equals(decision.post())) {
                findings.add(new Finding(Severity.WARNING, fact.evidence().source(),
                        fact.evidence().line(), "resignation letter of %s names %s, the decision (line %d) %s"
                            .formatted(fact.person(), fact.post(), decision.evidence().line(), decision.post())));
            }
        }
        return findings;
    }

    private static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
