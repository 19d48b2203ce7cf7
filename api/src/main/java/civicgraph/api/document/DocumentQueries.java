package civicgraph.api.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import civicgraph.api.source.Evidence;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The Cypher of documents; every method answers for many documents (or sessions, or people) in one query. */
@Repository
@Transactional(readOnly = true)
public class DocumentQueries {

    static final String FIELDS = """
            d.id AS id, d.title AS title, d.kind AS kind, d.date AS date, d.number AS number, d.sessionId AS sessionId,
            coalesce(d.adopted, false) AS adopted, head([(b:Body)-[:ISSUED]->(d) | b.id]) AS issuerId,
            head([(p:Person)-[:AUTHORED]->(d) | p.id]) AS authorId, d.authorTitle AS authorTitle,
            d.sourceId AS sourceId, d{.source, .line, .quote} AS evidence""";

    private static final String BY_IDS = "UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN " + FIELDS;

    private static final String FILTER = """
            MATCH (d:Document)
            WHERE ($kind IS NULL OR d.kind = $kind)
              AND ($district IS NULL OR d.district = $district)
              AND ($text IS NULL OR d.title CONTAINS $text)
              AND ($from IS NULL OR d.date >= $from)
              AND ($to IS NULL OR d.date <= $to)
            """;

    private static final String COUNT = FILTER + "RETURN count(d) AS total";

    private static final String PAGE = FILTER + "RETURN " + FIELDS
            + " ORDER BY d.date, d.sourceId, d.firstLine, d.id SKIP $skip LIMIT $limit";

    private static final String OF_SESSIONS = """
            UNWIND $ids AS sessionId
            MATCH (d:Document)-[:PRESENTED_AT]->(:Session {id: sessionId})
            WHERE NOT $approvedOnly OR EXISTS { (:Session {id: sessionId})-[:APPROVED]->(d) }
            RETURN sessionId AS key, %s ORDER BY d.sourceId, d.firstLine""".formatted(FIELDS);

    private static final String OF_PEOPLE = """
            UNWIND $ids AS personId
            MATCH (:Person {id: personId})-[:AUTHORED]->(d:Document)
            RETURN personId AS key, %s ORDER BY d.date, d.id""".formatted(FIELDS);

    private final Neo4jClient neo4j;

    DocumentQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    public Map<String, Document> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return this.neo4j.query(BY_IDS).bind(ids).to("ids").fetchAs(Document.class)
            .mappedBy((t, row) -> toDocument(row)).all().stream().collect(Collectors.toMap(Document::id, (d) -> d));
    }

    public long count(String kind, String district, String text, LocalDate from, LocalDate to) {
        return this.neo4j.query(COUNT).bindAll(filter(kind, district, text, from, to)).fetchAs(Long.class)
            .mappedBy((t, row) -> row.get("total").asLong()).one().orElse(0L);
    }

    public List<Document> page(String kind, String district, String text, LocalDate from, LocalDate to, long skip,
            int limit) {
        Map<String, Object> params = filter(kind, district, text, from, to);
        params.put("skip", skip);
        params.put("limit", limit);
        return List.copyOf(this.neo4j.query(PAGE).bindAll(params).fetchAs(Document.class)
            .mappedBy((t, row) -> toDocument(row)).all());
    }

    public Map<String, List<Document>> ofSessions(Collection<String> sessionIds, boolean approvedOnly) {
        return keyed(OF_SESSIONS, Map.of("ids", sessionIds, "approvedOnly", approvedOnly));
    }

    public Map<String, List<Document>> ofPeople(Collection<String> personIds) {
        return keyed(OF_PEOPLE, Map.of("ids", personIds));
    }

    private Map<String, List<Document>> keyed(String cypher, Map<String, Object> params) {
        Map<String, List<Document>> answer = new HashMap<>();
        this.neo4j.query(cypher).bindAll(params).fetchAs(Object.class).mappedBy((t, row) -> {
            answer.computeIfAbsent(row.get("key").asString(), (k) -> new ArrayList<>()).add(toDocument(row));
            return row;
        }).all();
        return answer;
    }

    private static Map<String, Object> filter(String kind, String district, String text, LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        params.put("kind", kind);
        params.put("district", district);
        params.put("text", (text == null || text.isBlank()) ? null : text.strip());
        params.put("from", from);
        params.put("to", to);
        return params;
    }

    public static Document toDocument(org.neo4j.driver.Record row) {
        return new Document(row.get("id").asString(), row.get("title").asString(), row.get("kind").asString(),
                row.get("date").asLocalDate(null), row.get("number").asString(null), row.get("sessionId").asString(null),
                row.get("adopted").asBoolean(false), row.get("issuerId").asString(null),
                row.get("authorId").asString(null), row.get("authorTitle").asString(null),
                row.get("sourceId").asString(null), Evidence.of(row.get("evidence")));
    }
}
