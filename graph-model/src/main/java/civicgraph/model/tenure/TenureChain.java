package civicgraph.model.tenure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of holders of a post held by one person at a time ({@link PostTitles#isSingleHolder}: 区长, 院长…).
 *
 * <p>The rule: tenures are ordered by {@link Tenure#spanStart()}, then {@link Tenure#spanEnd()}, and each is the
 * predecessor of the next. Nothing is inferred from gaps or overlaps: a vacancy between two holders, or a handover day
 * both hold, still links them, because the contract asks for the tenure before and after, not for a proof of
 * handover. A tenure with no date cannot be placed and is in no succession. Tenures carry no person, so a person may
 * follow themselves (a second term, or a sighting before their appointment), which is true of the post.
 */
public final class TenureChain {

    private static final Comparator<Tenure> START_ORDER = Comparator.comparing(Tenure::spanStart)
        .thenComparing(Tenure::spanEnd);

    private TenureChain() {
    }

    /** The successions among the tenures of one post, every person's, oldest first. */
    public static List<Succession> link(List<Tenure> tenuresOfOnePost) {
        List<Tenure> placed = tenuresOfOnePost.stream()
            .filter((t) -> t.spanStart() != null)
            .sorted(START_ORDER)
            .toList();
        List<Succession> successions = new ArrayList<>();
        for (int i = 1; i < placed.size(); i++) {
            successions.add(new Succession(placed.get(i - 1), placed.get(i)));
        }
        return List.copyOf(successions);
    }
}
