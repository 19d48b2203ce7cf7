package civicgraph.api.person;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import civicgraph.api.source.Evidence;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The Cypher of people, their events and attendance; every method answers for many people in one query. */
@Repository
@Transactional(readOnly = true)
public class PersonQueries {

    public static final String EVENT_TYPES = "APPOINTED|REMOVED|RESIGNED|ELECTED|TERMINATED";

    private static final String PERSON_FIELDS = "p.id AS id, p.name AS name, p.pinyin AS pinyin";

    private static final String BY_IDS = "UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN " + PERSON_FIELDS;

    public static final String EVENT_FIELDS = """
            e.id AS id, e.kind AS kind, p.id AS personId, post.id AS postId, e.date AS date,
            e.sessionId AS sessionId, e.documentId AS documentId, e.electoralDistrictId AS electoralDistrictId,
            e.reason AS reason, e{.source, .line, .quote} AS evidence""";

    private static final String EVENTS_BY_IDS = """
            UNWIND $ids AS id
            MATCH (p:Person)-[e:%s {id: id}]->(post:Post)
            RETURN %s""".formatted(EVENT_TYPES, EVENT_FIELDS);

    private static final String EVENTS_OF_PEOPLE = """
            UNWIND $ids AS personId
            MATCH (p:Person {id: personId})-[e:%s]->(post:Post)
            RETURN %s
            ORDER BY e.date, e.line""".formatted(EVENT_TYPES, EVENT_FIELDS);

    private static final String DISTRICTS_OF_PEOPLE = """
            UNWIND $ids AS personId
            MATCH (:Person {id: personId})-[:IN_DISTRICT]->(d:District)
            RETURN personId, d.id AS id ORDER BY d.name""";

    private static final String ATTENDANCE_OF_PEOPLE = """
            UNWIND $keys AS key
            MATCH (:Person {id: key.personId})-[a:ATTENDED]->(s:Session)
            WHERE (key.from IS NULL OR a.date >= key.from) AND (key.to IS NULL OR a.date <= key.to)
            RETURN key.personId AS personId, s.id AS sessionId, a.date AS date, a.half AS half, a.status AS status,
                   a{.source, .line, .quote} AS evidence
            ORDER BY a.date, CASE a.half WHEN 'MORNING' THEN 0 WHEN 'AFTERNOON' THEN 1 ELSE 2 END, s.id""";

    // Sittings of the bodies whose member lists name the person (or of the one body asked about).
    private static final String RATE_OF_PEOPLE = """
            UNWIND $keys AS key
            MATCH (:Person {id: key.personId})-[a:ATTENDED]->(s:Session)-[:OF]->(b:Body)
            WHERE a.status IN ['PRESENT', 'ON_LEAVE'] AND (key.body IS NULL OR b.id = key.body)
              AND (key.from IS NULL OR a.date >= key.from) AND (key.to IS NULL OR a.date <= key.to)
            RETURN key.personId AS personId, key.body AS body, key.from AS from, key.to AS to,
                   count(a) AS sittings, count(CASE WHEN a.status = 'PRESENT' THEN 1 END) AS present""";

    private static final String EVIDENCE_OF_PEOPLE = """
            UNWIND $ids AS personId
            MATCH (:Person {id: personId})-[r]->()
            WHERE r.source IS NOT NULL
            RETURN personId, r{.source, .line, .quote} AS evidence
            ORDER BY r.source, r.line""";

    private final Neo4jClient neo4j;

    PersonQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    public Map<String, Person> byIds(Collection<String> ids) {
        return this.neo4j.query(BY_IDS).bind(ids).to("ids").fetchAs(Person.class)
            .mappedBy((types, row) -> toPerson(row)).all().stream().collect(Collectors.toMap(Person::id, (p) -> p));
    }

