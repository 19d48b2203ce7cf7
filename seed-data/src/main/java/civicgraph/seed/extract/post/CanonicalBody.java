package civicgraph.seed.extract.post;

import civicgraph.model.BodyKind;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A body under its full name ("宝山区人民代表大会常务委员会人事工作委员会"), with its kind, the body it is part of
 * (null for a top-level body), the forms it was written in ("区人大常委会人事工委"), and its district ("宝山区", or
 * "上海市" for a municipal body; null when the text names none and no gazette district was given).
 */
public record CanonicalBody(String name, BodyKind kind, String parentName, Set<String> aliases, String district) {

    public CanonicalBody {
        aliases = Collections.unmodifiableSet(new LinkedHashSet<>(aliases)); // keeps the written order: deterministic
    }
}
