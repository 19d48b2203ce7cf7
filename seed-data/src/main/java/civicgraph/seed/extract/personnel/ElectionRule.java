package civicgraph.seed.extract.personnel;

import static civicgraph.model.PersonnelEventKind.ELECTED;
import static civicgraph.seed.extract.personnel.NameList.CLAUSE_START;
import static civicgraph.seed.extract.personnel.NameList.LIST;
import static civicgraph.seed.extract.personnel.NameList.WS;

import civicgraph.model.PersonName;
import civicgraph.seed.corpus.SourceLine;
import civicgraph.seed.extract.text.ChineseNumeral;
import civicgraph.seed.extract.text.GazetteDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Elections that happened: "2023年6月16日，第6选区补选青浦区人大常委会教科文卫工委副主任、侨民宗工委副主任张宏洲为青浦区
 * 第六届人民代表大会代表；" (a 补选 with its electoral district or date) and "经第 6 选区…于 2023 年 6 月 16 日直接选举，
 * 张宏洲、陈迎春当选为青浦区第六届人民代表大会代表". A motion or a 选举办法 only proposes an election ("…会议补选胡世军
 * 同志为上海市第十六届人民代表大会代表。" with neither district nor date, "建议补选…", "始得当选"): no fact.
 */
public final class ElectionRule implements PersonnelRule {

    static final String DISTRICT = "第" + WS + "*(?<number>[0-9０-９〇零一二三四五六七八九十百两]+)" + WS + "*选" + WS + "*区";
    /** "[第6选区]补选 [posts] name 为 post": the name may hold 为 (王为民), the post may not and runs to the clause end. */
    static final Pattern BY_ELECTION = Pattern.compile("(?:" + DISTRICT + ")?" + WS + "*补" + WS + "*选" + WS
            + "*(?<who>[^，,；;。！!：:]+?)" + WS + "*为" + WS + "*(?<post>[^，,；;。！!：:为]+)(?=[，,；;。！!：:]|$)");
    private static final Pattern ELECTED_AS = Pattern.compile(CLAUSE_START + "(?<names>" + LIST + ")" + WS
            + "*(?:均|分别)?" + WS + "*当" + WS + "*选" + WS + "*为" + WS + "*(?<post>[^，,；;。！!：:]+)");
    private static final Pattern ANY_DISTRICT = Pattern.compile(DISTRICT);
    // Words that make a 补选 a proposal, not a fact: 建议补选, 拟补选, 提名…补选, 决定补选 (a session to come).
    private static final Pattern PROPOSAL = Pattern.compile("建议|拟|提名|推荐|决定|关于|候选|提请|将");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！!？?]");

    @Override
    public List<PersonnelFact> apply(Statement statement) {
        String text = statement.masked();
        List<PersonnelFact> facts = new ArrayList<>();
        Set<String> known = QualificationRule.namesIn(text);
        Matcher by = BY_ELECTION.matcher(text);
        while (by.find()) {
            Optional<ByElection> election = byElection(text, by, known);
            election.ifPresent((e) -> facts.add(new PersonnelFact(ELECTED, e.apposition().person(), e.post(), null,
                    e.district(), e.date(), statement.evidence(), statement.lastLine())));
        }
        Matcher as = ELECTED_AS.matcher(text);
        while (as.find()) {
            List<PersonName> people = NameList.parse(as.group("names")).orElse(List.of());
            String sentence = sentenceBefore(text, as.start());
            List<String> districts = districtsIn(sentence);
            LocalDate date = lastDate(sentence);
            String post = compact(as.group("post"));
            for (int i = 0; i < people.size(); i++) {
                // "经第 6 选区、第 53 选区…选举，张宏洲、陈迎春…当选为": districts and names pair up in order.
                String district = districts.size() == people.size() ? districts.get(i)
                        : districts.size() == 1 ? districts.get(0) : null;
                facts.add(new PersonnelFact(ELECTED, people.get(i), post, null, district, date, statement.evidence(),
                        statement.lastLine()));
            }
        }
        return facts;
    }

    /** The rule on one line. */
    public List<PersonnelFact> apply(SourceLine line) {
        return apply(Statement.of(line));
    }

    /** A 补选 as a fact: who, as what, where and when. */
    record ByElection(Apposition apposition, String post, String district, LocalDate date) {
    }

    /** The 补选 at {@code m}, when it states an election that happened. */
    static Optional<ByElection> byElection(String text, Matcher m, Set<String> known) {
        String sentence = sentenceBefore(text, m.start());
        String clause = sentence.substring(Math.max(0, lastIndexOfAny(sentence, "，,；;：:") + 1));
        if (PROPOSAL.matcher(clause).find()) {
            return Optional.empty();
        }
        String district = m.group("number") != null ? district(m.group("number")) : null;
        LocalDate date = lastDate(sentence);
        if (district == null && date == null) {
            return Optional.empty(); // "…会议补选胡世军同志为…代表": a motion, the election still to come
        }
        String post = compact(m.group("post"));
        if (!PostList.endsInTitle(post)) {
            return Optional.empty();
        }
        return Apposition.of(m.group("who"), known).map((a) -> new ByElection(a, post, district, date));
    }

    private static String sentenceBefore(String text, int index) {
        String head = text.substring(0, index);
        Matcher end = SENTENCE_END.matcher(head);
        int start = 0;
        while (end.find()) {
            start = end.end();
        }
        return head.substring(start);
    }

    private static int lastIndexOfAny(String text, String chars) {
        int last = -1;
        for (char c : chars.toCharArray()) {
            last = Math.max(last, text.lastIndexOf(c));
        }
        return last;
    }

    private static LocalDate lastDate(String text) {
        List<GazetteDate.Found> dates = GazetteDate.findAll(text);
        return dates.isEmpty() ? null : dates.get(dates.size() - 1).start();
    }

    private static List<String> districtsIn(String text) {
        List<String> districts = new ArrayList<>();
        Matcher m = ANY_DISTRICT.matcher(text);
        while (m.find()) {
            districts.add(district(m.group("number")));
        }
        return districts;
    }

    /** "第 6 选区", "第六选区", "第６选区" are one district: "第6选区". */
    static String district(String number) {
        var value = ChineseNumeral.parse(number.replaceAll(WS + "+", ""));
        return "第" + (value.isPresent() ? Integer.toString(value.getAsInt()) : number) + "选区";
    }

    private static String compact(String text) {
        return text.replaceAll(WS + "+", "");
    }
}
