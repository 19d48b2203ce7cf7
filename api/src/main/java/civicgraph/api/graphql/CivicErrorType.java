package civicgraph.api.graphql;

import graphql.ErrorClassification;

/** Error classifications beside Spring's {@code ErrorType}; each is served as {@code extensions.classification}. */
public enum CivicErrorType implements ErrorClassification {

    /** A request over one of the server's limits (depth, complexity, size, time): ask for less and retry. */
    LIMIT_EXCEEDED
}
