package civicgraph.api.district;

/** An administrative district (青浦区), an electoral district (第6选区) or a town; named after its GraphQL type. */
public record District(String id, String name, String kind, String parentId) {
}
