package civicgraph.seed.load;

import java.util.List;
import java.util.Map;

import civicgraph.model.Label;
import civicgraph.model.NodeId;
import civicgraph.model.RelType;
import civicgraph.seed.corpus.Gazette;
import org.neo4j.driver.TransactionContext;

/** Writes one gazette's nodes and relationships inside the caller's transaction; every write is a MERGE. */
final class GraphWriter {

    // A source is keyed by its bytes' hash: the same file ingested twice, under any name, is one Source.
    private static final String MERGE_SOURCE = """
            MERGE (s:Source {id: $id})
            SET s.fileName = $fileName, s.title = $title, s.sha256 = $sha256,
                s.lineCount = $lineCount, s.lines = $lines
            """;

    private static final String MERGE_DISTRICTS = """
            UNWIND $rows AS r
            MERGE (d:District {id: r.id})
            SET d.name = r.name, d.kind = r.kind
            WITH d, r WHERE r.parentId IS NOT NULL
            MATCH (parent:District {id: r.parentId})
            MERGE (d)-[:PART_OF]->(parent)
            """;

    private static final String MERGE_BODIES = """
            UNWIND $rows AS r
            MERGE (b:Body {id: r.id})
            SET b.name = r.name, b.kind = r.kind,
                b.aliases = reduce(acc = coalesce(b.aliases, []), a IN r.aliases |
                    CASE WHEN a IN acc THEN acc ELSE acc + a END)
            WITH b, r
            CALL (b, r) {
                MATCH (d:District {id: r.districtId})
                MERGE (b)-[:IN_DISTRICT]->(d)
            }
            WITH b, r WHERE r.parentId IS NOT NULL
            MATCH (parent:Body {id: r.parentId})
            MERGE (b)-[:PART_OF]->(parent)
            """;

    private static final String MERGE_POSTS = """
            UNWIND $rows AS r
            MERGE (p:Post {id: r.id})
            SET p.title = r.title, p.name = r.name, p.bodyId = r.bodyId
            WITH p, r
            MATCH (b:Body {id: r.bodyId})
            MERGE (p)-[:OF]->(b)
            """;

    private static final String MERGE_PERSONS = """
            UNWIND $rows AS r
            MERGE (p:Person {id: r.id})
            SET p.name = r.name, p.pinyin = r.pinyin, p.pinyinCompact = r.pinyinCompact,
                p.pinyinInitials = r.pinyinInitials, p.pinyinVariants = r.pinyinVariants
            WITH p, r
            MATCH (d:District {id: r.districtId})
            MERGE (p)-[:IN_DISTRICT]->(d)
            """;

    // A session may be named in one gazette and described in another: never overwrite what is known with null.
    private static final String MERGE_SESSIONS = """
            UNWIND $rows AS r
            MERGE (s:Session {id: r.id})
            SET s.title = coalesce(s.title, r.title), s.district = r.district, s.kind = r.kind,
                s.term = coalesce(r.term, s.term), s.number = coalesce(r.number, s.number),
                s.startDate = coalesce(r.startDate, s.startDate), s.endDate = coalesce(r.endDate, s.endDate),
                s.agenda = CASE WHEN size(r.agenda) > 0 THEN r.agenda ELSE coalesce(s.agenda, []) END,
                s.source = coalesce(s.source, r.source), s.line = coalesce(s.line, r.line),
                s.quote = coalesce(s.quote, r.quote)
            WITH s, r
            MATCH (b:Body {id: r.bodyId})
            MERGE (s)-[:OF]->(b)
            """;

    private static final String MERGE_SITTINGS = """
            UNWIND $rows AS r
            MERGE (t:Sitting {id: r.id})
            SET t.sessionId = r.sessionId, t.date = r.date, t.half = r.half, t.expected = r.expected,
                t.statedPresent = r.statedPresent, t.statedOnLeave = r.statedOnLeave, t.consistent = r.consistent,
                t.source = r.source, t.line = r.line, t.quote = r.quote
            WITH t, r
            MATCH (s:Session {id: r.sessionId})
            MERGE (t)-[:OF]->(s)
            """;

    private static final String MERGE_ATTENDANCES = """
            UNWIND $rows AS r
            MATCH (p:Person {id: r.personId}), (s:Session {id: r.sessionId})
            MERGE (p)-[a:ATTENDED {id: r.id}]->(s)
            SET a.sittingId = r.sittingId, a.date = r.date, a.half = r.half, a.status = r.status,
                a.organisation = r.organisation, a.title = r.title,
                a.source = r.source, a.line = r.line, a.quote = r.quote
            """;