    public Map<String, PersonnelEvent> eventsByIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return this.neo4j.query(EVENTS_BY_IDS).bind(ids).to("ids").fetchAs(PersonnelEvent.class)
            .mappedBy((types, row) -> toEvent(row)).all().stream()
            .collect(Collectors.toMap(PersonnelEvent::id, (e) -> e, (a, b) -> a));
    }

    public Map<String, List<PersonnelEvent>> eventsOf(Collection<String> personIds) {
        return this.neo4j.query(EVENTS_OF_PEOPLE).bind(personIds).to("ids").fetchAs(PersonnelEvent.class)
            .mappedBy((types, row) -> toEvent(row)).all().stream()
            .collect(Collectors.groupingBy(PersonnelEvent::personId));
    }

    public Map<String, List<String>> districtIdsOf(Collection<String> personIds) {
        return this.neo4j.query(DISTRICTS_OF_PEOPLE).bind(personIds).to("ids").fetchAs(Map.Entry.class)
            .mappedBy((types, row) -> Map.entry(row.get("personId").asString(), row.get("id").asString())).all()
            .stream().collect(Collectors.groupingBy((e) -> (String) e.getKey(),
                    Collectors.mapping((e) -> (String) e.getValue(), Collectors.toList())));
    }

    /** Every attendance of each person in the key's date range, oldest first. */
    public Map<AttendanceKey, List<Attendance>> attendanceOf(Collection<AttendanceKey> keys) {
        List<Map<String, Object>> params = keys.stream().map((k) -> {
            Map<String, Object> m = new HashMap<>();
            m.put("personId", k.personId());
            m.put("from", k.from());
            m.put("to", k.to());
            return m;
        }).distinct().toList();
        Map<String, List<Attendance>> rows = new HashMap<>();
        this.neo4j.query(ATTENDANCE_OF_PEOPLE).bind(params).to("keys").fetchAs(Object.class).mappedBy((types, row) -> {
            String key = row.get("personId").asString();
            rows.computeIfAbsent(key, (k) -> new java.util.ArrayList<>()).add(new Attendance(
                    row.get("sessionId").asString(), row.get("date").asLocalDate(null), row.get("half").asString(null),
                    row.get("status").asString(), Evidence.of(row.get("evidence"))));
            return key;
        }).all();
        Map<AttendanceKey, List<Attendance>> answer = new HashMap<>();
        for (AttendanceKey key : keys) {
            answer.put(key, rows.getOrDefault(key.personId(), List.of()).stream()
                .filter((a) -> (key.from() == null || (a.date() != null && !a.date().isBefore(key.from())))
                        && (key.to() == null || (a.date() != null && !a.date().isAfter(key.to()))))
                .toList());
        }
        return answer;
    }

    public Map<RateKey, Double> attendanceRateOf(Collection<RateKey> keys) {
        List<Map<String, Object>> params = keys.stream().map((k) -> {
            Map<String, Object> m = new HashMap<>();
            m.put("personId", k.personId());
            m.put("body", k.bodyId());
            m.put("from", k.from());
            m.put("to", k.to());
            return m;
        }).toList();
        Map<RateKey, Double> answer = new HashMap<>();
        this.neo4j.query(RATE_OF_PEOPLE).bind(params).to("keys").fetchAs(Object.class).mappedBy((types, row) -> {
            RateKey key = new RateKey(row.get("personId").asString(), row.get("body").asString(null),
                    row.get("from").asLocalDate(null), row.get("to").asLocalDate(null));
            long sittings = row.get("sittings").asLong();
            if (sittings > 0) {
                answer.put(key, (double) row.get("present").asLong() / sittings);
            }
            return key;
        }).all();
        return answer;
    }

    public Map<String, List<Evidence>> evidenceOf(Collection<String> personIds) {
        return this.neo4j.query(EVIDENCE_OF_PEOPLE).bind(personIds).to("ids").fetchAs(Map.Entry.class)
            .mappedBy((types, row) -> Map.entry(row.get("personId").asString(), Evidence.of(row.get("evidence"))))
            .all().stream()
            .collect(Collectors.groupingBy((e) -> (String) e.getKey(), Collectors.mapping((e) -> (Evidence) e.getValue(),
                    Collectors.collectingAndThen(Collectors.toList(), (l) -> l.stream().distinct().toList()))));
    }

    static Person toPerson(org.neo4j.driver.Record row) {
        return new Person(row.get("id").asString(), row.get("name").asString(), row.get("pinyin").asString(""));
    }

    public static PersonnelEvent toEvent(org.neo4j.driver.Record row) {
        return new PersonnelEvent(row.get("id").asString(), row.get("kind").asString(), row.get("personId").asString(),
                row.get("postId").asString(), row.get("date").asLocalDate(null), row.get("sessionId").asString(null),
                row.get("documentId").asString(null), row.get("electoralDistrictId").asString(null),
                row.get("reason").asString(null), Evidence.of(row.get("evidence")));
    }
}
