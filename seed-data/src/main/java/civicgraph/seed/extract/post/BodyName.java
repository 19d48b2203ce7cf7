package civicgraph.seed.extract.post;

import civicgraph.model.BodyKind;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body's name as printed, "区人大常委会人事工委" / "上海市宝山区人民检察院" / "区发展改革委" / "大场人民法庭", made canonical:
 * abbreviations the genre uses throughout Shanghai expanded, the "上海市" prefix dropped, the district made explicit,
 * the kind assigned and the enclosing body derived from the name's structure.
 */
public final class BodyName {

    /** Shanghai's districts, past and present; other "XX区" forms are read when a body's name follows them. */
    private static final List<String> DISTRICTS = List.of("浦东新区", "黄浦区", "徐汇区", "长宁区", "静安区", "普陀区",
            "虹口区", "杨浦区", "闵行区", "宝山区", "嘉定区", "金山区", "松江区", "青浦区", "奉贤区", "崇明区", "闸北区",
            "卢湾区", "南汇区", "崇明县");

    private static final Pattern OTHER_DISTRICT = Pattern.compile(
            "^(\\p{IsHan}{2,3}(?:新区|区|县))(?=人大|人民|政府|法院|检察院|监察|监委|第|$)");

    // "第六届", "十五届": the term says when, not which body.
    private static final Pattern TERM = Pattern.compile("第?[0-9一二三四五六七八九十百零〇两]+届");

    // A town or subdistrict, when what follows is its own organ or nothing: keeps 城乡 in 住房和城乡建设… out.
    private static final Pattern TOWN = Pattern.compile(
            "^(\\p{IsHan}{1,4}?(?:镇|乡)|\\p{IsHan}{1,5}?街道)(?<rest>|人大|人民代表大会|人民政府|政府|办事处|街道办事处)$");

    /** Abbreviations at the head of a district body's name; the longest is tried first. */
    private static final Map<String, String> HEADS = ordered(
            "人大常委会", "人民代表大会常务委员会",
            "常委会", "人民代表大会常务委员会",
            "人大", "人民代表大会",
            "政府", "人民政府",
            "法院", "人民法院",
            "检察院", "人民检察院",
            "监委", "监察委员会");

    /** Short names of Shanghai district departments and committees that do not follow the "…委"/"…办" pattern. */
    private static final Map<String, String> SHORT_NAMES = ordered(
            "发展改革委", "发展和改革委员会",
            "发改委", "发展和改革委员会",
            "建设管理委", "建设和管理委员会",
            "建管委", "建设和管理委员会",
            "科委", "科学技术委员会",
            "经委", "经济委员会",
            "国资委", "国有资产监督管理委员会",
            "财经委", "财政经济委员会",
            "规划资源局", "规划和自然资源局",
            "市场监管局", "市场监督管理局",
            "文化旅游局", "文化和旅游局",
            "文旅局", "文化和旅游局",
            "人力资源社会保障局", "人力资源和社会保障局",
            "人社局", "人力资源和社会保障局",
            "住房保障房屋管理局", "住房保障和房屋管理局",
            "房管局", "住房保障和房屋管理局",
            "绿化市容局", "绿化和市容管理局",
            "残联", "残疾人联合会");

    private static final Pattern PARTY_ORGAN = Pattern.compile("(?:党委|党工委|党总支|党支部|党组)$");

    private static final Pattern DEPARTMENT = Pattern.compile(".*(?:局|委员会|委|办公室|办|中心|署)$");

    private BodyName() {
    }

    /**
     * The canonical body for {@code raw}; a district-relative form ("区…", or a name with no district at all) takes
     * {@code gazetteDistrict} ("宝山区"; may be null, then the written "区" stays).
     */
    public static CanonicalBody canonical(String raw, String gazetteDistrict) {
        String written = PostTitles.squeeze(raw == null ? "" : raw).replaceAll("[。；;，,：:]+$", "");
        String s = withoutTerm(written);
        String district;
        boolean municipal = false;
        if (s.startsWith("上海市")) {
            s = s.substring(3);
            municipal = true;
        }
        Optional<String> named = districtAtHead(s);
        if (named.isPresent()) {
            district = named.get();
            s = s.substring(district.length());
        }
        else if (municipal) {
            district = "上海市";
        }
        else if (s.startsWith("市") && startsWithOrgan(s.substring(1))) {
            district = "上海市";
            s = s.substring(1);
        }
        else if (s.startsWith("区") && !s.startsWith("区县")) {
            district = gazetteDistrict;
            s = s.substring(1);
            if (district == null) {
                district = null;
                s = "区" + s; // no district to put in: the written form is all there is
            }
        }
        else {
            district = gazetteDistrict; // 人大常委会, 杨行镇: the gazette's own district
        }
        String prefix = district == null ? "" : district;
        Set<String> aliases = new LinkedHashSet<>();
        aliases.add(written);
        return structure(prefix, s, district, aliases);
    }

