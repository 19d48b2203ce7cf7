package civicgraph.api.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import civicgraph.api.person.PersonQueries;
import civicgraph.api.person.PersonnelEvent;
import civicgraph.api.source.Evidence;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The Cypher of sessions and sittings; every method answers for many sessions in one query. */
@Repository
@Transactional(readOnly = true)
public class SessionQueries {

    private static final String FIELDS = """
            s.id AS id, s.title AS title, head([(s)-[:OF]->(b:Body) | b.id]) AS bodyId, s.term AS term,
            s.number AS number, s.kind AS kind, s.startDate AS startDate, s.endDate AS endDate,
            coalesce(s.agenda, []) AS agenda, s{.source, .line, .quote} AS evidence""";

    private static final String BY_IDS = "UNWIND $ids AS id MATCH (s:Session {id: id}) RETURN " + FIELDS;

    private static final String FILTER = """
            MATCH (s:Session)
            WHERE ($body IS NULL OR EXISTS { (s)-[:OF]->(:Body {id: $body}) })
              AND ($district IS NULL OR s.district = $district)
              AND ($from IS NULL OR coalesce(s.endDate, s.startDate) >= $from)
              AND ($to IS NULL OR s.startDate <= $to)
            """;

    private static final String COUNT = FILTER + "RETURN count(s) AS total";

    private static final String PAGE = FILTER + "RETURN " + FIELDS
            + " ORDER BY s.startDate, s.district, s.term, s.number, s.id SKIP $skip LIMIT $limit";

    private static final String SITTINGS = """
            UNWIND $ids AS sessionId
            MATCH (t:Sitting {sessionId: sessionId})
            RETURN sessionId, t.id AS id, t.date AS date, t.half AS half, t.expected AS expected,
                   t.consistent AS consistent, t{.source, .line, .quote} AS evidence
            ORDER BY t.date, CASE t.half WHEN 'MORNING' THEN 0 WHEN 'AFTERNOON' THEN 1 ELSE 2 END""";

    private static final String SITTING_PEOPLE = """
            UNWIND $ids AS sittingId
            MATCH (p:Person)-[a:ATTENDED {sittingId: sittingId}]->(:Session)
            RETURN sittingId, a.status AS status, p.id AS personId ORDER BY a.line, p.name""";

    private static final String NON_VOTING = """
            UNWIND $ids AS sessionId
            MATCH (p:Person)-[a:ATTENDED {status: 'NON_VOTING'}]->(:Session {id: sessionId})
            RETURN sessionId, a.date AS date, p.id AS personId, a.organisation AS organisation, a.title AS title
            ORDER BY a.line""";

    private static final String EVENTS = """
            UNWIND $ids AS sessionId
            MATCH (p:Person)-[e:%s {sessionId: sessionId}]->(post:Post)
            RETURN sessionId AS key, %s ORDER BY e.line""".formatted(PersonQueries.EVENT_TYPES, PersonQueries.EVENT_FIELDS);

    private static final String OF_BODIES = """
            UNWIND $ids AS bodyId
            MATCH (s:Session)-[:OF]->(:Body {id: bodyId})
            RETURN bodyId AS key, %s ORDER BY s.startDate, s.term, s.number, s.id""".formatted(FIELDS);

    private final Neo4jClient neo4j;

    SessionQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    public Map<String, Session> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return this.neo4j.query(BY_IDS).bind(ids).to("ids").fetchAs(Session.class)
            .mappedBy((t, row) -> toSession(row)).all().stream().collect(Collectors.toMap(Session::id, (s) -> s));
    }

    public long count(String body, String district, LocalDate from, LocalDate to) {
        return this.neo4j.query(COUNT).bindAll(filter(body, district, from, to)).fetchAs(Long.class)
            .mappedBy((t, row) -> row.get("total").asLong()).one().orElse(0L);
    }

    public List<Session> page(String body, String district, LocalDate from, LocalDate to, long skip, int limit) {
        Map<String, Object> params = filter(body, district, from, to);
        params.put("skip", skip);
        params.put("limit", limit);
        return List.copyOf(this.neo4j.query(PAGE).bindAll(params).fetchAs(Session.class)
            .mappedBy((t, row) -> toSession(row)).all());
    }

    public Map<String, List<Sitting>> sittingsOf(Collection<String> sessionIds) {
        return this.neo4j.query(SITTINGS).bind(sessionIds).to("ids").fetchAs(Sitting.class)
            .mappedBy((t, row) -> new Sitting(row.get("id").asString(), row.get("sessionId").asString(),
                    row.get("date").asLocalDate(null), row.get("half").asString(null),
                    row.get("expected").isNull() ? null : row.get("expected").asInt(),
                    row.get("consistent").asBoolean(false), Evidence.of(row.get("evidence"))))
            .all().stream().collect(Collectors.groupingBy(Sitting::sessionId));
    }

    /** Person ids per sitting and status (PRESENT, ON_LEAVE), in list order. */
    public Map<String, Map<String, List<String>>> peopleOf(Collection<String> sittingIds) {
        Map<String, Map<String, List<String>>> answer = new HashMap<>();
        this.neo4j.query(SITTING_PEOPLE).bind(sittingIds).to("ids").fetchAs(Object.class).mappedBy((t, row) -> {
            answer.computeIfAbsent(row.get("sittingId").asString(), (k) -> new HashMap<>())
                .computeIfAbsent(row.get("status").asString(), (k) -> new ArrayList<>())
                .add(row.get("personId").asString());
            return row;
        }).all();
        return answer;
    }

    /** Non-voting attendees per session, with the date listed (null when the list gives none). */
    public Map<String, List<Map.Entry<LocalDate, NonVotingAttendance>>> nonVotingOf(Collection<String> sessionIds) {
        Map<String, List<Map.Entry<LocalDate, NonVotingAttendance>>> answer = new HashMap<>();
        this.neo4j.query(NON_VOTING).bind(sessionIds).to("ids").fetchAs(Object.class).mappedBy((t, row) -> {
            answer.computeIfAbsent(row.get("sessionId").asString(), (k) -> new ArrayList<>())
                .add(new java.util.AbstractMap.SimpleEntry<>(row.get("date").asLocalDate(null),
                        new NonVotingAttendance(row.get("personId").asString(), row.get("organisation").asString(null),
                                row.get("title").asString(null))));
            return row;
        }).all();
        return answer;
    }

    public Map<String, List<PersonnelEvent>> eventsOf(Collection<String> sessionIds) {
        Map<String, List<PersonnelEvent>> answer = new HashMap<>();
        this.neo4j.query(EVENTS).bind(sessionIds).to("ids").fetchAs(Object.class).mappedBy((t, row) -> {
            answer.computeIfAbsent(row.get("key").asString(), (k) -> new ArrayList<>()).add(PersonQueries.toEvent(row));
            return row;
        }).all();
        return answer;
    }

    public Map<String, List<Session>> ofBodies(Collection<String> bodyIds) {
        Map<String, List<Session>> answer = new HashMap<>();
        this.neo4j.query(OF_BODIES).bind(bodyIds).to("ids").fetchAs(Object.class).mappedBy((t, row) -> {
            answer.computeIfAbsent(row.get("key").asString(), (k) -> new ArrayList<>()).add(toSession(row));
            return row;
        }).all();
        return answer;
    }

    private static Map<String, Object> filter(String body, String district, LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        params.put("body", body);
        params.put("district", district);
        params.put("from", from);
        params.put("to", to);
        return params;
    }

    static Session toSession(org.neo4j.driver.Record row) {
        LocalDate start = row.get("startDate").asLocalDate(null);
        LocalDate end = row.get("endDate").asLocalDate(start);
        List<LocalDate> dates = new ArrayList<>();
        if (start != null) {
            for (LocalDate d = start; !d.isAfter(end) && dates.size() < 31; d = d.plusDays(1)) {
                dates.add(d);
            }
        }
        return new Session(row.get("id").asString(), row.get("title").asString(""), row.get("bodyId").asString(null),
                row.get("term").isNull() ? null : row.get("term").asInt(),
                row.get("number").isNull() ? null : row.get("number").asInt(), row.get("kind").asString(),
                List.copyOf(dates), row.get("agenda").asList((v) -> v.asString()), Evidence.of(row.get("evidence")));
    }
}
