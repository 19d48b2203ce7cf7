package civicgraph.api.source;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The Cypher of the Source feature; every read in a read transaction. */
@Repository
@Transactional(readOnly = true)
public class SourceQueries {

    private static final String RETURN_SOURCE = " RETURN s.id AS id, s.fileName AS fileName, s.title AS title,"
            + " s.sha256 AS sha256, s.lineCount AS lines";

    private static final String ALL = "MATCH (s:Source)" + RETURN_SOURCE + " ORDER BY s.fileName";

    private static final String BY_IDS = "UNWIND $ids AS id MATCH (s:Source {id: id})" + RETURN_SOURCE;

    // List slicing is end-exclusive and 0-based: lines [from, to] are lines[from - 1 .. to].
    private static final String TEXT_OF_RANGES = """
            UNWIND $ranges AS r
            MATCH (s:Source {id: r.sourceId})
            RETURN r.sourceId AS sourceId, r.from AS from, r.to AS to, s.lines[r.from - 1 .. r.to] AS lines
            """;

    private final Neo4jClient neo4j;

    SourceQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    public List<Source> all() {
        return List.copyOf(this.neo4j.query(ALL).fetchAs(Source.class).mappedBy((types, row) -> toSource(row)).all());
    }

    public Optional<Source> byId(String id) {
        return byIds(List.of(id)).stream().findFirst();
    }

    public List<Source> byIds(Collection<String> ids) {
        return List.copyOf(this.neo4j.query(BY_IDS).bind(ids).to("ids").fetchAs(Source.class)
            .mappedBy((types, row) -> toSource(row)).all());
    }

    /** The text of each range, its lines joined by newlines; one query for all ranges. */
    public Map<TextRange, String> textOf(Collection<TextRange> ranges) {
        List<Map<String, Object>> params = ranges.stream()
            .map((r) -> Map.<String, Object>of("sourceId", r.sourceId(), "from", r.from(), "to", r.to()))
            .toList();
        return this.neo4j.query(TEXT_OF_RANGES).bind(params).to("ranges")
            .fetchAs(Map.Entry.class)
            .mappedBy((types, row) -> Map.entry(
                    new TextRange(row.get("sourceId").asString(), row.get("from").asInt(), row.get("to").asInt()),
                    String.join("\n", row.get("lines").asList((v) -> v.asString()))))
            .all().stream()
            .collect(Collectors.toMap((e) -> (TextRange) e.getKey(), (e) -> (String) e.getValue(), (a, b) -> a));
    }

    private static Source toSource(org.neo4j.driver.Record row) {
        return new Source(row.get("id").asString(), row.get("fileName").asString(), row.get("title").asString(null),
                row.get("sha256").asString(), row.get("lines").asInt());
    }
}
