package civicgraph.api.graphql;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;

/**
 * The last resolver, for every exception no other resolver claims. Spring's own fallback answers
 * "INTERNAL_ERROR for &lt;execution id&gt;" and logs at ERROR, but it quotes the exception's message when a resolver
 * fails and gives the client no id to report; this one answers a generic message with an error id in the message
 * and in {@code extensions.errorId}, and logs the exception once, at ERROR, with that id. Neither Cypher nor a
 * stack trace reaches the client. A read that outlived {@code spring.transaction.default-timeout} is answered
 * LIMIT_EXCEEDED instead: the client can ask for less.
 */
class UnexpectedExceptionResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedExceptionResolver.class);

    private final Duration readTimeout;

    UnexpectedExceptionResolver(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        String errorId = UUID.randomUUID().toString();
        if (isTimeout(ex)) {
            log.warn("read timed out after {} on {} (error id {}, execution id {}): {}", this.readTimeout,
                    env.getExecutionStepInfo().getPath(), errorId, env.getExecutionId(), ex.toString());
            return GraphqlErrorBuilder.newError(env)
                .errorType(CivicErrorType.LIMIT_EXCEEDED)
                .message("the read took longer than %d s, the server's limit: ask for less (a smaller first, fewer "
                        + "nested lists)".formatted(this.readTimeout.toSeconds()))
                .extensions(Map.of("limit", "timeout", "max", this.readTimeout.toSeconds(), "errorId", errorId))
                .build();
        }
        log.error("unexpected {} on {} (error id {}, execution id {})", ex.getClass().getName(),
                env.getExecutionStepInfo().getPath(), errorId, env.getExecutionId(), ex);
        return GraphqlErrorBuilder.newError(env)
            .errorType(ErrorType.INTERNAL_ERROR)
            .message("internal error " + errorId + ": the server failed to answer this field; the error id names "
                    + "it in the server's log")
            .extensions(Map.of("errorId", errorId))
            .build();
    }

    static boolean isTimeout(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
            if (cause instanceof QueryTimeoutException) {
                return true;
            }
            if (cause instanceof Neo4jException neo4j && neo4j.code() != null
                    && neo4j.code().contains("TransactionTimedOut")) {
                return true;
            }
        }
        return false;
    }
}
