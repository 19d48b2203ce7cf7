package civicgraph.api.graphql;

/** Relay's {@code PageInfo}; the cursors are null on an empty page. */
public record PageInfo(boolean hasNextPage, String endCursor, boolean hasPreviousPage, String startCursor) {
}
