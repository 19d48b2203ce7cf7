package civicgraph.seed.extract.post;

import civicgraph.model.PersonName;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The titles of the genre ("副区长", "主任委员", "审判委员会委员", "二级调研员" ...), and the split of the run-together
 * forms "副区长朱众伟" / "区交通委主任雷宏" into organisation, title and name.
 */
public final class PostTitles {

    /** The titles, longest first, so that 副主任委员 wins over 主任委员, 委员 and 主任. */
    private static final List<String> TITLES = Stream.of(
            // People's congress and its standing committee
            "主任", "副主任", "委员", "主任委员", "副主任委员", "秘书长", "副秘书长", "代表", "专职委员",
            // government
            "区长", "副区长", "常务副区长", "区长助理", "县长", "副县长", "镇长", "副镇长", "乡长", "副乡长",
            "局长", "副局长", "主席", "副主席", "理事长", "副理事长", "常务副理事长", "会长", "副会长", "书记", "副书记",
            "组长", "副组长", "馆长", "副馆长", "总工程师", "总经济师", "总会计师",
            // civil-service ranks printed as titles in 列席 lists
            "一级巡视员", "二级巡视员", "巡视员", "副巡视员", "一级调研员", "二级调研员", "三级调研员", "四级调研员",
            "调研员", "副调研员", "一级主任科员", "二级主任科员", "三级主任科员", "四级主任科员", "主任科员", "副主任科员",
            // courts
            "院长", "副院长", "庭长", "副庭长", "审判员", "助理审判员", "审判委员会委员", "执行局局长", "执行局副局长",
            "人民陪审员",
            // procuratorates
            "检察长", "副检察长", "检察员", "检察委员会委员", "检察委员会专职委员")
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .toList();

    // A name is 2 to 4 Han characters: the bound is what keeps the title out of the name.
    private static final Pattern NAME = Pattern.compile("\\p{IsHan}{2,4}");

    private PostTitles() {
    }

    /** Every known title, longest first. */
    public static List<String> all() {
        return TITLES;
    }

    /** Whether {@code title} (whitespace ignored) is a known title. */
    public static boolean isTitle(String title) {
        return TITLES.contains(squeeze(title));
    }

    /** The longest known title that ends {@code post} ("宝山区人民政府副区长" → 副区长), if any. */
    public static Optional<String> suffixOf(String post) {
        String s = squeeze(post);
        return TITLES.stream().filter(s::endsWith).findFirst();
    }

    /**
     * "副区长朱众伟" → (null, 副区长, 朱众伟); "区交通委主任雷宏" → (区交通委, 主任, 雷宏). The name is the 2-4 Han characters
     * after a known title; a three-character name is tried first, as it is the commonest, then two and four.
     */
    public static Optional<TitledName> split(String titleAndName) {
        String s = squeeze(titleAndName);
        for (int nameLength : new int[] { 3, 2, 4 }) {
            if (s.length() <= nameLength) {
                continue;
            }
            String name = s.substring(s.length() - nameLength);
            String before = s.substring(0, s.length() - nameLength);
            if (!NAME.matcher(name).matches()) {
                continue;
            }
            Optional<String> title = suffixOf(before);
            if (title.isPresent()) {
                String organisation = before.substring(0, before.length() - title.get().length());
                return Optional.of(new TitledName(organisation.isEmpty() ? null : organisation, title.get(),
                        PersonName.of(name)));
            }
        }
        return Optional.empty();
    }

    static String squeeze(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]+", "");
    }

    /** A person named after a title, and the organisation written before it (null when none was). */
    public record TitledName(String organisation, String title, PersonName name) {
    }
}
