package civicgraph.api.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The graph as Popolo collections (persons, organizations, posts, memberships, events, motions): one query per
 * collection, all in one read transaction so the export is a consistent snapshot.
 */
@Repository
@Transactional(readOnly = true)
public class PopoloQueries {

    private static final String PERSONS = """
            MATCH (p:Person)
            RETURN p.id AS id, p.name AS name, p.pinyin AS pinyin,
                   [(p)-[r]->() WHERE r.source IS NOT NULL | r.source][0..1] AS sources
            ORDER BY p.id""";

    private static final String ORGANIZATIONS = """
            MATCH (b:Body)
            RETURN b.id AS id, b.name AS name, b.kind AS classification, coalesce(b.aliases, []) AS aliases,
                   head([(b)-[:PART_OF]->(parent) | parent.id]) AS parentId
            ORDER BY b.id""";

    private static final String POSTS = """
            MATCH (p:Post)
            RETURN p.id AS id, p.title AS label, p.bodyId AS organizationId ORDER BY p.id""";

    private static final String MEMBERSHIPS = """
            MATCH (t:Tenure)
            MATCH (post:Post {id: t.postId})
            RETURN t.id AS id, t.personId AS personId, post.bodyId AS organizationId, t.postId AS postId,
                   t.title AS role, t.start AS startDate, t.end AS endDate,
                   head([(:Person {id: t.personId})-[e]->(post) WHERE e.source IS NOT NULL | e.source]) AS source
            ORDER BY t.id""";

    private static final String EVENTS = """
            MATCH (s:Session)
            RETURN s.id AS id, s.title AS name, s.kind AS classification, s.startDate AS startDate,
                   s.endDate AS endDate, head([(s)-[:OF]->(b) | b.id]) AS organizationId, s.source AS source
            ORDER BY s.startDate, s.id""";

    private static final String MOTIONS = """
            MATCH (d:Document)
            WHERE d.kind IN ['MOTION', 'RESOLUTION', 'DECISION', 'DELIBERATION_OPINION', 'APPOINTMENT_LIST']
            RETURN d.id AS id, d.title AS text, d.kind AS classification, d.date AS date, d.sessionId AS sessionId,
                   coalesce(head([(d)-[:PRESENTED_AT]->(:Session)-[:OF]->(b) | b.id]),
                            head([(d)-[:RESULTS_IN]->(:Document)-[:PRESENTED_AT]->(:Session)-[:OF]->(b) | b.id]),
                            head([(b:Body)-[:ISSUED]->(d) | b.id])) AS organizationId,
                   coalesce(d.adopted, false) AS adopted, coalesce(d.sourceId, d.source) AS source
            ORDER BY d.date, d.id""";

    private final Neo4jClient neo4j;

    PopoloQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    public Map<String, Object> export(String baseUrl) {
        Map<String, Object> popolo = new LinkedHashMap<>();
        popolo.put("persons", rows(PERSONS, (r) -> object("id", r.get("id").asString(), "name", r.get("name").asString(),
                "other_names", List.of(object("name", r.get("pinyin").asString(""), "note", "pinyin")),
                "sources", sources(baseUrl, r.get("sources").asList(Value::asString)))));
        popolo.put("organizations", rows(ORGANIZATIONS, (r) -> object("id", r.get("id").asString(),
                "name", r.get("name").asString(), "classification", r.get("classification").asString(),
                "other_names", r.get("aliases").asList((v) -> object("name", v.asString())),
                "parent_id", r.get("parentId").asString(null))));
        popolo.put("posts", rows(POSTS, (r) -> object("id", r.get("id").asString(), "label", r.get("label").asString(),
                "organization_id", r.get("organizationId").asString())));
        popolo.put("memberships", rows(MEMBERSHIPS, (r) -> object("id", r.get("id").asString(),
                "person_id", r.get("personId").asString(), "organization_id", r.get("organizationId").asString(),
                "post_id", r.get("postId").asString(), "role", r.get("role").asString(null),
                "start_date", date(r.get("startDate")), "end_date", date(r.get("endDate")),
                "sources", sources(baseUrl, r.get("source").isNull() ? List.of() : List.of(r.get("source").asString())))));
        popolo.put("events", rows(EVENTS, (r) -> object("id", r.get("id").asString(), "name", r.get("name").asString(""),
                "classification", r.get("classification").asString(), "start_date", date(r.get("startDate")),
                "end_date", date(r.get("endDate")), "organization_id", r.get("organizationId").asString(null),
                "sources", sources(baseUrl, r.get("source").isNull() ? List.of() : List.of(r.get("source").asString())))));
        popolo.put("motions", rows(MOTIONS, (r) -> object("id", r.get("id").asString(), "text", r.get("text").asString(),
                "classification", r.get("classification").asString(), "date", date(r.get("date")),
                "legislative_session_id", r.get("sessionId").asString(null),
                "organization_id", r.get("organizationId").asString(null),
                "result", r.get("adopted").asBoolean() ? "pass" : null,
                "sources", sources(baseUrl, r.get("source").isNull() ? List.of() : List.of(r.get("source").asString())))));
        return popolo;
    }

    private List<Map<String, Object>> rows(String cypher, java.util.function.Function<org.neo4j.driver.Record, Map<String, Object>> map) {
        return new ArrayList<>(this.neo4j.query(cypher).fetchAs(Map.class).mappedBy((t, row) -> map.apply(row)).all()
            .stream().map((m) -> (Map<String, Object>) m).toList());
    }

    private static String date(Value value) {
        return value.isNull() ? null : value.asLocalDate().toString();
    }

    /** A source as Popolo wants it: a URL (the GraphQL node of the Source) and a note. */
    private static List<Map<String, Object>> sources(String baseUrl, List<String> sourceIds) {
        return sourceIds.stream().distinct().map((id) -> object("url", baseUrl + "/graphql#node=" + id, "note", id)).toList();
    }

    private static Map<String, Object> object(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                map.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return map;
    }
}
