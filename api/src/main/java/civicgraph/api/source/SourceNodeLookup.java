package civicgraph.api.source;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import civicgraph.api.node.NodeLookup;
import civicgraph.model.Label;
import org.springframework.stereotype.Component;

/** Sources for {@code node(id)}. */
@Component
class SourceNodeLookup implements NodeLookup {

    private final SourceQueries sources;

    SourceNodeLookup(SourceQueries sources) {
        this.sources = sources;
    }

    @Override
    public Label label() {
        return Label.Source;
    }

    @Override
    public Map<String, Object> byIds(Collection<String> ids) {
        return this.sources.byIds(ids).stream().collect(Collectors.toMap(Source::id, (s) -> s));
    }
}
