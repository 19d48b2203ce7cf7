package civicgraph.api.node;

import java.util.Collection;
import java.util.Map;

import civicgraph.model.Label;

/** How {@code node(id)} and {@code nodes(ids)} find the nodes of one label: each feature contributes one. */
public interface NodeLookup {

    Label label();

    /** The nodes found among {@code ids}, keyed by id; unknown ids are left out. One query for all of them. */
    Map<String, Object> byIds(Collection<String> ids);
}
