package civicgraph.api.body;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The Cypher of bodies and posts; each method answers for many ids in one query. */
@Repository
@Transactional(readOnly = true)
public class BodyQueries {

    static final String BODY_FIELDS = """
            b.id AS id, b.name AS name, coalesce(b.aliases, []) AS aliases, b.kind AS kind,
            head([(b)-[:IN_DISTRICT]->(d) | d.id]) AS districtId, head([(b)-[:PART_OF]->(p) | p.id]) AS parentId""";

    private static final String BODIES_BY_IDS = "UNWIND $ids AS id MATCH (b:Body {id: id}) RETURN " + BODY_FIELDS;

    private static final String POSTS_BY_IDS = """
            UNWIND $ids AS id MATCH (p:Post {id: id}) RETURN p.id AS id, p.title AS title, p.bodyId AS bodyId""";

    private static final String POSTS_OF_BODIES = """
            UNWIND $ids AS id
            MATCH (p:Post)-[:OF]->(:Body {id: id})
            RETURN id AS key, p.id AS id, p.title AS title, p.bodyId AS bodyId ORDER BY p.title""";

    private static final String CHILDREN_OF_BODIES = """
            UNWIND $ids AS key
            MATCH (b:Body)-[:PART_OF]->(:Body {id: key})
            RETURN key, %s ORDER BY b.name""".formatted(BODY_FIELDS);

    private static final String COUNT = """
            MATCH (b:Body)
            WHERE ($kind IS NULL OR b.kind = $kind)
              AND ($district IS NULL OR EXISTS { (b)-[:IN_DISTRICT]->(:District {name: $district}) })
              AND ($name IS NULL OR b.name CONTAINS $name OR any(a IN coalesce(b.aliases, []) WHERE a CONTAINS $name))
            RETURN count(b) AS total""";

    private static final String PAGE = """
            MATCH (b:Body)
            WHERE ($kind IS NULL OR b.kind = $kind)
              AND ($district IS NULL OR EXISTS { (b)-[:IN_DISTRICT]->(:District {name: $district}) })
              AND ($name IS NULL OR b.name CONTAINS $name OR any(a IN coalesce(b.aliases, []) WHERE a CONTAINS $name))
            RETURN %s ORDER BY b.name, b.id SKIP $skip LIMIT $limit""".formatted(BODY_FIELDS);

    private final Neo4jClient neo4j;

    BodyQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    public Map<String, Body> bodies(Collection<String> ids) {
        return this.neo4j.query(BODIES_BY_IDS).bind(ids).to("ids").fetchAs(Body.class)
            .mappedBy((types, row) -> toBody(row)).all().stream().collect(Collectors.toMap(Body::id, (b) -> b));
    }

    public Map<String, Post> posts(Collection<String> ids) {
        return this.neo4j.query(POSTS_BY_IDS).bind(ids).to("ids").fetchAs(Post.class)
            .mappedBy((types, row) -> toPost(row)).all().stream().collect(Collectors.toMap(Post::id, (p) -> p));
    }

    public Map<String, List<Post>> postsOf(Collection<String> bodyIds) {
        return this.neo4j.query(POSTS_OF_BODIES).bind(bodyIds).to("ids").fetchAs(Map.Entry.class)
            .mappedBy((types, row) -> Map.entry(row.get("key").asString(), toPost(row))).all().stream()
            .collect(Collectors.groupingBy((e) -> (String) e.getKey(), Collectors.mapping((e) -> (Post) e.getValue(),
                    Collectors.toList())));
    }

    public Map<String, List<Body>> childrenOf(Collection<String> bodyIds) {
        return this.neo4j.query(CHILDREN_OF_BODIES).bind(bodyIds).to("ids").fetchAs(Map.Entry.class)
            .mappedBy((types, row) -> Map.entry(row.get("key").asString(), toBody(row))).all().stream()
            .collect(Collectors.groupingBy((e) -> (String) e.getKey(), Collectors.mapping((e) -> (Body) e.getValue(),
                    Collectors.toList())));
    }

    public long count(String kind, String district, String name) {
        return this.neo4j.query(COUNT).bindAll(filters(kind, district, name)).fetchAs(Long.class)
            .mappedBy((types, row) -> row.get("total").asLong()).one().orElse(0L);
    }

    public List<Body> page(String kind, String district, String name, long skip, int limit) {
        Map<String, Object> params = filters(kind, district, name);
        params.put("skip", skip);
        params.put("limit", limit);
        return List.copyOf(this.neo4j.query(PAGE).bindAll(params).fetchAs(Body.class)
            .mappedBy((types, row) -> toBody(row)).all());
    }

    private static Map<String, Object> filters(String kind, String district, String name) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("kind", kind);
        params.put("district", district);
        params.put("name", name);
        return params;
    }

    static Body toBody(org.neo4j.driver.Record row) {
        return new Body(row.get("id").asString(), row.get("name").asString(), row.get("aliases").asList((v) -> v.asString()),
                row.get("kind").asString(), row.get("districtId").asString(null), row.get("parentId").asString(null));
    }

    static Post toPost(org.neo4j.driver.Record row) {
        return new Post(row.get("id").asString(), row.get("title").asString(), row.get("bodyId").asString());
    }
}
