package civicgraph.api.graphql;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import civicgraph.api.CivicGraphServerTest;
import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@CivicGraphServerTest
class QueryLimitsTests {

    @Autowired
    private HttpGraphQlTester graphQl;

    @LocalServerPort
    private int port;

    @Test
    void aQueryThirteenDeepIsRefusedNamingBothDepths() {
        this.graphQl.document("{ sources { id } " + introspectionDeep(13) + " }")
            .execute()
            .errors()
            .expect((error) -> isLimitExceeded(error, "maximum query depth exceeded 13 > 12")
                    && error.getExtensions().get("limit").equals("depth"))
            .verify()
            .path("sources").pathDoesNotExist();
    }

    @Test
    void aQueryTwelveDeepIsAnswered() {
        this.graphQl.document("{ sources { id } " + introspectionDeep(12) + " }")
            .execute()
            .path("sources[0].id").hasValue()
            .path("__schema.types[?(@.fields)].fields[0].type").hasValue();
    }

    @Test
    void graphiqlsIntrospectionQueryThirteenDeepIsAnswered() {
        // graphql-java's copy of graphql-js's query, which GraphiQL sends: __schema types fields args type + 7 ofType
        this.graphQl.document(IntrospectionQuery.INTROSPECTION_QUERY)
            .execute()
            .path("__schema.queryType.name").entity(String.class).isEqualTo("Query");
    }

    @Test
    void introspectionDeeperThanGoodFaithIsATypedError() {
        this.graphQl.document("{ " + introspectionDeep(22) + " }")
            .execute()
            .errors()
            .expect((error) -> error.getErrorType() != null && error.getMessage().contains("good faith"))
            .verify();
    }

    @Test
    void aQueryOverTheComplexityCapIsRefusedNamingBothNumbers() {
        // graphql-java counts each selected field once (a fragment's fields once, however often it is spread):
        // sources and 5000 ids make 5001.
        this.graphQl.document("{ sources { " + "id ".repeat(5000) + "} }")
            .execute()
            .errors()
            .expect((error) -> isLimitExceeded(error, "maximum query complexity exceeded 5001 > 5000")
                    && error.getExtensions().get("max").equals(5000))
            .verify()
            .path("sources").pathDoesNotExist();
    }

    @Test
    void aQueryOf20000TokensIsRefusedByTheParser() {
        this.graphQl.document("{ sources { " + "id ".repeat(20_000) + "} }")
            .execute()
            .errors()
            .expect((error) -> error.getErrorType().toString().equals("InvalidSyntax")
                    && error.getMessage().startsWith("More than 10,000 'grammar' tokens have been presented."))
            .verify();
    }

    @Test
    void aQueryOfMoreThan100000CharactersIsRefusedByTheParser() {
        this.graphQl.document("{ sources { id } } #" + "x".repeat(100_000))
            .execute()
            .errors()
            .expect((error) -> error.getErrorType().toString().equals("InvalidSyntax")
                    && error.getMessage().contains("100,000"))
            .verify();
    }

    @Test
    void aQueryOfMoreThan20000WhitespaceTokensIsRefusedByTheParser() {
        this.graphQl.document("{ sources { id } }" + ",".repeat(25_000))
            .execute()
            .errors()
            .expect((error) -> error.getErrorType().toString().equals("InvalidSyntax")
                    && error.getMessage().contains("20,000"))
            .verify();
    }

    @Test
    void listsNested300DeepAreRefusedByTheParser() {
        this.graphQl.document("{ nodes(ids: " + "[".repeat(300) + "]".repeat(300) + ") { id } }")
            .execute()
            .errors()
            .expect((error) -> error.getErrorType().toString().equals("InvalidSyntax")
                    && error.getMessage().contains("250"))
            .verify();
    }

    @Test
    void anUnknownFieldIsAValidationError() {
        this.graphQl.document("{ sources { fileName pages } }")
            .execute()
            .errors()
            .expect((error) -> error.getErrorType().toString().equals("ValidationError")
                    && error.getMessage().contains("Field 'pages' in type 'Source' is undefined"))
            .verify();
    }

    @Test
    void aWrongArgumentTypeIsAValidationError() {
        this.graphQl.document("{ sources { text(from: \"one\", to: 2) } }")
            .execute()
            .errors()
            .expect((error) -> error.getErrorType().toString().equals("ValidationError")
                    && error.getMessage().contains("argument 'from' with value 'StringValue{value='one'}' is not a "
                            + "valid 'Int'"))
            .verify();
    }

    @Test
    void aBodyOverTheCapIs413WithALimitExceededError() throws Exception {
        String body = "{\"query\":\"{ sources { id } }\",\"variables\":{\"pad\":\"" + "x".repeat(300_000) + "\"}}";

        HttpResponse<String> sized = post(HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> chunked = post(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));

        assertThat(sized.statusCode()).isEqualTo(413);
        assertThat(sized.body()).isEqualTo("{\"errors\":[{\"message\":\"request body: " + body.length()
                + " bytes is more than the "
                + "262144 bytes allowed\",\"extensions\":{\"classification\":\"LIMIT_EXCEEDED\",\"limit\":"
                + "\"requestSize\",\"max\":262144}}]}");
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("request body: more than 262144 bytes is more than the 262144 bytes");
    }

    @Test
    void aChunkedBodyUnderTheCapIsAnswered() throws Exception {
        byte[] body = "{\"query\":\"{ sources { fileName } }\"}".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(body)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("000_783246789b863c1c.txt");
    }

    @Test
    void readsTimeOutAfterTenSeconds(@Autowired PlatformTransactionManager transactions) {
        assertThat(((AbstractPlatformTransactionManager) transactions).getDefaultTimeout()).isEqualTo(10);
    }

    @Test
    void aTransactionTimeoutReachesNeo4jAndIsRecognised(@Autowired PlatformTransactionManager transactions,
            @Autowired Neo4jClient neo4j) {
        TransactionTemplate oneSecond = new TransactionTemplate(transactions);
        oneSecond.setReadOnly(true);
        oneSecond.setTimeout(1); // the default, 10 s, is what every read gets; 1 s keeps the test short

        Throwable failure = catchThrowable(() -> oneSecond.executeWithoutResult((status) -> neo4j
            .query("UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b WITH a * b AS p WHERE p < 0 "
                    + "RETURN count(*) AS n")
            .fetch().one()));

        assertThat(failure).isNotNull();
        assertThat(UnexpectedExceptionResolver.isTimeout(failure)).as(failure.toString()).isTrue();
    }

    private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
                    .header("Content-Type", "application/json")
                    .POST(body)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** {@code __schema { types { fields { type { ofType ... { name } } } } } }, {@code depth} fields deep. */
    private static String introspectionDeep(int depth) {
        int ofTypes = depth - 5; // __schema types fields type ... name
        return "__schema { types { fields { type { " + "ofType { ".repeat(ofTypes) + "name" + " }".repeat(ofTypes)
                + " } } } }";
    }

    private static boolean isLimitExceeded(ResponseError error, String message) {
        return error.getErrorType().toString().equals("LIMIT_EXCEEDED") && error.getMessage().equals(message);
    }
}
