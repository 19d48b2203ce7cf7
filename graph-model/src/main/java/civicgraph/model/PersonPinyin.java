package civicgraph.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * A person's name in Hanyu Pinyin (拼音), tone marks omitted, for {@code Person.pinyin} and pinyin search: 朱明福 is
 * "zhu ming fu", "zhumingfu", "zmf".
 *
 * @param spaced one syllable per character, separated by spaces: what {@code Person.pinyin} shows
 * @param compact the same without spaces: what a search box receives
 * @param initials the first letter of each syllable: what type-ahead users type
 * @param variants the compact and spaced forms of every reading of a polyphonic name (和 he, huo, hu…), ü written both
 *        v and u, the readings above first; at most {@value #MAX_READINGS} readings
 */
public record PersonPinyin(String spaced, String compact, String initials, Set<String> variants) {

    /** Readings of one name kept among the variants: enough for two polyphonic characters, bounded for the index. */
    public static final int MAX_READINGS = 16;

    // pinyin4j lists a character's readings in no order that favours surnames (曾 [ceng, zeng], 单 [dan, chan, shan]),
    // so a surname's reading is looked up here first. Listed: the surnames whose reading pinyin4j does not give first,
    // or gives among others a name would rarely take.
    private static final Map<String, String> SURNAMES = Map.ofEntries(Map.entry("曾", "zeng"),
            Map.entry("单", "shan"), Map.entry("区", "ou"), Map.entry("仇", "qiu"),
            Map.entry("解", "xie"), Map.entry("朴", "piao"), Map.entry("查", "zha"),
            Map.entry("盖", "ge"), Map.entry("覃", "qin"), Map.entry("尉", "yu"),
            Map.entry("乐", "yue"), Map.entry("翟", "zhai"), Map.entry("柏", "bai"),
            Map.entry("缪", "miao"), Map.entry("万", "wan"), Map.entry("员", "yun"),
            Map.entry("阚", "kan"), Map.entry("能", "nai"), Map.entry("任", "ren"),
            Map.entry("种", "chong"), Map.entry("秘", "bi"), Map.entry("繁", "po"),
            Map.entry("宓", "mi"), Map.entry("都", "du"), Map.entry("贲", "ben"),
            Map.entry("召", "shao"), Map.entry("折", "she"), Map.entry("重", "chong"),
            Map.entry("句", "gou"), Map.entry("莘", "shen"), Map.entry("长", "chang"),
            Map.entry("祭", "zhai"), Map.entry("洗", "xian"), Map.entry("乜", "nie"),
            Map.entry("郇", "huan"), Map.entry("颉", "xie"), Map.entry("沈", "shen"),
            Map.entry("褚", "chu"), Map.entry("车", "che"), Map.entry("薄", "bo"));

    // Two-character surnames (复姓), read as a pair: 尉迟 is yu chi, 万俟 mo qi, 单于 chan yu, 长孙 zhang sun.
    private static final Map<String, String> COMPOUND_SURNAMES = Map.ofEntries(Map.entry("欧阳", "ou yang"),
            Map.entry("司马", "si ma"), Map.entry("上官", "shang guan"), Map.entry("诸葛", "zhu ge"),
            Map.entry("东方", "dong fang"), Map.entry("皇甫", "huang fu"), Map.entry("尉迟", "yu chi"),
            Map.entry("公孙", "gong sun"), Map.entry("令狐", "ling hu"), Map.entry("长孙", "zhang sun"),
            Map.entry("慕容", "mu rong"), Map.entry("宇文", "yu wen"), Map.entry("司徒", "si tu"),
            Map.entry("夏侯", "xia hou"), Map.entry("万俟", "mo qi"), Map.entry("单于", "chan yu"),
            Map.entry("澹台", "tan tai"), Map.entry("端木", "duan mu"), Map.entry("申屠", "shen tu"),
            Map.entry("闻人", "wen ren"), Map.entry("呼延", "hu yan"), Map.entry("南宫", "nan gong"),
            Map.entry("轩辕", "xuan yuan"), Map.entry("左丘", "zuo qiu"), Map.entry("西门", "xi men"),
            Map.entry("太史", "tai shi"), Map.entry("钟离", "zhong li"), Map.entry("濮阳", "pu yang"),
            Map.entry("淳于", "chun yu"), Map.entry("公羊", "gong yang"), Map.entry("赫连", "he lian"));

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V); // ü as v, as pinyin input methods take it: 吕 lv
    }

    public PersonPinyin {
        variants = Collections.unmodifiableSet(new LinkedHashSet<>(variants));
    }

    public static PersonPinyin of(PersonName name) {
        List<List<String>> syllables = syllables(name.value());
        List<String> first = syllables.stream().map((readings) -> readings.get(0)).toList();
        String initials = first.stream()
            .filter((s) -> Character.isLetterOrDigit(s.codePointAt(0)))
            .map((s) -> s.substring(0, Character.charCount(s.codePointAt(0))))
            .collect(Collectors.joining());
        Set<String> variants = new LinkedHashSet<>();
        for (List<String> reading : readings(syllables)) {
            variants.add(String.join("", reading));
            variants.add(String.join(" ", reading));
        }
        return new PersonPinyin(String.join(" ", first), String.join("", first), initials, variants);
    }

    /** Each syllable's readings, the one to show first. */
    private static List<List<String>> syllables(String name) {
        List<List<String>> syllables = new ArrayList<>();
        int[] chars = name.codePoints().toArray();
        int i = 0;
        String compound = chars.length > 2 ? new String(chars, 0, 2) : "";
        if (COMPOUND_SURNAMES.containsKey(compound)) {
            // only before a given name: a two-character 欧阳 is the surname 欧 and the given name 阳
            Arrays.stream(COMPOUND_SURNAMES.get(compound).split(" ")).forEach((s) -> syllables.add(List.of(s)));
            i = 2;
        }
        else if (SURNAMES.containsKey(new String(chars, 0, 1))) { // a PersonName is never blank
            syllables.add(List.of(SURNAMES.get(new String(chars, 0, 1))));
            i = 1;
        }
        while (i < chars.length) {
            int c = chars[i];
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                syllables.add(readingsOf(c));
                i++;
            }
            else if (Character.isLetterOrDigit(c)) {
                // a Latin or digit run stays one word (Mary, 3): it has no syllables to split
                int end = i;
                while (end < chars.length && Character.isLetterOrDigit(chars[end])
                        && Character.UnicodeScript.of(chars[end]) != Character.UnicodeScript.HAN) {
                    end++;
                }
                syllables.add(List.of(new String(chars, i, end - i).toLowerCase()));
                i = end;
            }
            else {
                syllables.add(List.of(Character.toString(c))); // the · of transliterated names stays as printed
                i++;
            }
        }
        return syllables;
    }

    private static List<String> readingsOf(int han) {
        String[] found;
        try {
            found = Character.isBmpCodePoint(han) ? PinyinHelper.toHanyuPinyinStringArray((char) han, FORMAT) : null;
        }
        catch (BadHanyuPinyinOutputFormatCombination impossible) {
            throw new IllegalStateException("pinyin4j rejects lowercase, toneless, ü as v", impossible);
        }
        if (found == null || found.length == 0) {
            return List.of(Character.toString(han)); // beyond pinyin4j's table: shown as printed rather than lost
        }
        // Toneless readings repeat (解 jie3, jie4, xie4); a ü reading is also typed with u (lv, lu).
        Set<String> readings = new LinkedHashSet<>();
        for (String reading : found) {
            readings.add(reading);
            readings.add(reading.replace('v', 'u'));
        }
        return List.copyOf(readings);
    }

    /** The reading combinations, first readings first, the last syllable varying fastest, at most MAX_READINGS. */
    private static List<List<String>> readings(List<List<String>> syllables) {
        List<List<String>> combinations = new ArrayList<>();
        int[] choice = new int[syllables.size()];
        while (combinations.size() < MAX_READINGS) {
            List<String> combination = new ArrayList<>();
            for (int s = 0; s < choice.length; s++) {
                combination.add(syllables.get(s).get(choice[s]));
            }
            combinations.add(combination);
            int s = choice.length - 1;
            while (s >= 0 && ++choice[s] == syllables.get(s).size()) {
                choice[s--] = 0;
            }
            if (s < 0) {
                break;
            }
        }
        return combinations;
    }
}
