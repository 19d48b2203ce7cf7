package civicgraph.api.source;

/** A gazette file as ingested; named after its GraphQL type. */
public record Source(String id, String fileName, String title, String sha256, int lines) {
}
