package civicgraph.api.source;

/** Where a fact was read: a source, its 1-based line, the line as printed. {@code source} resolves in a batch. */
public record Evidence(String sourceId, int line, String quote) {

    /** The evidence stored on a node or relationship as properties source, line and quote; null when absent. */
    public static Evidence of(org.neo4j.driver.Value value) {
        if (value == null || value.isNull() || value.get("source").isNull()) {
            return null;
        }
        return new Evidence(value.get("source").asString(), value.get("line").asInt(), value.get("quote").asString(""));
    }
}
