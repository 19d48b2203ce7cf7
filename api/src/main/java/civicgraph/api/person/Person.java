package civicgraph.api.person;

/** An official, member or deputy, keyed by name within a district; named after its GraphQL type. */
public record Person(String id, String name, String pinyin) {
}
