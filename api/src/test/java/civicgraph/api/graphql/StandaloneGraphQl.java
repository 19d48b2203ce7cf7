package civicgraph.api.graphql;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import graphql.schema.idl.RuntimeWiring;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.DefaultExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;

/**
 * Spring for GraphQL's execution over a tiny schema, without a server or Neo4j: for plumbing that no served field
 * exercises yet (a Date argument, a field that fails). The resolvers are given in the order the server has them.
 */
final class StandaloneGraphQl {

    private StandaloneGraphQl() {
    }

    static ExecutionGraphQlServiceTester tester(String sdl, Consumer<RuntimeWiring.Builder> wiring,
            List<DataFetcherExceptionResolver> resolvers) {
        GraphQlSource source = GraphQlSource.schemaResourceBuilder()
            .schemaResources(new ByteArrayResource(sdl.getBytes(StandardCharsets.UTF_8), "test.graphqls"))
            .configureRuntimeWiring(new ScalarWiring())
            .configureRuntimeWiring(wiring::accept)
            .exceptionResolvers(resolvers)
            .build();
        return ExecutionGraphQlServiceTester.create(new DefaultExecutionGraphQlService(source));
    }
}
