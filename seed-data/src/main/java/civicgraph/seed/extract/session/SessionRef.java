package civicgraph.seed.extract.session;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import civicgraph.model.BodyKind;
import civicgraph.model.Evidence;
import civicgraph.seed.corpus.SourceLine;
import civicgraph.seed.extract.text.ChineseNumeral;

/**
 * A session named in the text: "青浦区第六届人大常委会第十三次会议", "区六届人大三次会议", "宝山区九届人大常委会第十三次会议",
 * "上海市宝山区第九届人民代表大会第四次会议", "第 30 次主任会议". Term and number are null only when the text omits them.
 */
public record SessionRef(String district, BodyKind body, Integer term, Integer number, String text, Evidence evidence) {

    private static final String NUM = "[0-9０-９〇零一二三四五六七八九十百两]+";

    // Shanghai districts are two characters and 区/新区/县 (青浦区, 浦东新区, 崇明县); a bare 区 is the gazette's own
    // district. The characters excluded are the words that stand before a bare 区 in running text ("在区五届", "根据区
    // 六届", "提请区第六届"); 行 and 定 stay allowed for 闵行区 and 嘉定区.
    /** A district name in running text: two characters and 区/新区/县, no function word among them. */
    public static final String DISTRICT = "[\\p{IsHan}&&[^在于和及与的经由为是对向将了之本该全各好照据理就现统关开召决实从至把被给同请提报审议听取按执落办系市届第会次年月日]]{2}(?:新区|区|县)";

    // The term must follow 区/县 (district or bare): "市十六届人大一次会议" and "十四届全国人大" are not district sessions.
    private static final Pattern SESSION = Pattern.compile("(?:上海市)?(?<district>" + DISTRICT + "|区|县)第?(?<term>"
            + NUM + ")届(?:(?<standing>人民代表大会常务委员会|人大常委会)|(?<congress>人民代表大会|人大))第?(?<number>" + NUM
            + ")次(?<chair>主任会议)?(?:会议)?(?:[(（]扩大[)）])?");

    public SessionRef {
        if (body == null) {
            throw new IllegalArgumentException("a session belongs to a body");
        }
    }

    /** Every session named in {@code line}; a bare 区 ("区五届人大常委会…") is {@code gazetteDistrict}. */
    public static List<SessionRef> findAll(SourceLine line, String gazetteDistrict) {
        return findAll(line.text(), line.evidence(), gazetteDistrict);
    }

    /**
     * Every session named in {@code text}, which may join several printed lines ("…常务委员会" / "第十三次会议通过"); the
     * evidence is the first of them. PDF whitespace is ignored.
     */
    public static List<SessionRef> findAll(String text, Evidence evidence, String gazetteDistrict) {
        String compact = text.replaceAll("[\\s\\u3000]+", "");
        List<SessionRef> found = new ArrayList<>();
        Matcher m = SESSION.matcher(compact);
        while (m.find()) {
            String district = m.group("district");
            int at = m.start("district");
            // Another district than the gazette's is believed only where a name can start: at the start, after 上海市
            // or after punctuation, not inside a run of words.
            boolean standsAlone = at == 0 || !Character.isIdeographic(compact.codePointAt(at - 1))
                    || at >= 3 && compact.startsWith("上海市", at - 3);
            if (district.length() == 1 || (!district.equals(gazetteDistrict) && !standsAlone)) {
                // "基本完成区五届人大七次会议": the two characters before 区 are words, not a district's name.
                district = gazetteDistrict;
            }
            BodyKind body = m.group("chair") != null ? BodyKind.CHAIRPERSONS_MEETING
                    : m.group("standing") != null ? BodyKind.STANDING_COMMITTEE : BodyKind.CONGRESS;
            Integer term = number(m.group("term"));
            Integer number = number(m.group("number"));
            if (term == null || number == null) {
                continue; // "第百次" and the like: not a number we can key a session on
            }
            found.add(new SessionRef(district, body, term, number, m.group(), evidence));
        }
        return found;
    }

    /** The identity of the session, evidence aside: two mentions of one session are equal keys. */
    public String key() {
        return this.district + "/" + this.body + "/" + this.term + "/" + this.number;
    }

    /** Whether both name the same session. */
    public boolean sameSession(SessionRef other) {
        return other != null && key().equals(other.key());
    }

    private static Integer number(String text) {
        var value = ChineseNumeral.parse(text);
        return value.isPresent() ? value.getAsInt() : null;
    }
}
