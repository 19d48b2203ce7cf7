package civicgraph.api.neo4j;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A plain HTTP client for a server started by a test itself, as curl would talk to it. */
final class GraphQlClient {

    private final HttpClient http = HttpClient.newHttpClient();

    private final URI endpoint;

    GraphQlClient(ConfigurableApplicationContext server) {
        int port = ((WebServerApplicationContext) server).getWebServer().getPort();
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
    }

    /** Posts a query without variables and returns the response body. */
    String post(String query) throws IOException, InterruptedException {
        String body = "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        HttpRequest request = HttpRequest.newBuilder(this.endpoint)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
        return this.http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
