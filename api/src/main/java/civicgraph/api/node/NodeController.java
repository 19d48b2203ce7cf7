package civicgraph.api.node;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import civicgraph.api.graphql.InvalidArgumentException;
import civicgraph.model.Label;
import civicgraph.model.NodeId;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code node(id)} and {@code nodes(ids)}: an id's prefix names its label, so each lookup goes straight to the
 * feature that owns it, one query per label however many ids are asked for.
 */
@Controller
class NodeController {

    private final Map<Label, NodeLookup> lookups = new EnumMap<>(Label.class);

    NodeController(List<NodeLookup> lookups) {
        lookups.forEach((lookup) -> this.lookups.put(lookup.label(), lookup));
    }

    @QueryMapping
    Object node(@Argument String id) {
        return nodes(List.of(id)).get(0);
    }

    @QueryMapping
    List<Object> nodes(@Argument List<String> ids) {
        Map<Label, List<String>> byLabel = new LinkedHashMap<>();
        for (String id : ids) {
            NodeId nodeId = NodeId.parse(id).orElseThrow(() -> new InvalidArgumentException("id", id,
                    "is not a civic graph id (a prefix, an underscore and 16 hex digits, e.g. src_3f9a0c1d2e4b5a67)"));
            byLabel.computeIfAbsent(nodeId.label(), (l) -> new ArrayList<>()).add(id);
        }
        Map<String, Object> found = new HashMap<>();
        byLabel.forEach((label, labelIds) -> {
            NodeLookup lookup = this.lookups.get(label);
            if (lookup != null) {
                found.putAll(lookup.byIds(labelIds));
            }
        });
        List<Object> answer = new ArrayList<>(ids.size());
        ids.forEach((id) -> answer.add(found.get(id)));
        return answer;
    }
}