    /** The district a text names first ("上海市宝山区人民代表大会常务委员会公报" → 宝山区), if any. */
    public static Optional<String> districtOf(String text) {
        String s = PostTitles.squeeze(text == null ? "" : text);
        int best = -1;
        String found = null;
        for (String district : DISTRICTS) {
            int at = s.indexOf(district);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
                found = district;
            }
        }
        if (found != null) {
            return Optional.of(found);
        }
        Matcher m = Pattern.compile("(\\p{IsHan}{2,3}(?:新区|区|县))(?=人大|人民|政府)").matcher(s.replaceFirst("^上海市", ""));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * When {@code bodyPart} names a district and nothing else ("宝山区", "区", "", "青浦区第六届"), that district
     * ("区" and "" give {@code gazetteDistrict}, or "区" when there is none).
     */
    static Optional<String> bareDistrict(String bodyPart, String gazetteDistrict) {
        String s = withoutTerm(PostTitles.squeeze(bodyPart)).replaceFirst("^上海市", "");
        if (s.isEmpty() || s.equals("区")) {
            return Optional.of(gazetteDistrict == null ? "区" : gazetteDistrict);
        }
        return districtAtHead(s).filter(s::equals);
    }

    static String withoutTerm(String text) {
        return TERM.matcher(text).replaceAll("");
    }

