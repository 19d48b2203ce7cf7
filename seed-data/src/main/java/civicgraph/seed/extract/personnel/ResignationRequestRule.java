package civicgraph.seed.extract.personnel;

import static civicgraph.model.PersonnelEventKind.RESIGNATION_REQUESTED;
import static civicgraph.seed.extract.personnel.NameList.NAME;
import static civicgraph.seed.extract.personnel.NameList.WS;

import civicgraph.model.PersonName;
import civicgraph.seed.corpus.SourceLine;
import civicgraph.seed.extract.text.GazetteDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 辞职报告, the person's own letter: "因工作需要，现请求辞去青浦区第六届人民代表大会代表职务，请予准许。",
 * "根据市委决定，我的工作另有安排，特辞去宝山区人民政府区长职务。" The letter speaks as 我/本人; its signature below
 * ("卢 薪", "申请人：翟磊") names the person and the date under it dates the request. No signature, no fact.
 */
public final class ResignationRequestRule implements PersonnelRule {

    static final Pattern REQUEST = Pattern.compile("(?:特|现|并|故|我|本人|请求|申请|提出)" + WS + "*(?:请求|申请)?" + WS
            + "*辞" + WS + "*去" + WS + "*(?<posts>[^，,；;。！!]+?)" + WS + "*职" + WS + "*务");
    private static final Pattern LABELLED_SIGNATURE = Pattern.compile(
            "^(?:申请人|辞职人|请辞人|报告人|签名|本人)" + WS + "*[：:]" + WS + "*(?<name>" + NAME + ")" + WS + "*$");
    private static final Pattern BARE_SIGNATURE = Pattern.compile("^(?<name>" + NAME + ")$");
    // 因工作需要 / 本人因个人原因 / 我的工作另有安排
    private static final Pattern BECAUSE = Pattern.compile("因" + WS + "*(?<reason>[^，,。；;：:]{2,12}?)" + WS + "*[，,。；;]");
    private static final Pattern OTHER_ARRANGEMENT = Pattern.compile("(?:我的|本人的)?(?<reason>\\p{IsHan}{0,4}另有安排)");

    @Override
    public List<PersonnelFact> apply(Statement statement) {
        String text = statement.masked();
        if (ResignationRule.ACCEPTANCE.matcher(text).find()) {
            return List.of(); // a decision accepting someone's resignation, not the letter
        }
        Matcher m = REQUEST.matcher(text);
        if (!m.find()) {
            return List.of();
        }
        Optional<Signature> signature = signature(statement.after());
        if (signature.isEmpty()) {
            return List.of(); // who asked is unknown: the extractor reports the statement as not understood
        }
        String reason = reason(text);
        List<PersonnelFact> facts = new ArrayList<>();
        for (String post : PostList.split(m.group("posts"))) {
            facts.add(new PersonnelFact(RESIGNATION_REQUESTED, signature.get().person(), post, reason, null,
                    signature.get().date(), statement.evidence(), statement.lastLine()));
        }
        return facts;
    }

    /** The rule on a letter's line and the lines after it. */
    public List<PersonnelFact> apply(SourceLine line, List<SourceLine> after) {
        return apply(new Statement(line, line.number(), line.text().strip(), List.of(), after));
    }

    private record Signature(PersonName person, LocalDate date) {
    }

    /** The first line after the letter that is a name alone or "申请人：name" (a date may stand beside it). */
    private static Optional<Signature> signature(List<SourceLine> after) {
        for (int i = 0; i < after.size(); i++) {
            String text = after.get(i).text().strip();
            Optional<GazetteDate.Found> dateOnLine = GazetteDate.find(text);
            String withoutDate = dateOnLine.map((d) -> text.substring(0, d.startIndex()) + text.substring(d.endIndex()))
                .orElse(text)
                .strip();
            Optional<String> name = signatureName(withoutDate);
            if (name.isEmpty()) {
                continue;
            }
            LocalDate date = dateOnLine.map(GazetteDate.Found::start).orElse(null);
            for (int j = i + 1; date == null && j < after.size() && j <= i + 2; j++) {
                date = GazetteDate.find(after.get(j).text()).map(GazetteDate.Found::start).orElse(null);
            }
            return Optional.of(new Signature(PersonName.of(name.get()), date));
        }
        return Optional.empty();
    }

    private static Optional<String> signatureName(String text) {
        for (Pattern form : List.of(LABELLED_SIGNATURE, BARE_SIGNATURE)) {
            Matcher m = form.matcher(text);
            if (m.matches()) {
                String name = m.group("name").replaceAll(WS + "+", "");
                if (NameList.isName(name)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    static String reason(String text) {
        Matcher because = BECAUSE.matcher(text);
        if (because.find()) {
            return because.group("reason").replaceAll(WS + "+", "");
        }
        Matcher other = OTHER_ARRANGEMENT.matcher(text);
        return other.find() ? other.group("reason") : null;
    }
}
