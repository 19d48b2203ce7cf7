package civicgraph.seed.extract.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import civicgraph.model.DocumentKind;
import civicgraph.model.Evidence;
import civicgraph.seed.corpus.Gazette;
import civicgraph.seed.corpus.SourceLine;
import civicgraph.seed.extract.document.DocumentSection;
import civicgraph.seed.extract.document.GazetteOutline;
import civicgraph.seed.extract.text.ChineseNumeral;
import civicgraph.seed.extract.text.GazetteDate;

/**
 * The sessions of a gazette: every session the body names ("区六届人大三次会议", "青浦区第六届人大常委会第十三次会议"), with
 * the days it sat (from "（2023 年 7 月 19 日…第十三次会议通过）", "——2023 年 7 月 25 日在…会议上", "于2024年1月16日至18日召开")
 * and its 议题 items ("1. 听取…的报告；", "- 2.审议…").
 */
public final class SessionExtractor {

    // "1. 听取…；", "- 2.审议表决…", "10. 听取和审议…。": one numbered item per line.
    // "1．听取…", "- 1.选举…", and "一、审议…" where the items are numbered in Chinese numerals.
    private static final Pattern AGENDA_ITEM = Pattern.compile(
            "^(?:[-*]\\s*)?(?<n>\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*[.、．]\\s*(?<text>.+?)[；;。.]?$");

    private static final Pattern CONVENED = Pattern.compile("召开|举行");

    private SessionExtractor() {
    }

    /** Every session named in the body, one mention per session per line, in line order. */
    public static List<SessionMention> mentions(Gazette gazette, GazetteOutline outline) {
        int bodyStart = outline.sections().isEmpty() ? 1 : outline.sections().get(0).firstLine();
        Map<String, SessionMention> byLineAndKey = new LinkedHashMap<>();
        for (SourceLine line : gazette.sourceLines()) {
            if (line.number() < bodyStart) {
                continue; // the 目录 repeats the titles; their sessions are named again in the body
            }
            for (SessionRef ref : SessionRef.findAll(line, outline.district())) {
                byLineAndKey.putIfAbsent(line.number() + "@" + ref.key(), new SessionMention(ref, line.evidence()));
            }
        }
        for (DocumentSection section : outline.sections()) {
            // A subtitle broken over lines ("…常务委员会" / "第十三次会议通过") names its session only when joined.
            SessionRef ref = section.session();
            if (ref != null) {
                byLineAndKey.putIfAbsent(ref.evidence().line() + "@" + ref.key(), new SessionMention(ref, ref.evidence()));
            }
        }
        List<SessionMention> all = new ArrayList<>(byLineAndKey.values());
        all.sort((a, b) -> Integer.compare(a.evidence().line(), b.evidence().line()));
        return all;
    }

    /** One {@link Session} per distinct session named in the body, in order of first mention. */
    public static List<Session> sessions(Gazette gazette, GazetteOutline outline) {
        List<SessionMention> mentions = mentions(gazette, outline);
        Map<String, Builder> sessions = new LinkedHashMap<>();
        for (SessionMention mention : mentions) {
            sessions.computeIfAbsent(mention.ref().key(), (k) -> new Builder(mention.ref(), mention.evidence()));
        }
        for (DocumentSection section : outline.sections()) {
            if (section.session() != null && section.date() != null) {
                sessions.get(section.session().key()).add(section.date(), section.date());
            }
            if (section.kind() == DocumentKind.AGENDA && section.session() != null) {
                Builder session = sessions.get(section.session().key());
                for (int n = section.firstLine() + 1; n <= section.lastLine(); n++) {
                    Matcher item = AGENDA_ITEM.matcher(gazette.line(n).text().strip());
                    if (item.matches()) {
                        session.agenda.add(new AgendaItem(ChineseNumeral.parse(item.group("n")).orElseThrow(),
                                item.group("text").strip(),
                                gazette.line(n).evidence()));
                    }
                }
            }
        }
        for (SessionMention mention : mentions) {
            // "…第三十八次会议决定：青浦区第五届人民代表大会第七次会议于2021年1月19日至1月21日召开": the days belong to
            // the session named last before the date.
            String text = mention.evidence().quote().replaceAll("[\\s\\u3000]+", "");
            if (!CONVENED.matcher(text).find()) {
                continue;
            }
            for (GazetteDate.Found found : GazetteDate.findAll(text)) {
                SessionRef before = null;
                int at = -1;
                for (SessionRef ref : SessionRef.findAll(text, mention.evidence(), outline.district())) {
                    int index = text.indexOf(ref.text());
                    if (index >= 0 && index < found.startIndex() && index > at) {
                        at = index;
                        before = ref;
                    }
                }
                if (before != null && before.key().equals(mention.ref().key())
                        && text.substring(found.endIndex()).matches("^(?:[在于]\\S{0,20})?(?:召开|举行).*")) {
                    sessions.get(mention.ref().key()).add(found.start(), found.end());
                }
            }
        }
        return sessions.values().stream().map(Builder::build).toList();
    }

    private static final class Builder {
        final SessionRef ref;
        final Evidence evidence;
        final List<AgendaItem> agenda = new ArrayList<>();
        LocalDate start;
        LocalDate end;

        Builder(SessionRef ref, Evidence evidence) {
            this.ref = ref;
            this.evidence = evidence;
        }

        void add(LocalDate from, LocalDate to) {
            if (this.start == null || from.isBefore(this.start)) {
                this.start = from;
            }
            if (this.end == null || to.isAfter(this.end)) {
                this.end = to;
            }
        }

        Session build() {
            return new Session(this.ref, this.start, this.end, this.agenda, this.evidence);
        }
    }
}
