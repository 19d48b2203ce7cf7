package civicgraph.api.district;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The Cypher of districts. */
@Repository
@Transactional(readOnly = true)
public class DistrictQueries {

    private static final String FIELDS = "d.id AS id, d.name AS name, d.kind AS kind, "
            + "head([(d)-[:PART_OF]->(p:District) | p.id]) AS parentId";

    private static final String ALL = "MATCH (d:District) RETURN " + FIELDS + " ORDER BY d.kind, d.name";

    private static final String BY_IDS = "UNWIND $ids AS id MATCH (d:District {id: id}) RETURN " + FIELDS;

    private final Neo4jClient neo4j;

    DistrictQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    public List<District> all() {
        return List.copyOf(this.neo4j.query(ALL).fetchAs(District.class).mappedBy((t, row) -> toDistrict(row)).all());
    }

    public Map<String, District> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return this.neo4j.query(BY_IDS).bind(ids).to("ids").fetchAs(District.class)
            .mappedBy((t, row) -> toDistrict(row)).all().stream().collect(Collectors.toMap(District::id, (d) -> d));
    }

    private static District toDistrict(org.neo4j.driver.Record row) {
        return new District(row.get("id").asString(), row.get("name").asString(), row.get("kind").asString(),
                row.get("parentId").asString(null));
    }
}
