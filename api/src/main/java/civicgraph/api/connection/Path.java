package civicgraph.api.connection;

import java.util.List;

/** The shortest chain linking two people: the nodes along it and the relationship types between them. */
public record Path(int length, List<Object> nodes, List<String> relations) {
}
