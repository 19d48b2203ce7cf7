package civicgraph.api.lineage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import civicgraph.api.source.Evidence;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lineage walks. Each relationship has a flow from cause to effect: RESULTS_IN, EXPLAINS, REVIEWS, RESEARCHES and
 * REQUESTS flow along their direction (a motion results in a resolution; an explanation feeds the motion it
 * explains); IMPLEMENTS and REFERS_TO flow against it (an implementation report comes after the opinion it
 * implements). DOWNSTREAM follows the flow, UPSTREAM goes against it. A walk is one query per depth level over the
 * whole frontier, so depth (not the number of documents) bounds the query count.
 */
@Repository
@Transactional(readOnly = true)
public class LineageQueries {

    private static final String ALONG = "RESULTS_IN|EXPLAINS|REVIEWS|RESEARCHES|REQUESTS";

    private static final String AGAINST = "IMPLEMENTS|REFERS_TO";

    private static final String LINK_FIELDS = "type(r) AS relation, a.id AS fromId, b.id AS toId, "
            + "r{.source, .line, .quote} AS evidence";

    private static final String DOWNSTREAM_STEP = """
            UNWIND $frontier AS id
            CALL (id) {
                MATCH (a:Document {id: id})-[r:%1$s]->(b:Document) RETURN a, r, b, b.id AS next
                UNION
                MATCH (b:Document)-[r:%2$s]->(a:Document {id: id}) RETURN a, r, b, b.id AS next
            }
            RETURN %3$s, next""".formatted(ALONG, AGAINST, LINK_FIELDS.replace("a.id AS fromId, b.id AS toId",
            "startNode(r).id AS fromId, endNode(r).id AS toId"));

    private static final String UPSTREAM_STEP = """
            UNWIND $frontier AS id
            CALL (id) {
                MATCH (b:Document)-[r:%1$s]->(a:Document {id: id}) RETURN a, r, b, b.id AS next
                UNION
                MATCH (a:Document {id: id})-[r:%2$s]->(b:Document) RETURN a, r, b, b.id AS next
            }
            RETURN %3$s, next""".formatted(ALONG, AGAINST, LINK_FIELDS.replace("a.id AS fromId, b.id AS toId",
            "startNode(r).id AS fromId, endNode(r).id AS toId"));

    private static final String LINKS_OF = """
            UNWIND $ids AS id
            MATCH (d:Document {id: id})-[r:%s|%s]-(:Document)
            RETURN id AS key, type(r) AS relation, startNode(r).id AS fromId, endNode(r).id AS toId,
                   r{.source, .line, .quote} AS evidence
            ORDER BY relation, fromId, toId""".formatted(ALONG, AGAINST);

    private final Neo4jClient neo4j;

    LineageQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The links reached from {@code rootId} within {@code maxDepth} steps, in the given direction(s). */
    public List<LineageLink> walk(String rootId, String direction, int maxDepth) {
        java.util.LinkedHashSet<LineageLink> links = new java.util.LinkedHashSet<>();
        if (!direction.equals("UPSTREAM")) {
            walk(rootId, DOWNSTREAM_STEP, maxDepth, links);
        }
        if (!direction.equals("DOWNSTREAM")) {
            walk(rootId, UPSTREAM_STEP, maxDepth, links);
        }
        return List.copyOf(links);
    }

    private void walk(String rootId, String step, int maxDepth, java.util.Set<LineageLink> links) {
        java.util.Set<String> seen = new java.util.HashSet<>(List.of(rootId));
        List<String> frontier = List.of(rootId);
        for (int depth = 0; depth < maxDepth && !frontier.isEmpty(); depth++) {
            List<String> next = new ArrayList<>();
            this.neo4j.query(step).bind(frontier).to("frontier").fetchAs(Object.class).mappedBy((t, row) -> {
                links.add(toLink(row));
                String id = row.get("next").asString();
                if (seen.add(id)) {
                    next.add(id);
                }
                return row;
            }).all();
            frontier = next;
        }
    }

    public Map<String, List<LineageLink>> linksOf(Collection<String> documentIds) {
        return this.neo4j.query(LINKS_OF).bind(documentIds).to("ids").fetchAs(Map.Entry.class)
            .mappedBy((t, row) -> Map.entry(row.get("key").asString(), toLink(row))).all().stream()
            .collect(Collectors.groupingBy((e) -> (String) e.getKey(), Collectors.mapping(
                    (e) -> (LineageLink) e.getValue(), Collectors.toList())));
    }

    private static LineageLink toLink(org.neo4j.driver.Record row) {
        return new LineageLink(row.get("relation").asString(), row.get("fromId").asString(), row.get("toId").asString(),
                Evidence.of(row.get("evidence")));
    }
}
