package civicgraph.model.schema;

import java.util.ArrayList;
import java.util.List;

import civicgraph.model.Label;
import civicgraph.model.RelType;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The graph's constraints and indexes. Every statement is {@code IF NOT EXISTS}, so applying the schema at each
 * start-up is idempotent.
 */
public final class GraphSchema {

    private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);

    /** Full-text index over the names and titles of what the search box finds; bigrams of Han characters. */
    public static final String SEARCH_TEXT_INDEX = "search_text";

    /** Full-text index over pinyin forms ("zhu ming fu", "zhumingfu", "zmf"). */
    public static final String SEARCH_PINYIN_INDEX = "search_pinyin";

    private GraphSchema() {
    }

    /** The statements, in the order they are applied. */
    public static List<String> statements() {
        List<String> statements = new ArrayList<>();
        for (Label label : Label.values()) {
            if (label.idPrefix() != null) {
                statements.add("CREATE CONSTRAINT %s_id IF NOT EXISTS FOR (n:%s) REQUIRE n.id IS UNIQUE"
                    .formatted(label.name().toLowerCase(), label.name()));
            }
        }
        statements.add("CREATE INDEX source_file IF NOT EXISTS FOR (n:Source) ON (n.fileName)");
        statements.add("CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name)");
        statements.add("CREATE INDEX body_name IF NOT EXISTS FOR (n:Body) ON (n.name)");
        statements.add("CREATE INDEX body_kind IF NOT EXISTS FOR (n:Body) ON (n.kind)");
        statements.add("CREATE INDEX post_title IF NOT EXISTS FOR (n:Post) ON (n.title)");
        statements.add("CREATE INDEX session_start IF NOT EXISTS FOR (n:Session) ON (n.startDate)");
        statements.add("CREATE INDEX document_kind IF NOT EXISTS FOR (n:Document) ON (n.kind)");
        statements.add("CREATE INDEX document_date IF NOT EXISTS FOR (n:Document) ON (n.date)");
        statements.add("CREATE INDEX document_title IF NOT EXISTS FOR (n:Document) ON (n.title)");
        statements.add("CREATE INDEX district_name IF NOT EXISTS FOR (n:District) ON (n.name)");
        // "who held X on D" is a range lookup on the post's tenures, not a scan of every tenure.
        statements.add("CREATE INDEX tenure_post_span IF NOT EXISTS FOR (n:Tenure) ON (n.postId, n.spanStart, n.spanEnd)");
        statements.add("CREATE INDEX tenure_title IF NOT EXISTS FOR (n:Tenure) ON (n.title)");
        statements.add("CREATE INDEX tenure_post_name IF NOT EXISTS FOR (n:Tenure) ON (n.postName)");
        statements.add("CREATE INDEX tenure_person IF NOT EXISTS FOR (n:Tenure) ON (n.personId)");
        statements.add("CREATE INDEX tenure_post IF NOT EXISTS FOR (n:Tenure) ON (n.postId)");
        statements.add("CREATE INDEX tenure_body IF NOT EXISTS FOR (n:Tenure) ON (n.bodyId)");
        statements.add("CREATE INDEX sitting_session IF NOT EXISTS FOR (n:Sitting) ON (n.sessionId)");
        statements.add("CREATE INDEX person_pinyin IF NOT EXISTS FOR (n:Person) ON (n.pinyinCompact)");
        statements.add("CREATE INDEX session_district IF NOT EXISTS FOR (n:Session) ON (n.district)");
        statements.add("CREATE INDEX document_district IF NOT EXISTS FOR (n:Document) ON (n.district)");
        // Facts stored on relationships are found by id (node(id) of an event) and by their sitting or session.
        for (RelType type : List.of(RelType.APPOINTED, RelType.REMOVED, RelType.RESIGNED, RelType.ELECTED,
                RelType.TERMINATED, RelType.ATTESTED, RelType.ATTENDED)) {
            statements.add("CREATE INDEX %s_id IF NOT EXISTS FOR ()-[r:%s]-() ON (r.id)"
                .formatted(type.name().toLowerCase(), type.name()));
        }
        for (RelType type : List.of(RelType.APPOINTED, RelType.REMOVED, RelType.RESIGNED, RelType.ELECTED,
                RelType.TERMINATED)) {
            statements.add("CREATE INDEX %s_session IF NOT EXISTS FOR ()-[r:%s]-() ON (r.sessionId)"
                .formatted(type.name().toLowerCase(), type.name()));
        }
        statements.add("CREATE INDEX attended_sitting IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.sittingId)");
        statements.add("""
                CREATE FULLTEXT INDEX %s IF NOT EXISTS FOR (n:Person|Body|Session|Document) ON EACH [n.name, n.title]
                OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}""".formatted(SEARCH_TEXT_INDEX));
        statements.add("""
                CREATE FULLTEXT INDEX %s IF NOT EXISTS FOR (n:Person) ON EACH [n.pinyin, n.pinyinCompact, n.pinyinInitials]
                OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}}""".formatted(SEARCH_PINYIN_INDEX));
        return List.copyOf(statements);
    }

    /** Applies every statement and waits until the indexes are online. */
    public static void apply(Driver driver, SessionConfig sessionConfig) {
        try (var session = driver.session(sessionConfig)) {
            for (String statement : statements()) {
                session.run(statement).consume();
            }
            session.run("CALL db.awaitIndexes(300)").consume();
        }
        log.info("graph schema applied: {} constraints and indexes", statements().size());
    }
}