    private static CanonicalBody structure(String prefix, String core, String district, Set<String> aliases) {
        String s = expandHead(core);
        String congress = prefix + "人民代表大会";
        String standing = congress + "常务委员会";
        if (s.startsWith("人民代表大会常务委员会")) {
            String rest = expandCommittee(s.substring("人民代表大会常务委员会".length()));
            if (rest.isEmpty()) {
                return new CanonicalBody(standing, BodyKind.STANDING_COMMITTEE, congress, aliases, district);
            }
            BodyKind kind = rest.equals("主任会议") ? BodyKind.CHAIRPERSONS_MEETING
                    : rest.endsWith("工作委员会") ? BodyKind.WORKING_COMMITTEE
                    : rest.endsWith("委员会") ? BodyKind.SPECIAL_COMMITTEE : BodyKind.OTHER;
            return new CanonicalBody(standing + rest, kind, standing, aliases, district);
        }
        if (s.startsWith("人民代表大会")) {
            String rest = expandCommittee(s.substring("人民代表大会".length()));
            if (rest.isEmpty()) {
                return new CanonicalBody(congress, BodyKind.CONGRESS, null, aliases, district);
            }
            BodyKind kind = rest.endsWith("委员会") ? BodyKind.SPECIAL_COMMITTEE : BodyKind.OTHER;
            return new CanonicalBody(congress + rest, kind, congress, aliases, district);
        }
        if (s.startsWith("人民政府")) {
            String government = prefix + "人民政府";
            String rest = s.substring("人民政府".length());
            if (rest.isEmpty()) {
                return new CanonicalBody(government, BodyKind.GOVERNMENT, null, aliases, district);
            }
            return new CanonicalBody(government + expandDepartment(rest), BodyKind.GOVERNMENT_DEPARTMENT, government,
                    aliases, district);
        }
        if (s.startsWith("人民法院")) {
            String court = prefix + "人民法院";
            String rest = s.substring("人民法院".length());
            if (rest.isEmpty()) {
                return new CanonicalBody(court, BodyKind.COURT, null, aliases, district);
            }
            BodyKind kind = rest.endsWith("人民法庭") ? BodyKind.TRIBUNAL : BodyKind.OTHER;
            return new CanonicalBody(court + rest, kind, court, aliases, district);
        }
        if (s.startsWith("人民检察院")) {
            String procuratorate = prefix + "人民检察院";
            String rest = s.substring("人民检察院".length());
            return rest.isEmpty() ? new CanonicalBody(procuratorate, BodyKind.PROCURATORATE, null, aliases, district)
                    : new CanonicalBody(procuratorate + rest, BodyKind.OTHER, procuratorate, aliases, district);
        }
        if (s.startsWith("监察委员会")) {
            String commission = prefix + "监察委员会";
            String rest = s.substring("监察委员会".length());
            return rest.isEmpty()
                    ? new CanonicalBody(commission, BodyKind.SUPERVISORY_COMMISSION, null, aliases, district)
                    : new CanonicalBody(commission + rest, BodyKind.OTHER, commission, aliases, district);
        }
        if (s.endsWith("人民法庭")) {
            // "大场人民法庭" on its own: a tribunal of the district's court
            String court = prefix + "人民法院";
            return new CanonicalBody(court + s, BodyKind.TRIBUNAL, court, aliases, district);
        }
        Matcher town = TOWN.matcher(s);
        if (town.matches()) {
            String townName = prefix + town.group(1);
            String organ = expandHead(town.group("rest"));
            if (organ.isEmpty()) {
                return new CanonicalBody(townName, BodyKind.TOWN, null, aliases, district);
            }
            BodyKind kind = organ.equals("人民代表大会") ? BodyKind.CONGRESS
                    : organ.equals("人民政府") ? BodyKind.GOVERNMENT : BodyKind.OTHER;
            return new CanonicalBody(townName + organ, kind, townName, aliases, district);
        }
        if (PARTY_ORGAN.matcher(s).find()) {
            // 街道党工委, 村党总支: the Party's organs are not departments of the government, and 党工委 is no "…委员会"
            return new CanonicalBody(prefix + s, BodyKind.OTHER, null, aliases, district);
        }
        String expanded = expandDepartment(s);
        if (SHORT_NAMES.containsKey(s) && !DEPARTMENT.matcher(expanded).matches()) {
            return new CanonicalBody(prefix + expanded, BodyKind.OTHER, null, aliases, district); // 残联
        }
        if (!s.isEmpty() && DEPARTMENT.matcher(expanded).matches()) {
            String government = prefix + "人民政府";
            return new CanonicalBody(prefix + expanded, BodyKind.GOVERNMENT_DEPARTMENT, government, aliases, district);
        }
        return new CanonicalBody(prefix + s, BodyKind.OTHER, null, aliases, district);
    }

    private static String expandHead(String s) {
        for (Map.Entry<String, String> head : HEADS.entrySet()) {
            if (s.startsWith(head.getKey()) && !s.startsWith(head.getValue())) {
                return head.getValue() + s.substring(head.getKey().length());
            }
        }
        return s;
    }

    /** "人事工委" → 人事工作委员会, "财经委" → 财政经济委员会; a written 委员会 stays as it is. */
    private static String expandCommittee(String rest) {
        if (SHORT_NAMES.containsKey(rest)) {
            return SHORT_NAMES.get(rest);
        }
        if (rest.endsWith("工委") && rest.length() >= 4) { // 人事工委; but 专工委 is 专门委员会和工作委员会 together
            return rest.substring(0, rest.length() - 2) + "工作委员会";
        }
        return rest;
    }

    /** "发展改革委" → 发展和改革委员会, "交通委" → 交通委员会, "办" → 办公室. */
    private static String expandDepartment(String rest) {
        if (SHORT_NAMES.containsKey(rest)) {
            return SHORT_NAMES.get(rest);
        }
        if (rest.endsWith("委") && !rest.endsWith("委员会")) {
            return rest + "员会";
        }
        if (rest.endsWith("办")) {
            return rest + "公室";
        }
        return rest;
    }

    private static Optional<String> districtAtHead(String s) {
        for (String district : DISTRICTS) {
            if (s.startsWith(district)) {
                return Optional.of(district);
            }
        }
        Matcher m = OTHER_DISTRICT.matcher(s);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static boolean startsWithOrgan(String s) {
        return s.startsWith("人大") || s.startsWith("人民") || s.startsWith("政府") || s.startsWith("法院")
                || s.startsWith("检察院") || s.startsWith("监委") || s.startsWith("监察");
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
