import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency of five GraphQL questions against a running civic graph server, each as a ratio to the cheapest
 * question ({@code sources { id }}) measured in the same run.
 *
 * <p>Run with the JDK alone: {@code java benchmarks/ApiLatency.java http://127.0.0.1:PORT/graphql [requests]
 * [warmup] [seconds]} ({@code api-latency.sh} starts the server and calls this). One client, one connection,
 * one request at a time: this measures the latency a caller sees, not throughput. The questions run round-robin
 * (baseline, holders, lineage, people, search, baseline, ...) so that the load of a shared machine falls on all of
 * them alike and the ratios stay meaningful when the absolute figures move. Every answer is checked: HTTP 200,
 * a {@code data} member and no {@code errors}; one bad answer stops the run.
 */
public final class ApiLatency {

    private static final Pattern DOC_ID = Pattern.compile("\"id\":\"(doc_[0-9a-f]+)\"");

    private static final Pattern RELATION = Pattern.compile("\"relation\":");

    private static final Pattern DOCUMENT_TITLE = Pattern.compile("\"title\":");

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java ApiLatency.java http://127.0.0.1:PORT/graphql [requests=300] [warmup=50] [seconds=120]");
            System.exit(2);
        }
        URI endpoint = URI.create(args[0]);
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        Duration budget = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 120);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
        Client client = new Client(http, endpoint);

        String resolution = pickResolution(client);

        Map<String, String> questions = new LinkedHashMap<>();
        questions.put("sources (baseline)", "{ sources { id } }");
        questions.put("holders", """
                { holders(title: "副区长", district: "宝山区", at: "2023-10-01") { person { name } start end certainty \
                evidence { source { fileName } line quote } } }""");
        questions.put("lineage", """
                { lineage(document: "%s", direction: BOTH, maxDepth: 4) { documents { title } \
                links { relation evidence { line } } } }""".formatted(resolution));
        questions.put("people", """
                { people(first: 50) { edges { node { name tenures { post { title body { name } } } \
                events { kind } } } } }""");
        questions.put("search", """
                { search(text: "朱明福") { __typename ... on Person { id name } } }""");

        List<String> names = new ArrayList<>(questions.keySet());
        List<String> bodies = names.stream().map((n) -> body(questions.get(n))).toList();

        // Warm-up: JIT, Bolt connection pool, Neo4j's query plan cache, all round-robin like the measurement.
        for (int i = 0; i < warmup; i++) {
            for (String b : bodies) {
                client.post(b);
            }
        }

        long[][] nanos = new long[names.size()][requests];
        int done = 0;
        long deadline = System.nanoTime() + budget.toNanos();
        long started = System.nanoTime();
        while (done < requests && System.nanoTime() < deadline) {
            for (int q = 0; q < bodies.size(); q++) {
                long t0 = System.nanoTime();
                client.post(bodies.get(q));
                nanos[q][done] = System.nanoTime() - t0;
            }
            done++;
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        System.out.printf("%d rounds of %d questions in %.1f s (%s), after %d warm-up rounds; one connection, sequential%n",
                done, names.size(), seconds, done < requests ? "stopped by the " + budget.toSeconds() + " s budget"
                        : "all " + requests + " requested", warmup);
        System.out.printf("%-22s %6s %9s %9s %9s %9s %12s%n", "question", "n", "p50 ms", "p90 ms", "p99 ms", "max ms",
                "p50/baseline");
        double baseline = Double.NaN;
        for (int q = 0; q < names.size(); q++) {
            long[] sorted = Arrays.copyOf(nanos[q], done);
            Arrays.sort(sorted);
            double p50 = percentile(sorted, 50);
            if (q == 0) {
                baseline = p50;
            }
            System.out.printf("%-22s %6d %9.2f %9.2f %9.2f %9.2f %11.1fx%n", names.get(q), done, p50,
                    percentile(sorted, 90), percentile(sorted, 99), sorted[done - 1] / 1e6, p50 / baseline);
        }
    }

    /** The 决议 (RESOLUTION) whose 4-deep lineage both ways has the most links: the heaviest lineage question. */
    private static String pickResolution(Client client) throws IOException, InterruptedException {
        String list = client.post(body("{ documents(kind: RESOLUTION, first: 100) { edges { node { id } } } }"));
        List<String> ids = new ArrayList<>();
        for (Matcher m = DOC_ID.matcher(list); m.find();) {
            ids.add(m.group(1));
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no RESOLUTION document in the graph: " + list);
        }
        String best = null;
        long bestLinks = -1;
        long bestDocuments = 0;
        for (String id : ids) {
            String lineage = client.post(body("""
                    { lineage(document: "%s", direction: BOTH, maxDepth: 4) { documents { title } links { relation } } }"""
                .formatted(id)));
            long links = RELATION.matcher(lineage).results().count();
            if (links > bestLinks) {
                best = id;
                bestLinks = links;
                bestDocuments = DOCUMENT_TITLE.matcher(lineage).results().count();
            }
        }
        System.out.printf("lineage root: %s, the RESOLUTION with the most links of %d (%d documents, %d links)%n",
                best, ids.size(), bestDocuments, bestLinks);
        return best;
    }

    private static String body(String query) {
        return "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private record Client(HttpClient http, URI endpoint) {

        String post(String body) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(this.endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/graphql-response+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            if (response.statusCode() != 200 || !text.startsWith("{\"data\"") || text.contains("\"errors\"")) {
                throw new IllegalStateException("bad answer (HTTP " + response.statusCode() + ") to " + body + ": "
                        + text.substring(0, Math.min(500, text.length())));
            }
            return text;
        }
    }
}
