package civicgraph.seed.extract.personnel;

import civicgraph.model.PersonName;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A name with the posts printed before it: "青浦区人大常委会教科文卫工委副主任、侨民宗工委副主任张宏洲",
 * "上海倍丝特储运有限公司法人江晓芬", or a bare "胡世军同志". Nothing marks where the posts end and the name begins, so the
 * name is the 2-4 characters after a title ending (主任, 书记, 法人 …), three tried first as most names have three
 * (so that 副主任任晓东 is 任晓东), unless the statement names the person elsewhere.
 */
record Apposition(PersonName person, List<String> posts) {

    private static final int[] NAME_LENGTHS = {3, 2, 4};

    /**
     * Splits {@code printed}; {@code known} are names the same statement prints on their own ("张宏洲、陈迎春的代表资格
     * 有效"), which settle the split. Empty when no split is sure.
     */
    static Optional<Apposition> of(String printed, Set<String> known) {
        String text = printed.replaceAll(NameList.WS + "+", "");
        if (text.endsWith("同志")) {
            text = text.substring(0, text.length() - 2);
        }
        for (String name : known) {
            if (text.endsWith(name) && text.length() > name.length()) {
                return Optional.of(of(name, text.substring(0, text.length() - name.length())));
            }
        }
        for (int length : NAME_LENGTHS) {
            if (text.length() >= length + 2) {
                String rest = text.substring(0, text.length() - length);
                String name = text.substring(text.length() - length);
                if (PostList.endsInTitle(rest) && NameList.isName(name)) {
                    return Optional.of(of(name, rest));
                }
            }
        }
        return NameList.isName(text) ? Optional.of(new Apposition(PersonName.of(text), List.of())) : Optional.empty();
    }

    private static Apposition of(String name, String posts) {
        return new Apposition(PersonName.of(name), PostList.split(posts));
    }
}
