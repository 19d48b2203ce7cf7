package civicgraph.api.graphql;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import civicgraph.api.CivicGraphServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@CivicGraphServerTest
class GraphiQlTests {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @LocalServerPort
    private int port;

    @Test
    void theGraphiqlPageLoadsEverythingFromThisServerAndOpensWithTheExamples() throws Exception {
        HttpResponse<String> page = get("/graphiql");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getQuery()).isEqualTo("path=/graphql");
        assertThat(page.body()).contains("<script src=\"/graphiql/graphiql.min.js\"></script>")
            .contains("holders(title: \"副区长\", district: \"宝山区\", at: \"2023-10-01\")")
            .contains("evidence { source { fileName } line quote }")
            .contains("lineage(document: $document", "sources {", "search(text: ")
            .doesNotContain("esm.sh", "unpkg", "jsdelivr");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "graphiql.min.js", "graphiql.min.css", "react.production.min.js",
            "react-dom.production.min.js" })
    void theScriptsAndStylesAreServedLocally(String file) throws Exception {
        HttpResponse<String> asset = get("/graphiql/" + file);

        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Content-Type")).hasValueSatisfying(
                (type) -> assertThat(type).containsAnyOf("javascript", "text/css"));
        assertThat(asset.body().length()).isGreaterThan(5_000);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
