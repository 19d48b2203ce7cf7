package civicgraph.api.graphql;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Answers an {@link InvalidArgumentException} as BAD_REQUEST and a {@link NotFoundException} as NOT_FOUND, on the
 * field's path, naming the argument.
 */
@Component
class InvalidArgumentResolver extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof InvalidArgumentException invalid) {
            return GraphqlErrorBuilder.newError(env)
                .errorType(ErrorType.BAD_REQUEST)
                .message(invalid.getMessage())
                .extensions(Map.of("argument", invalid.argument()))
                .build();
        }
        if (ex instanceof NotFoundException notFound) {
            return GraphqlErrorBuilder.newError(env)
                .errorType(ErrorType.NOT_FOUND)
                .message(notFound.getMessage())
                .extensions(Map.of("argument", notFound.argument()))
                .build();
        }
        return null; // not ours: Spring answers INTERNAL_ERROR and logs it with the execution id
    }
}
