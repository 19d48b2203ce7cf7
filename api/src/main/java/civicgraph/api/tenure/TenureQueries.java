package civicgraph.api.tenure;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import civicgraph.api.source.Evidence;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Cypher of tenures: who held a post on a date is a lookup on the Tenure index (title, then the stored span),
 * not a scan of events. Certainty is judged per date by {@link TenureCertainty}.
 */
@Repository
@Transactional(readOnly = true)
public class TenureQueries {

    static final String TENURE_FIELDS = """
            t.id AS id, t.personId AS personId, t.postId AS postId, t.start AS start, t.end AS end,
            t.startEventId AS startEventId, t.endEventId AS endEventId, t.firstSeen AS firstSeen,
            t.lastSeen AS lastSeen, t.status AS status, t.endReason AS endReason,
            t.predecessorId AS predecessorId, t.successorId AS successorId,
            coalesce(t.attestationDates, []) AS attestationDates""";

    // A bare title ("副区长") or a post's full name as gazettes print it ("宝山区人民政府副区长"): two index lookups.
    private static final String HOLDERS = """
            CALL () {
                MATCH (t:Tenure {title: $title}) RETURN t
                UNION
                MATCH (t:Tenure {postName: $title}) RETURN t
            }
            WITH t
            WHERE t.spanStart <= $at AND t.spanEnd >= $at
              AND ($body IS NULL OR t.bodyId = $body)
              AND ($district IS NULL OR t.district = $district)
            RETURN %s
            ORDER BY t.start, t.firstSeen, t.personId
            """.formatted(TENURE_FIELDS);

    private static final String OF_PEOPLE = """
            UNWIND $keys AS key
            MATCH (t:Tenure {personId: key.id})
            WHERE key.at IS NULL OR (t.spanStart <= key.at AND t.spanEnd >= key.at)
            RETURN key.id AS key, key.at AS keyAt, %s
            ORDER BY coalesce(t.start, t.firstSeen), t.id
            """.formatted(TENURE_FIELDS);

    private static final String OF_POSTS = """
            UNWIND $keys AS key
            MATCH (t:Tenure {postId: key.id})
            WHERE key.at IS NULL OR (t.spanStart <= key.at AND t.spanEnd >= key.at)
            RETURN key.id AS key, key.at AS keyAt, %s
            ORDER BY coalesce(t.start, t.firstSeen), t.id
            """.formatted(TENURE_FIELDS);

    private static final String OF_BODIES = """
            UNWIND $keys AS key
            MATCH (t:Tenure {bodyId: key.id})
            WHERE t.spanStart <= key.at AND t.spanEnd >= key.at
            RETURN key.id AS key, key.at AS keyAt, %s
            ORDER BY t.title, coalesce(t.start, t.firstSeen), t.id
            """.formatted(TENURE_FIELDS);

    private static final String BY_IDS = """
            UNWIND $ids AS id
            MATCH (t:Tenure {id: id})
            RETURN %s
            """.formatted(TENURE_FIELDS);

    // Evidence of a tenure: its events and its attestations, oldest first.
    private static final String EVIDENCE = """
            UNWIND $ids AS id
            MATCH (t:Tenure {id: id})
            MATCH (p:Person {id: t.personId})-[e:APPOINTED|REMOVED|RESIGNED|ELECTED|TERMINATED|ATTESTED]->(:Post {id: t.postId})
            WHERE (e.date IS NULL OR (e.date >= t.spanStart AND e.date <= t.spanEnd))
               OR e.id IN [t.startEventId, t.endEventId]
            RETURN id, e{.source, .line, .quote} AS evidence
            ORDER BY e.date, e.line
            """;

    private final Neo4jClient neo4j;

    TenureQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    public List<Tenure> holders(String title, String bodyId, String district, LocalDate at) {
        return List.copyOf(this.neo4j.query(HOLDERS)
            .bindAll(params("title", title, "body", bodyId, "district", district, "at", at))
            .fetchAs(Tenure.class).mappedBy((types, row) -> TenureCertainty.at(toTenure(row), at)).all());
    }

    /** Tenures per key, one query per kind of owner asked for, whatever the number of keys. */
    public Map<TenureKey, List<Tenure>> of(Collection<TenureKey> keys) {
        Map<TenureKey, List<Tenure>> answer = new java.util.LinkedHashMap<>();
        keys.forEach((k) -> answer.put(k, new java.util.ArrayList<>()));
        keys.stream().collect(java.util.stream.Collectors.groupingBy(TenureKey::owner)).forEach((owner, ofOwner) -> {
            String cypher = switch (owner) {
                case PERSON -> OF_PEOPLE;
                case POST -> OF_POSTS;
                case BODY -> OF_BODIES;
            };
            answer.putAll(byKey(cypher, ofOwner));
        });
        return answer;
    }

    public Map<String, Tenure> byIds(Collection<String> ids) {
        return this.neo4j.query(BY_IDS).bind(ids).to("ids").fetchAs(Tenure.class)
            .mappedBy((types, row) -> TenureCertainty.at(toTenure(row), null)).all().stream()
            .collect(Collectors.toMap(Tenure::id, (t) -> t));
    }

    public Map<String, List<Evidence>> evidenceOf(Collection<String> ids) {
        return this.neo4j.query(EVIDENCE).bind(ids).to("ids").fetchAs(Map.Entry.class)
            .mappedBy((types, row) -> Map.entry(row.get("id").asString(), Evidence.of(row.get("evidence"))))
            .all().stream()
            .collect(Collectors.groupingBy((e) -> (String) e.getKey(), Collectors.mapping(
                    (e) -> (Evidence) e.getValue(), Collectors.collectingAndThen(Collectors.toList(),
                            (list) -> list.stream().distinct().toList()))));
    }

    private Map<TenureKey, List<Tenure>> byKey(String cypher, Collection<TenureKey> keys) {
        List<Map<String, Object>> params = keys.stream().map((k) -> params("id", k.id(), "at", k.at())).toList();
        Map<TenureKey, List<Tenure>> answer = new java.util.LinkedHashMap<>();
        keys.forEach((k) -> answer.put(k, new java.util.ArrayList<>()));
        TenureKey.Owner owner = keys.iterator().next().owner();
        this.neo4j.query(cypher).bind(params).to("keys").fetchAs(Object.class).mappedBy((types, row) -> {
            // Each row names the key (id and date) it answers, so one id asked about on two dates stays apart.
            TenureKey key = new TenureKey(owner, row.get("key").asString(), row.get("keyAt").asLocalDate(null));
            Tenure tenure = TenureCertainty.at(toTenure(row), key.at());
            if (tenure != null && answer.containsKey(key)) {
                answer.get(key).add(tenure);
            }
            return key;
        }).all();
        return answer;
    }

    static Tenure toTenure(org.neo4j.driver.Record row) {
        return new Tenure(row.get("id").asString(), row.get("personId").asString(), row.get("postId").asString(),
                row.get("start").asLocalDate(null), row.get("end").asLocalDate(null),
                row.get("startEventId").asString(null), row.get("endEventId").asString(null),
                row.get("firstSeen").asLocalDate(null), row.get("lastSeen").asLocalDate(null),
                row.get("status").asString(), row.get("endReason").asString(null),
                row.get("predecessorId").asString(null), row.get("successorId").asString(null),
                row.get("attestationDates").asList((v) -> v.asLocalDate()), null);
    }

    private static Map<String, Object> params(Object... keyValues) {
        Map<String, Object> map = new java.util.HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
