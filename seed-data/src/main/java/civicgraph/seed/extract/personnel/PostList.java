package civicgraph.seed.extract.personnel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Posts as a statement lists them: "宝山区人民法院审判委员会委员、副庭长" is two posts, one event each; but
 * "教育、科学、文化和卫生委员会委员" is one, whose body's name holds 、. A 、 separates posts only where the text before it
 * ends in a title.
 */
final class PostList {

    // How titles end: 委员 审判员 区长 主任 书记 主席 总经理 法人 负责人 代表 …
    private static final Pattern ENDS_IN_TITLE = Pattern.compile(
            "(?:员|长|主任|官|人|书记|主席|经理|代表|师|院士|教授|总监|董事|监事|总裁|干部|会计|秘书|主管|职工|顾问|专家)$");

    private PostList() {
    }

    /** Each post of a printed list, whitespace removed, a trailing 职务 dropped; empty pieces left out. */
    static List<String> split(String printed) {
        String compact = printed.replaceAll(NameList.WS + "+", "");
        List<String> posts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String piece : compact.split("、", -1)) {
            if (current.length() > 0) {
                current.append('、');
            }
            current.append(dropDuty(piece));
            if (endsInTitle(current.toString())) {
                posts.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            posts.add(current.toString()); // no title at the end: keep it as printed rather than lose it
        }
        posts.removeIf(String::isEmpty);
        return posts;
    }

    static boolean endsInTitle(String text) {
        return ENDS_IN_TITLE.matcher(text).find();
    }

    private static String dropDuty(String piece) {
        return piece.endsWith("职务") ? piece.substring(0, piece.length() - 2) : piece;
    }
}
