package civicgraph.seed.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import civicgraph.model.Label;
import civicgraph.model.NodeId;
import civicgraph.model.PersonnelEventKind;
import civicgraph.model.tenure.Attestation;
import civicgraph.model.tenure.PostTitles;
import civicgraph.model.tenure.Succession;
import civicgraph.model.tenure.Tenure;
import civicgraph.model.tenure.TenureChain;
import civicgraph.model.tenure.TenureEvent;
import civicgraph.model.tenure.TenureTimeline;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Derives every tenure from the personnel events and attestations in the graph (all sources together: an
 * appointment in one gazette and a removal in another make one tenure) and replaces the stored Tenure nodes.
 * Tenure ids derive from person, post and start, so the same graph always yields the same ids.
 */
final class TenureWriter {

    private static final String FACTS = """
            MATCH (p:Person)-[e:APPOINTED|REMOVED|RESIGNED|ELECTED|TERMINATED|ATTESTED]->(post:Post)
            OPTIONAL MATCH (post)-[:OF]->(:Body)-[:IN_DISTRICT]->(d:District)
            RETURN p.id AS personId, post.id AS postId, post.title AS title, post.name AS postName, post.bodyId AS bodyId,
                   head(collect(DISTINCT d.name)) AS district,
                   collect(e{.id, .kind, .date, .reason, type: type(e)}) AS facts
            ORDER BY postId, personId""";

    private static final String NEWEST = """
            CALL () { MATCH (d:Document) RETURN max(d.date) AS documents }
            CALL () { MATCH (s:Session) RETURN max(coalesce(s.endDate, s.startDate)) AS sessions }
            RETURN CASE WHEN documents IS NULL OR (sessions IS NOT NULL AND sessions > documents) THEN sessions
                        ELSE documents END AS newest""";

    private static final String DELETE = "MATCH (t:Tenure) DETACH DELETE t";

    private static final String CREATE = """
            UNWIND $rows AS r
            MATCH (p:Person {id: r.personId}), (post:Post {id: r.postId})
            CREATE (t:Tenure)
            SET t = r
            CREATE (t)-[:HELD_BY]->(p), (t)-[:IN_POST]->(post)
            """;

    private TenureWriter() {
    }

    /** Replaces every Tenure node; returns how many were written. */
    static int rewrite(TransactionContext tx) {
        LocalDate newest = tx.run(NEWEST).single().get("newest").asLocalDate(LocalDate.now());
        Map<String, List<Map<String, Object>>> rowsByPost = new LinkedHashMap<>();
        Map<String, List<Tenure>> tenuresByPost = new LinkedHashMap<>();
        Map<Tenure, Map<String, Object>> rowOf = new IdentityHashMap<>();
        for (var record : tx.run(FACTS).list()) {
            String personId = record.get("personId").asString();
            String postId = record.get("postId").asString();
            List<TenureEvent> events = new ArrayList<>();
            List<Attestation> attestations = new ArrayList<>();
            for (Value fact : record.get("facts").values()) {
                LocalDate date = fact.get("date").asLocalDate(null);
                if (fact.get("type").asString().equals("ATTESTED")) {
                    if (date != null) {
                        attestations.add(new Attestation(fact.get("id").asString(), date));
                    }
                }
                else {
                    events.add(new TenureEvent(fact.get("id").asString(),
                            PersonnelEventKind.valueOf(fact.get("kind").asString()), date, fact.get("reason").asString(null)));
                }
            }
            Map<String, Integer> ordinals = new HashMap<>();
            for (Tenure tenure : TenureTimeline.of(events, attestations, newest)) {
                String anchor = String.valueOf(tenure.spanStart());
                int ordinal = ordinals.merge(anchor, 1, Integer::sum);
                Map<String, Object> row = new HashMap<>();
                row.put("id", NodeId.of(Label.Tenure, personId, postId, anchor, String.valueOf(ordinal)).value());
                row.put("personId", personId);
                row.put("postId", postId);
                row.put("title", record.get("title").asString());
                row.put("postName", record.get("postName").asString(null));
                row.put("bodyId", record.get("bodyId").asString());
                row.put("district", record.get("district").asString(null));
                row.put("start", tenure.start());
                row.put("end", tenure.end());
                row.put("startEventId", tenure.startEventId());
                row.put("endEventId", tenure.endEventId());
                row.put("firstSeen", tenure.firstSeen());
                row.put("lastSeen", tenure.lastSeen());
                row.put("spanStart", tenure.spanStart());
                row.put("spanEnd", tenure.spanEnd());
                row.put("status", tenure.status().name());
                row.put("endReason", tenure.endReason());
                List<LocalDate> sightings = new ArrayList<>(tenure.attestationDates());
                tenure.events().stream().map(TenureEvent::date).filter((d) -> d != null && !sightings.contains(d))
                    .forEach(sightings::add);
                sightings.sort(null);
                row.put("attestationDates", sightings);
                rowOf.put(tenure, row);
                rowsByPost.computeIfAbsent(postId, (k) -> new ArrayList<>()).add(row);
                tenuresByPost.computeIfAbsent(postId, (k) -> new ArrayList<>()).add(tenure);
            }
        }
        // Predecessor and successor only where one person holds the post at a time (区长, 院长 …).
        tenuresByPost.forEach((postId, tenures) -> {
            String title = (String) rowsByPost.get(postId).get(0).get("title");
            if (PostTitles.isSingleHolder(title)) {
                for (Succession link : TenureChain.link(tenures)) {
                    Map<String, Object> before = rowOf.get(link.predecessor());
                    Map<String, Object> after = rowOf.get(link.successor());
                    if (!before.get("personId").equals(after.get("personId"))) {
                        before.put("successorId", after.get("id"));
                        after.put("predecessorId", before.get("id"));
                    }
                }
            }
        });
        List<Map<String, Object>> rows = rowsByPost.values().stream().flatMap(List::stream).toList();
        tx.run(DELETE).consume();
        if (!rows.isEmpty()) {
            tx.run(CREATE, Map.of("rows", rows)).consume();
        }
        return rows.size();
    }
}