    private static final String MERGE_DOCUMENTS = """
            UNWIND $rows AS r
            MERGE (d:Document {id: r.id})
            SET d.title = r.title, d.kind = r.kind, d.district = r.district, d.date = r.date, d.number = r.number, d.adopted = r.adopted,
                d.sessionId = r.sessionId, d.authorTitle = r.authorTitle, d.firstLine = r.firstLine,
                d.lastLine = r.lastLine, d.stub = r.stub, d.sourceId = CASE WHEN r.stub THEN null ELSE $sourceId END,
                d.source = r.source, d.line = r.line, d.quote = r.quote
            FOREACH (_ IN CASE WHEN r.adopted THEN [1] ELSE [] END | SET d:Resolution)
            WITH d, r
            CALL (d, r) {
                WITH d, r WHERE NOT r.stub
                MATCH (src:Source {id: $sourceId})
                MERGE (d)-[:FROM_SOURCE]->(src)
            }
            CALL (d, r) {
                MATCH (s:Session {id: r.sessionId})
                MERGE (d)-[:PRESENTED_AT]->(s)
                FOREACH (_ IN CASE WHEN r.adopted THEN [1] ELSE [] END | MERGE (s)-[:APPROVED]->(d))
            }
            CALL (d, r) {
                MATCH (b:Body {id: r.issuerId})
                MERGE (b)-[:ISSUED]->(d)
            }
            CALL (d, r) {
                MATCH (p:Person {id: r.authorId})
                MERGE (p)-[a:AUTHORED]->(d)
                SET a.title = r.authorTitle
            }
            """;

    private static final String MERGE_FINDINGS = """
            UNWIND $rows AS r
            MERGE (f:Finding {id: r.id})
            SET f.severity = r.severity, f.line = r.line, f.message = r.message, f.sourceId = $sourceId
            WITH f
            MATCH (src:Source {id: $sourceId})
            MERGE (f)-[:FROM_SOURCE]->(src)
            """;

    // Relationship types cannot be parameters. One statement holds a branch per type (written from RelType), so
    // Neo4j plans one statement, not one per type: planning, not writing, is most of a cold ingestion.
    private static final String MERGE_EVENTS = """
            UNWIND $rows AS r
            MATCH (p:Person {id: r.personId})
            MATCH (post:Post {id: r.postId})
            %s""".formatted(branches(List.of(RelType.APPOINTED, RelType.REMOVED, RelType.RESIGNED, RelType.ELECTED,
            RelType.TERMINATED), """
                MERGE (p)-[e:%s {id: r.id}]->(post)
                SET e.kind = r.kind, e.date = r.date, e.reason = r.reason, e.documentId = r.documentId,
                    e.sessionId = r.sessionId, e.electoralDistrictId = r.electoralDistrictId,
                    e.source = r.source, e.line = r.line, e.quote = r.quote"""));

    private static final String MERGE_ATTESTATIONS = """
            UNWIND $rows AS r
            MATCH (p:Person {id: r.personId}), (post:Post {id: r.postId})
            MERGE (p)-[a:ATTESTED {id: r.id}]->(post)
            SET a.date = r.date, a.documentId = r.documentId, a.source = r.source, a.line = r.line, a.quote = r.quote
            """;

    private static final String MERGE_LINKS = """
            UNWIND $rows AS r
            MATCH (a:Document {id: r.fromId})
            MATCH (b:Document {id: r.toId})
            %s""".formatted(branches(RelType.LINEAGE, """
                MERGE (a)-[l:%s]->(b)
                SET l.source = r.source, l.line = r.line, l.quote = r.quote"""));

    private GraphWriter() {
    }

    /** Writes a gazette's facts, in dependency order (districts before bodies before posts …), in the caller's transaction. */
    static void writeFacts(TransactionContext tx, String sourceId, GazetteGraph graph) {
        run(tx, MERGE_DISTRICTS, graph.districts(), sourceId);
        run(tx, MERGE_BODIES, graph.bodies(), sourceId);
        run(tx, MERGE_POSTS, graph.posts(), sourceId);
        run(tx, MERGE_PERSONS, graph.persons(), sourceId);
        run(tx, MERGE_SESSIONS, graph.sessions(), sourceId);
        run(tx, MERGE_SITTINGS, graph.sittings(), sourceId);
        run(tx, MERGE_ATTENDANCES, graph.attendances(), sourceId);
        run(tx, MERGE_DOCUMENTS, graph.documents(), sourceId);
        run(tx, MERGE_EVENTS, graph.events(), sourceId);
        run(tx, MERGE_ATTESTATIONS, graph.attestations(), sourceId);
        run(tx, MERGE_LINKS, graph.links(), sourceId);
        run(tx, MERGE_FINDINGS, graph.findings(), sourceId);
    }

    /** One conditional branch per relationship type: each row takes the branch its {@code relation} names. */
    private static String branches(List<RelType> types, String merge) {
        StringBuilder cypher = new StringBuilder();
        for (RelType type : types) {
            cypher.append("FOREACH (_ IN CASE WHEN r.relation = '").append(type.name()).append("' THEN [1] ELSE [] END |\n")
                .append(merge.formatted(type.name()).indent(4)).append(")\n");
        }
        return cypher.toString();
    }

    private static void run(TransactionContext tx, String cypher, List<? extends Record> rows, String sourceId) {
        if (rows.isEmpty()) {
            return;
        }
        tx.run(cypher, Map.of("rows", RowParameters.of(rows, sourceId), "sourceId", sourceId)).consume();
    }

    static String sourceId(Gazette gazette) {
        return NodeId.of(Label.Source, gazette.sha256()).value();
    }

    static void writeSource(TransactionContext tx, Gazette gazette) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("id", sourceId(gazette));
        params.put("fileName", gazette.fileName());
        params.put("title", gazette.title());
        params.put("sha256", gazette.sha256());
        params.put("lineCount", gazette.lineCount());
        params.put("lines", gazette.lines());
        tx.run(MERGE_SOURCE, params).consume();
    }
}
