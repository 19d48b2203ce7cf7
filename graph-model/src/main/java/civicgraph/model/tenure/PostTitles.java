package civicgraph.model.tenure;

import java.util.List;

/**
 * What a post's title (职务) says about how many hold it: 区长, 院长, 检察长, 主任 are held by one person at a time;
 * 副区长, 委员, 代表, 审判员 by several.
 */
public final class PostTitles {

    // A head's title, one per body. Longer forms first so 主任委员 is read before 主任. 审判长 is absent on purpose:
    // a court has many presiding judges; so are 委员, 代表, 审判员, 检察员 and every other member's title.
    private static final List<String> HEADS = List.of("主任委员", "主任", "区长", "县长", "市长", "镇长", "乡长", "院长",
            "检察长", "庭长", "局长", "秘书长", "主席", "书记", "所长", "部长", "处长", "科长", "行长", "校长", "社长",
            "会长", "馆长", "站长", "队长", "署长", "董事长", "总经理");

    private PostTitles() {
    }

    /** Whether one person at a time holds a post of this title, which may carry its body (宝山区人民政府区长). */
    public static boolean isSingleHolder(String title) {
        if (title == null) {
            return false;
        }
        String post = title.strip();
        for (String head : HEADS) {
            if (post.endsWith(head)) {
                String before = post.substring(0, post.length() - head.length());
                // 副主任, 常务副区长, 副主任委员: a deputy's title ends like the head's, and a body has several
                return !before.endsWith("副");
            }
        }
        return false;
    }
}
