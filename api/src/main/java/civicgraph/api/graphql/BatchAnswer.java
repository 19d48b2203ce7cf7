package civicgraph.api.graphql;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The answer a {@code @BatchMapping} gives for every parent of a request at once: a value per parent, or the node
 * each parent refers to by id, found with one lookup of the distinct ids.
 */
public final class BatchAnswer {

    private BatchAnswer() {
    }

    /** A value for each parent, in the parents' order. */
    public static <P, V> Map<P, V> each(List<P> parents, Function<P, V> value) {
        Map<P, V> answer = new LinkedHashMap<>();
        parents.forEach((p) -> answer.put(p, value.apply(p)));
        return answer;
    }

    /** The node each parent refers to (parents without a reference, or with an unknown one, are left out). */
    public static <P, T> Map<P, T> byReference(List<P> parents, Function<P, String> reference,
            Function<Collection<String>, Map<String, T>> lookup) {
        Map<String, T> found = lookup.apply(parents.stream().map(reference).filter(Objects::nonNull).distinct().toList());
        Map<P, T> answer = new LinkedHashMap<>();
        parents.forEach((p) -> {
            String ref = reference.apply(p);
            if (ref != null && found.get(ref) != null) {
                answer.put(p, found.get(ref));
            }
        });
        return answer;
    }
}
