package civicgraph.api.report;

import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Counts computed by the store's count store (label and type counts), not by loading nodes. */
@Repository
@Transactional(readOnly = true)
public class IngestReportQueries {

    private static final String COUNTS = """
            CALL () { MATCH (n:Source) RETURN count(n) AS sources }
            CALL () { MATCH (n:Person) RETURN count(n) AS people }
            CALL () { MATCH (n:Body) RETURN count(n) AS bodies }
            CALL () { MATCH (n:Session) RETURN count(n) AS sessions }
            CALL () { MATCH (n:Document) RETURN count(n) AS documents }
            CALL () { MATCH ()-[r:APPOINTED|REMOVED|RESIGNED|ELECTED|TERMINATED]->() RETURN count(r) AS events }
            CALL () { MATCH ()-[r:ATTENDED]->() RETURN count(r) AS attendance }
            RETURN sources, people, bodies, sessions, documents, events, attendance""";

    private static final String FINDINGS = """
            MATCH (f:Finding)
            RETURN f.severity AS severity, f.sourceId AS sourceId, f.line AS line, f.message AS message
            ORDER BY f.sourceId, f.line, f.message""";

    private final Neo4jClient neo4j;

    IngestReportQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    public IngestReport report() {
        List<Finding> findings = List.copyOf(this.neo4j.query(FINDINGS).fetchAs(Finding.class)
            .mappedBy((t, row) -> new Finding(row.get("severity").asString(), row.get("sourceId").asString(),
                    row.get("line").asInt(), row.get("message").asString()))
            .all());
        return this.neo4j.query(COUNTS).fetchAs(IngestReport.class)
            .mappedBy((t, row) -> new IngestReport(row.get("sources").asLong(), row.get("people").asLong(),
                    row.get("bodies").asLong(), row.get("sessions").asLong(), row.get("documents").asLong(),
                    row.get("events").asLong(), row.get("attendance").asLong(), findings))
            .one().orElseThrow();
    }
}
