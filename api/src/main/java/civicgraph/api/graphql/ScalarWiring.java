package civicgraph.api.graphql;

import graphql.schema.idl.RuntimeWiring;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/** Wires the schema's custom scalars (common.graphqls) to their Java forms; Boot applies every such bean. */
@Component
class ScalarWiring implements RuntimeWiringConfigurer {

    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        wiring.scalar(DateScalar.TYPE);
    }
}
