package civicgraph.api.source;

/** Lines [from, to] of one source, 1-based and inclusive: the key of the batched Source.text loader. */
record TextRange(String sourceId, int from, int to) {
}
