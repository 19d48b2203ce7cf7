package civicgraph.seed.extract.lineage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import civicgraph.model.DocumentKind;
import civicgraph.model.RelType;
import civicgraph.seed.extract.document.DocumentSection;
import civicgraph.seed.extract.document.DocumentTitle;
import civicgraph.seed.extract.document.GazetteOutline;

/**
 * The lineage the titles state: 议案 → 决议/决定, "关于提请审议《…》的议案的说明" EXPLAINS its 议案, "关于《…的议案》的审查结果报告"
 * REVIEWS it, 审议意见 and 调研报告 of a report's subject, "关于落实《…的审议意见》的情况报告" IMPLEMENTS the 审议意见, a 辞职报告
 * REQUESTS the decision accepting it, and any other 《title》 of a corpus document REFERS_TO it.
 */
public final class LineageLinker {

    // The outermost 《…》 of a title: "关于《青浦区人民政府关于提请审议〈…〉的议案》的审查结果报告".
    private static final Pattern NAMED = Pattern.compile("《(?<named>[^》]+)》");

    private static final Set<DocumentKind> REPORTS = EnumSet.of(DocumentKind.REPORT, DocumentKind.WORK_REPORT);

    private LineageLinker() {
    }

    public static List<LineageFact> link(GazetteOutline outline) {
        List<DocumentSection> sections = outline.sections();
        List<LineageFact> facts = new ArrayList<>();
        Map<String, LineageEnd> stubs = new LinkedHashMap<>();
        Set<String> linked = new HashSet<>();
        for (int k = 0; k < sections.size(); k++) {
            DocumentSection s = sections.get(k);
            String core = SubjectCore.of(s.title());
            switch (s.kind()) {
                case MOTION -> best(sections, core, EnumSet.of(DocumentKind.RESOLUTION, DocumentKind.DECISION), s, false)
                    .forEach((d) -> add(facts, linked, RelType.RESULTS_IN, end(s), end(d), s));
                case EXPLANATION -> {
                    String title = DocumentTitle.clean(s.title());
                    if (title.endsWith("议案的说明")) {
                        // "关于提请审议《…》的议案的说明": the motion is named; it may not be printed.
                        String motion = title.substring(0, title.length() - "的说明".length());
                        LineageEnd to = sectionOrStub(sections, motion, DocumentKind.MOTION, stubs);
                        add(facts, linked, RelType.EXPLAINS, end(s), to, s);
                        if (to.stub()) {
                            resultsOfStub(sections, to, s, facts, linked);
                        }
                    }
                    else {
                        best(sections, core, EnumSet.of(DocumentKind.MOTION, DocumentKind.ELECTION_RULES,
                                DocumentKind.REPORT), s, true)
                            .forEach((d) -> add(facts, linked, RelType.EXPLAINS, end(s), end(d), s));
                    }
                }
                case REVIEW_REPORT -> named(s.title()).ifPresent((named) -> {
                    DocumentKind kind = DocumentTitle.kindOf(named).orElse(DocumentKind.REPORT);
                    add(facts, linked, RelType.REVIEWS, end(s), sectionOrStub(sections, named, kind, stubs), s);
                });
                case DELIBERATION_OPINION -> best(sections, core, REPORTS, s, false)
                    .forEach((d) -> add(facts, linked, RelType.REVIEWS, end(s), end(d), s));
                case RESEARCH_REPORT -> best(sections, core, REPORTS, s, false)
                    .forEach((d) -> add(facts, linked, RelType.RESEARCHES, end(s), end(d), s));
                case RESIGNATION_LETTER -> {
                    // The letter is printed under (or just after) the decision that accepts it.
                    for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
                        DocumentSection d = sections.get(j);
                        if (d.kind() == DocumentKind.DECISION && d.title().contains("辞")) {
                            add(facts, linked, RelType.REQUESTS, end(s), end(d), s);
                            break;
                        }
                    }
                }
                default -> {
                }
            }
            var implemented = named(s.title());
            if (REPORTS.contains(s.kind()) && s.title().contains("落实") && implemented.isPresent()
                    && implemented.get().endsWith("审议意见")) {
                add(facts, linked, RelType.IMPLEMENTS, end(s),
                        sectionOrStub(sections, implemented.get(), DocumentKind.DELIBERATION_OPINION, stubs), s);
            }
        }
        // Any other 《title》 of a document printed in the corpus.
        for (DocumentSection s : sections) {
            Matcher m = NAMED.matcher(DocumentTitle.clean(s.title()));
            while (m.find()) {
                String named = m.group("named");
                var kind = DocumentTitle.kindOf(named);
                if (kind.isEmpty()) {
                    continue; // a law or a plan (《上海市生活垃圾管理条例》), not a document of the gazette
                }
                String core = SubjectCore.of(named);
                for (DocumentSection d : sections) {
                    if (d != s && d.kind() == kind.get() && SubjectCore.similar(core, SubjectCore.of(d.title()))
                            && !linked.contains(s.firstLine() + ">" + d.firstLine())) {
                        add(facts, linked, RelType.REFERS_TO, end(s), end(d), s);
                        break;
                    }
                }
            }
        }
        facts.sort((a, b) -> Integer.compare(a.evidence().line(), b.evidence().line()));
        return facts;
    }

    /** The section of {@code kinds} whose subject is closest to {@code core}, if any is close enough. */
    private static List<DocumentSection> best(List<DocumentSection> sections, String core, Set<DocumentKind> kinds,
            DocumentSection self, boolean contained) {
        DocumentSection best = null;
        double bestScore = 0;
        for (DocumentSection d : sections) {
            if (d == self || !kinds.contains(d.kind())) {
                continue;
            }
            String other = SubjectCore.of(d.title());
            // An explanation's subject holds the whole of its draft's ("…补选…代表选举办法（草案）的有关说明"), however long.
            boolean close = contained ? SubjectCore.score(core, other) >= 0.85
                    && SubjectCore.lcs(core, other) >= 0.6 * Math.min(core.length(), other.length())
                    && other.length() <= core.length() + 4 : SubjectCore.similar(core, other);
            double score = SubjectCore.score(core, other);
            if (close && score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best == null ? List.of() : List.of(best);
    }

    /** A 议案 known only from its 说明 still results in the 决议 of its subject adopted at the 说明's session. */
    private static void resultsOfStub(List<DocumentSection> sections, LineageEnd motion, DocumentSection explanation,
            List<LineageFact> facts, Set<String> linked) {
        String core = SubjectCore.of(motion.title());
        for (DocumentSection d : sections) {
            if ((d.kind() == DocumentKind.RESOLUTION || d.kind() == DocumentKind.DECISION) && d.session() != null
                    && d.session().sameSession(explanation.session())
                    && SubjectCore.score(core, SubjectCore.of(d.title())) >= 0.85) {
                add(facts, linked, RelType.RESULTS_IN, motion, end(d), explanation);
            }
        }
    }

    private static LineageEnd sectionOrStub(List<DocumentSection> sections, String named, DocumentKind kind,
            Map<String, LineageEnd> stubs) {
        String core = SubjectCore.of(named);
        DocumentSection best = null;
        double bestScore = 0;
        for (DocumentSection d : sections) {
            String other = SubjectCore.of(d.title());
            if (d.kind() == kind && SubjectCore.similar(core, other) && SubjectCore.score(core, other) > bestScore) {
                best = d;
                bestScore = SubjectCore.score(core, other);
            }
        }
        if (best != null) {
            return end(best);
        }
        return stubs.computeIfAbsent(kind + "/" + core, (key) -> new LineageEnd(DocumentTitle.clean(named), kind, null));
    }

    private static java.util.Optional<String> named(String title) {
        Matcher m = NAMED.matcher(DocumentTitle.clean(title));
        return m.find() ? java.util.Optional.of(m.group("named")) : java.util.Optional.empty();
    }

    private static LineageEnd end(DocumentSection s) {
        return new LineageEnd(s.title(), s.kind(), s.firstLine());
    }

    private static void add(List<LineageFact> facts, Set<String> linked, RelType relation, LineageEnd from,
            LineageEnd to, DocumentSection evidence) {
        String key = (from.stub() ? from.title() : from.firstLine()) + ">" + (to.stub() ? to.title() : to.firstLine());
        if (linked.add(key)) {
            facts.add(new LineageFact(relation, from, to, evidence.evidence()));
        }
    }
}
