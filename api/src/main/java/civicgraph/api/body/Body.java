package civicgraph.api.body;

import java.util.List;

/** A congress, standing committee, government, court, tribunal, procuratorate, town …; named after its GraphQL type. */
public record Body(String id, String name, List<String> aliases, String kind, String districtId, String parentId) {
}
