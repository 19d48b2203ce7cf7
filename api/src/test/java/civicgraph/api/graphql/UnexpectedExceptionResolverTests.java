package civicgraph.api.graphql;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;

import static org.assertj.core.api.Assertions.assertThat;

class UnexpectedExceptionResolverTests {

    private static final String CYPHER_FAILURE = "Invalid input 'RETRN': expected ... "
            + "(line 1, column 23) \"MATCH (s:Source) RETRN s\"";

    private final ExecutionGraphQlServiceTester graphQl = StandaloneGraphQl.tester(
            "type Query { broken: String invalid(first: Int): String ok: String }",
            (wiring) -> wiring.type("Query", (type) -> type
                .dataFetcher("broken", (env) -> {
                    throw new InvalidDataAccessResourceUsageException(CYPHER_FAILURE);
                })
                .dataFetcher("invalid", (env) -> Page.of(env.getArgument("first"), null))
                .dataFetcher("ok", (env) -> "fine")),
            List.of(new InvalidArgumentResolver(), new UnexpectedExceptionResolver(Duration.ofSeconds(10))));

    @Test
    void anUnexpectedExceptionIsAnInternalErrorWithAnIdAndNoDetail() {
        this.graphQl.document("{ broken ok }")
            .execute()
            .errors()
            .satisfy((errors) -> {
                assertThat(errors).singleElement().satisfies((error) -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
                    assertThat(error.getPath()).isEqualTo("broken");
                    String errorId = (String) error.getExtensions().get("errorId");
                    assertThat(errorId).matches("[0-9a-f-]{36}");
                    assertThat(error.getMessage()).isEqualTo("internal error " + errorId
                            + ": the server failed to answer this field; the error id names it in the server's log");
                    assertThat(error.toString()).doesNotContain("RETRN", "MATCH", "Exception", "at civicgraph");
                });
            })
            .path("ok").entity(String.class).isEqualTo("fine");
    }

    @Test
    void theFeaturesResolversStillComeFirst() {
        this.graphQl.document("{ invalid(first: 101) }")
            .execute()
            .errors()
            .expect((error) -> error.getErrorType() == ErrorType.BAD_REQUEST
                    && error.getMessage().equals("first: 101 is outside 0..100"))
            .verify();
    }

    @Test
    void aNeo4jTransactionTimeoutIsRecognisedThroughItsCauses() {
        var timedOut = new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
                "The transaction has been terminated.");

        assertThat(UnexpectedExceptionResolver.isTimeout(new RuntimeException(timedOut))).isTrue();
        assertThat(UnexpectedExceptionResolver.isTimeout(new IllegalStateException("x"))).isFalse();
    }
}
