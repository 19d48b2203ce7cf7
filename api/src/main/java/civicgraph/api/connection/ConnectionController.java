package civicgraph.api.connection;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import civicgraph.api.graphql.InvalidArgumentException;
import civicgraph.api.node.NodeLookup;
import civicgraph.model.Label;
import civicgraph.model.NodeId;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code connection(from, to, maxHops)}: the shortest chain of shared sessions, posts, bodies and documents linking
 * two people. A variable-length bound cannot be a Cypher parameter, so {@code maxHops} is checked to lie in
 * 1..{@value #MAX_HOPS} and written into the pattern as a number; both ids travel as parameters.
 */
@Controller
class ConnectionController {

    static final int MAX_HOPS = 10;

    private static final String SHORTEST = """
            MATCH (a:Person {id: $from})
            MATCH (b:Person {id: $to})
            MATCH p = shortestPath((a)-[:ATTENDED|AUTHORED|APPOINTED|REMOVED|RESIGNED|ELECTED|TERMINATED|ATTESTED|OF|PART_OF*..%d]-(b))
            RETURN [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | type(r)] AS relations""";

    private final Neo4jClient neo4j;

    private final Map<Label, NodeLookup> lookups = new EnumMap<>(Label.class);

    ConnectionController(Neo4jClient neo4j, List<NodeLookup> lookups) {
        this.neo4j = neo4j;
        lookups.forEach((l) -> this.lookups.put(l.label(), l));
    }

    @QueryMapping
    @Transactional(readOnly = true)
    public Path connection(@Argument String from, @Argument String to, @Argument Integer maxHops) {
        int hops = (maxHops == null) ? 6 : maxHops;
        if (hops < 1 || hops > MAX_HOPS) {
            throw new InvalidArgumentException("maxHops", maxHops, "is outside 1.." + MAX_HOPS);
        }
        if (from.equals(to)) {
            throw new InvalidArgumentException("to", to, "is the same person as from");
        }
        var row = this.neo4j.query(SHORTEST.formatted(hops)).bind(from).to("from").bind(to).to("to")
            .fetch().one();
        if (row.isEmpty()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) row.get().get("ids");
        @SuppressWarnings("unchecked")
        List<String> relations = (List<String>) row.get().get("relations");
        Map<Label, List<String>> byLabel = new EnumMap<>(Label.class);
        ids.forEach((id) -> NodeId.parse(id).ifPresent((n) -> byLabel.computeIfAbsent(n.label(), (l) -> new ArrayList<>()).add(id)));
        Map<String, Object> found = new HashMap<>();
        byLabel.forEach((label, labelIds) -> {
            NodeLookup lookup = this.lookups.get(label);
            if (lookup != null) {
                found.putAll(lookup.byIds(labelIds));
            }
        });
        return new Path(relations.size(), ids.stream().map(found::get).toList(), List.copyOf(relations));
    }
}
