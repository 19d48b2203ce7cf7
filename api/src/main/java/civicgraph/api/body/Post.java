package civicgraph.api.body;

/** A title within a body (副区长 of 宝山区人民政府); named after its GraphQL type. */
public record Post(String id, String title, String bodyId) {
}
