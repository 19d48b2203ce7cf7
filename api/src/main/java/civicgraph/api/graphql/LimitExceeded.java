package civicgraph.api.graphql;

import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;

/** The LIMIT_EXCEEDED errors: what limit, how much was asked, how much is allowed. */
final class LimitExceeded {

    private LimitExceeded() {
    }

    static GraphQLError error(String message, String limit, long actual, long max) {
        return GraphqlErrorBuilder.newError()
            .errorType(CivicErrorType.LIMIT_EXCEEDED)
            .message(message)
            .extensions(Map.of("limit", limit, "actual", actual, "max", max))
            .build();
    }

    /** graphql-java answers an abort with its underlying errors, so the classification survives. */
    static AbortExecutionException abort(String message, String limit, long actual, long max) {
        return new AbortExecutionException(List.of(error(message, limit, actual, max)));
    }
}
