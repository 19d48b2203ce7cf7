package civicgraph.api.graphql;

/** One edge of a {@link Connection}: served as {@code PersonEdge}, {@code DocumentEdge}, ... by property name. */
public record Edge<T>(String cursor, T node) {
}
