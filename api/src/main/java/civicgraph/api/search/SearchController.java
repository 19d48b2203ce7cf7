package civicgraph.api.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import civicgraph.api.graphql.InvalidArgumentException;
import civicgraph.api.node.NodeLookup;
import civicgraph.model.Label;
import civicgraph.model.NodeId;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code search(text, first)}: people, bodies, sessions and documents, best first, one lookup per label. */
@Controller
class SearchController {

    static final int MAX_FIRST = 100;

    private final SearchQueries search;

    private final Map<Label, NodeLookup> lookups = new EnumMap<>(Label.class);

    SearchController(SearchQueries search, List<NodeLookup> lookups) {
        this.search = search;
        lookups.forEach((l) -> this.lookups.put(l.label(), l));
    }

    @QueryMapping
    List<Object> search(@Argument String text, @Argument Integer first) {
        int limit = (first == null) ? 20 : first;
        if (limit < 0 || limit > MAX_FIRST) {
            throw new InvalidArgumentException("first", first, "is outside 0.." + MAX_FIRST);
        }
        if (text == null || text.isBlank()) {
            throw new InvalidArgumentException("text", "\"" + text + "\"", "must contain something to search for");
        }
        List<String> ranked = this.search.rankAll(text).stream().limit(limit).toList();
        Map<Label, List<String>> byLabel = new EnumMap<>(Label.class);
        for (String id : ranked) {
            NodeId.parse(id).ifPresent((nodeId) -> byLabel.computeIfAbsent(nodeId.label(), (l) -> new ArrayList<>()).add(id));
        }
        Map<String, Object> found = new HashMap<>();
        byLabel.forEach((label, ids) -> {
            NodeLookup lookup = this.lookups.get(label);
            if (lookup != null) {
                found.putAll(lookup.byIds(ids));
            }
        });
        return ranked.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }
}
