import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import civicgraph.model.schema.GraphSchema;
import civicgraph.seed.corpus.Corpus;
import civicgraph.seed.corpus.CorpusFile;
import civicgraph.seed.corpus.Gazette;
import civicgraph.seed.extract.Extractor;
import civicgraph.seed.extract.attendance.AttendanceParser;
import civicgraph.seed.extract.attendance.NonVotingParser;
import civicgraph.seed.extract.document.DocumentSegmenter;
import civicgraph.seed.extract.document.GazetteOutline;
import civicgraph.seed.extract.lineage.LineageLinker;
import civicgraph.seed.extract.personnel.AppointmentRule;
import civicgraph.seed.extract.personnel.ElectionRule;
import civicgraph.seed.extract.personnel.PersonnelExtractor;
import civicgraph.seed.extract.personnel.PersonnelRule;
import civicgraph.seed.extract.personnel.PostMentionRule;
import civicgraph.seed.extract.personnel.QualificationRule;
import civicgraph.seed.extract.personnel.RemovalRule;
import civicgraph.seed.extract.personnel.ResignationRequestRule;
import civicgraph.seed.extract.personnel.ResignationRule;
import civicgraph.seed.extract.personnel.Statement;
import civicgraph.seed.extract.personnel.TerminationRule;
import civicgraph.seed.extract.session.SessionExtractor;
import civicgraph.seed.load.IngestReport;
import civicgraph.seed.load.Ingestion;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Times the extractor alone over the bundled gazettes and a full ingestion (the same {@link Ingestion} the server
 * runs at start-up) into an empty Neo4j, and where the ingestion's time goes: each Cypher statement, each file's
 * transaction, the Java side.
 *
 * <p>Run by {@code ingest.sh}, on the classpath of the seed-data CLI jar: {@code java -cp … IngestBench.java
 * bolt://127.0.0.1:PORT [extractions=20] [ingests=5]}. The graph behind the URI must be one the benchmark may
 * empty: it is wiped before every ingestion after the first, and at the end.
 *
 * <p>Statement times come from a recording {@link Driver} (JDK proxies over the driver's interfaces) handed to the
 * unchanged {@code Ingestion}: a statement runs from {@code tx.run} until its result is consumed, so the time is the
 * server's work plus one round trip. Only public API is used.
 */
public final class IngestBench {

    static volatile Object sink;

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java -cp <seed-data classpath> IngestBench.java bolt://127.0.0.1:PORT [extractions=20] [ingests=5]");
            System.exit(2);
        }
        String uri = args[0];
        int extractions = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int ingests = args.length > 2 ? Integer.parseInt(args[2]) : 5;

        long t0 = System.nanoTime();
        List<CorpusFile> files = Corpus.bundled();
        List<Gazette> gazettes = files.stream().map(CorpusFile::read).toList();
        double readMs = ms(System.nanoTime() - t0);
        long bytes = files.stream().mapToLong((f) -> f.bytes().length).sum();
        long lines = gazettes.stream().mapToLong(Gazette::lineCount).sum();
        System.out.printf("seeds: %d files, %d lines, %.2f MB (%d bytes); first read (decode + SHA-256) %.0f ms%n",
                files.size(), lines, bytes / 1e6, bytes, readMs);
        for (Gazette g : gazettes) {
            System.out.printf("  %-28s %6d lines%n", g.fileName(), g.lineCount());
        }

        // --- extraction alone ---------------------------------------------------------------------------------
        Extractor extractor = new Extractor();
        double[] extract = new double[extractions];
        for (int i = 0; i < extractions; i++) {
            long s = System.nanoTime();
            for (Gazette g : gazettes) {
                sink = extractor.extract(g); // kept, so the JIT cannot drop the work
            }
            extract[i] = ms(System.nanoTime() - s);
        }
        double extractMedian = median(extract);
        System.out.printf("%nextraction, all %d files, %d runs: first %.0f ms, median %.1f ms, min %.1f ms -> %.0f lines/s (median)%n",
                files.size(), extractions, extract[0], extractMedian, min(extract), lines / (extractMedian / 1000));

        // Per rule family, the same order as Extractor.extract (each median over the runs, all files).
        Map<String, double[]> families = new LinkedHashMap<>();
        PersonnelExtractor personnel = new PersonnelExtractor();
        List<GazetteOutline> outlines = gazettes.stream().map(DocumentSegmenter::segment).toList();
        for (int i = 0; i < extractions; i++) {
            time(families, "outline (DocumentSegmenter)", i, extractions, () -> gazettes.stream().map(DocumentSegmenter::segment).toList());
            time(families, "sessions + mentions", i, extractions, () -> {
                List<Object> out = new ArrayList<>();
                for (int f = 0; f < gazettes.size(); f++) {
                    out.add(SessionExtractor.sessions(gazettes.get(f), outlines.get(f)));
                    out.add(SessionExtractor.mentions(gazettes.get(f), outlines.get(f)));
                }
                return out;
            });
            time(families, "attendance", i, extractions, () -> gazettes.stream().map(AttendanceParser::parse).toList());
            time(families, "non-voting attendance", i, extractions, () -> gazettes.stream().map(NonVotingParser::parse).toList());
            time(families, "personnel", i, extractions, () -> gazettes.stream().map(personnel::extract).toList());
            time(families, "lineage", i, extractions, () -> outlines.stream().map(LineageLinker::link).toList());
        }
        families.forEach((name, runs) -> System.out.printf("  %-30s median %7.1f ms%n", name, median(runs)));

        // Inside personnel, the heaviest family: splitting into statements, then each rule over every statement.
        List<List<Statement>> statements = gazettes.stream().map(Statement::split).toList();
        Map<String, double[]> rules = new LinkedHashMap<>();
        List<PersonnelRule> personnelRules = List.of(new AppointmentRule(), new RemovalRule(), new ResignationRule(),
                new ResignationRequestRule(), new TerminationRule(), new ElectionRule(), new QualificationRule());
        PostMentionRule postMentions = new PostMentionRule();
        for (int i = 0; i < extractions; i++) {
            time(rules, "Statement.split", i, extractions, () -> gazettes.stream().map(Statement::split).toList());
            for (PersonnelRule rule : personnelRules) {
                time(rules, rule.getClass().getSimpleName(), i, extractions, () -> {
                    List<Object> out = new ArrayList<>();
                    statements.forEach((list) -> list.forEach((st) -> out.add(rule.apply(st))));
                    return out;
                });
            }
            time(rules, "PostMentionRule", i, extractions, () -> {
                List<Object> out = new ArrayList<>();
                statements.forEach((list) -> list.forEach((st) -> out.add(postMentions.apply(st))));
                return out;
            });
        }
        System.out.printf("  personnel, %d statements:%n", statements.stream().mapToInt(List::size).sum());
        rules.forEach((name, runs) -> System.out.printf("    %-28s median %7.1f ms%n", name, median(runs)));

        // --- full ingestion -----------------------------------------------------------------------------------
        // The driver logs through java.util.logging (System.Logger) by default: warnings only.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        try (Driver real = GraphDatabase.driver(uri, AuthTokens.none())) {
            real.verifyConnectivity();
            SessionConfig config = SessionConfig.defaultConfig();
            long s = System.nanoTime();
            GraphSchema.apply(real, config);
            System.out.printf("%nschema (constraints, indexes; idempotent): %.0f ms%n", ms(System.nanoTime() - s));

            Recorder recorder = new Recorder();
            Driver recording = recorder.wrap(real);
            double[] ingest = new double[ingests];
            List<Map<String, double[]>> statementRuns = new ArrayList<>();
            for (int i = 0; i < ingests; i++) {
                if (i > 0 || hasNodes(real)) {
                    wipe(real);
                }
                recorder.clear();
                long started = System.nanoTime();
                IngestReport report = new Ingestion(recording, config).ingest(Corpus.bundled());
                ingest[i] = ms(System.nanoTime() - started);
                if (!report.failed().isEmpty() || report.loaded().size() != files.size()) {
                    throw new IllegalStateException("ingestion failed: " + report);
                }
                System.out.printf("ingest run %d: %.0f ms (%s)%n", i + 1, ingest[i], i == 0 ? "cold JVM, empty store"
                        : "after a wipe");
                statementRuns.add(recorder.snapshot());
                if (i == 0) {
                    System.out.println("  " + report);
                }
            }
            // Same warm JVMs, but Neo4j must plan every statement again: what a fresh server pays at start-up.
            wipe(real);
            try (Session session = real.session()) {
                session.run("CALL db.clearQueryCaches()").consume();
            }
            recorder.clear();
            long replanned = System.nanoTime();
            new Ingestion(recording, config).ingest(Corpus.bundled());
            double replannedMs = ms(System.nanoTime() - replanned);
            Map<String, double[]> replannedStats = recorder.snapshot();
            System.out.printf("ingest after db.clearQueryCaches(): %.0f ms (warm JVMs, every statement planned again)%n",
                    replannedMs);

            double ingestMedian = median(ingest);
            System.out.printf("%nfull ingestion, %d runs: first %.0f ms, median %.0f ms, min %.0f ms -> %.0f lines/s (median)%n",
                    ingests, ingest[0], ingestMedian, min(ingest), lines / (ingestMedian / 1000));
            System.out.printf("extraction : full ingest = 1 : %.1f (medians; extraction is %.1f%% of ingestion)%n",
                    ingestMedian / extractMedian, 100 * extractMedian / ingestMedian);
            System.out.printf("cold: first extraction %.0f ms : first ingest %.0f ms = 1 : %.1f%n", extract[0], ingest[0],
                    ingest[0] / extract[0]);

            printBreakdown("first ingest (cold)", statementRuns.get(0), ingest[0]);
            printBreakdown("last ingest (warm)", statementRuns.get(ingests - 1), ingest[ingests - 1]);
            printBreakdown("ingest after db.clearQueryCaches()", replannedStats, replannedMs);

            // Planning alone: EXPLAIN plans without running. Once right after clearing the query caches (a plan
            // is made), once more (the cached plan): the difference is what planning the statement costs.
            System.out.printf("%nplanning alone (EXPLAIN on the loaded graph, warm JVMs): ms with the query caches"
                    + " cleared, then cached%n");
            try (Session session = real.session()) {
                session.run("CALL db.clearQueryCaches()").consume();
                double planned = 0;
                double cached = 0;
                for (var e : recorder.statements.entrySet()) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> params = (Map<String, Object>) e.getValue()[1];
                    String explain = "EXPLAIN " + e.getValue()[0];
                    long s1 = System.nanoTime();
                    session.run(explain, params).consume();
                    double first = ms(System.nanoTime() - s1);
                    long s2 = System.nanoTime();
                    session.run(explain, params).consume();
                    double second = ms(System.nanoTime() - s2);
                    planned += first;
                    cached += second;
                    System.out.printf("  %-62s %8.1f %8.1f%n", e.getKey(), first, second);
                }
                System.out.printf("  %-62s %8.1f %8.1f  (%d distinct statements)%n", "all", planned, cached,
                        recorder.statements.size());
            }
            wipe(real); // leaves the graph empty for the next step of ingest.sh (the CLI)
        }
    }

    private static void printBreakdown(String title, Map<String, double[]> stats, double totalMs) {
        System.out.printf("%nwhere the time goes, %s, %.0f ms in all (ms summed over the 5 files; rows = UNWIND rows;%n"
                + "  srv avail = server ms until the result was available: planning + start; srv cons = server ms to"
                + " run it to the end)%n", title, totalMs);
        double available = stats.values().stream().filter((v) -> !Double.isNaN(v[3])).mapToDouble((v) -> v[3]).sum();
        double consumed = stats.values().stream().filter((v) -> !Double.isNaN(v[4])).mapToDouble((v) -> v[4]).sum();
        System.out.printf("  writes, server side: %.0f ms until available (planning) + %.0f ms running%n", available, consumed);
        System.out.printf("  %-75s %5s %7s %9s %6s %10s %9s%n", "statement or step", "calls", "rows", "ms", "share",
                "srv avail", "srv cons");
        double cypher = 0;
        List<Map.Entry<String, double[]>> sorted = new ArrayList<>(stats.entrySet());
        // Statements first, slowest first; then the transactions that hold them.
        sorted.sort((a, b) -> a.getKey().startsWith("tx ") != b.getKey().startsWith("tx ")
                ? (a.getKey().startsWith("tx ") ? 1 : -1) : Double.compare(b.getValue()[2], a.getValue()[2]));
        for (var e : sorted) {
            double[] v = e.getValue();
            if (!e.getKey().startsWith("tx ")) {
                cypher += v[2];
            }
            System.out.printf("  %-75s %5.0f %7.0f %9.1f %5.1f%% %10s %9s%n", e.getKey(), v[0], v[1], v[2],
                    100 * v[2] / totalMs, Double.isNaN(v[3]) ? "" : "%.0f".formatted(v[3]),
                    Double.isNaN(v[4]) ? "" : "%.0f".formatted(v[4]));
        }
        double tx = sum(stats, "whole");
        double callbacks = sum(stats, "work in the callback");
        System.out.printf("  = Cypher statements %.0f ms (%.0f%%) + building rows in transactions %.0f ms + begin/commit %.0f ms"
                + " + outside transactions (read, extract, assemble, bookkeeping) %.0f ms%n", cypher, 100 * cypher / totalMs,
                callbacks - cypher, tx - callbacks, totalMs - tx);
    }

    private static double sum(Map<String, double[]> stats, String kind) {
        return stats.entrySet().stream().filter((e) -> e.getKey().startsWith("tx ") && e.getKey().contains(kind))
            .mapToDouble((e) -> e.getValue()[2]).sum();
    }

    private static boolean hasNodes(Driver driver) {
        try (Session session = driver.session()) {
            return session.run("MATCH (n) RETURN count(n) > 0 AS any").single().get("any").asBoolean();
        }
    }

    private static void wipe(Driver driver) {
        try (Session session = driver.session()) {
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }

    private static void time(Map<String, double[]> into, String name, int run, int runs, Callable<Object> work)
            throws Exception {
        long s = System.nanoTime();
        Object result = work.call();
        into.computeIfAbsent(name, (k) -> new double[runs])[run] = ms(System.nanoTime() - s);
        if (result == null) {
            throw new IllegalStateException(name);
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    /** A Driver whose sessions time every transaction and every statement (calls, rows, ms), keyed by a label. */
    static final class Recorder {

        private final Map<String, double[]> stats = new LinkedHashMap<>();

        /** The first text and parameters of each labelled statement, to plan them again with EXPLAIN. */
        final Map<String, Object[]> statements = new LinkedHashMap<>();

        void clear() {
            this.stats.clear();
        }

        Map<String, double[]> snapshot() {
            Map<String, double[]> copy = new LinkedHashMap<>();
            this.stats.forEach((k, v) -> copy.put(k, v.clone()));
            return copy;
        }

        void add(String key, int rows, long nanos) {
            add(key, rows, nanos, null);
        }

        /** calls, rows, client ms, then (from the result summary) server ms until available, ms to consume. */
        void add(String key, int rows, long nanos, ResultSummary summary) {
            double[] v = this.stats.computeIfAbsent(key, (k) -> new double[] {0, 0, 0, Double.NaN, Double.NaN});
            v[0]++;
            v[1] += rows;
            v[2] += ms(nanos);
            if (summary != null) {
                v[3] = (Double.isNaN(v[3]) ? 0 : v[3]) + summary.resultAvailableAfter(TimeUnit.MILLISECONDS);
                v[4] = (Double.isNaN(v[4]) ? 0 : v[4]) + summary.resultConsumedAfter(TimeUnit.MILLISECONDS);
            }
        }

        Driver wrap(Driver driver) {
            return proxy(Driver.class, driver, (method, args) -> {
                Object result = method.invoke(driver, args);
                return method.getName().equals("session") && result instanceof Session session ? wrap(session) : result;
            });
        }

        @SuppressWarnings("unchecked")
        private Session wrap(Session session) {
            return proxy(Session.class, session, (method, args) -> {
                String name = method.getName();
                if (args != null && args.length > 0 && name.startsWith("execute")) {
                    Object[] wrapped = args.clone();
                    String work = "tx " + name + ": work in the callback (statements + building rows)";
                    if (args[0] instanceof TransactionCallback<?> callback) {
                        wrapped[0] = (TransactionCallback<Object>) (tx) -> {
                            long s = System.nanoTime();
                            try {
                                return callback.execute(wrap(tx));
                            }
                            finally {
                                add(work, 0, System.nanoTime() - s);
                            }
                        };
                    }
                    else if (args[0] instanceof Consumer<?> consumer) {
                        wrapped[0] = (Consumer<TransactionContext>) (tx) -> {
                            long s = System.nanoTime();
                            try {
                                ((Consumer<TransactionContext>) consumer).accept(wrap(tx));
                            }
                            finally {
                                add(work, 0, System.nanoTime() - s);
                            }
                        };
                    }
                    long s = System.nanoTime();
                    Object result = method.invoke(session, wrapped);
                    add("tx " + name + ": whole (begin, callback, commit)", 0, System.nanoTime() - s);
                    return result;
                }
                return method.invoke(session, args);
            });
        }

        private TransactionContext wrap(TransactionContext tx) {
            return proxy(TransactionContext.class, tx, (method, args) -> {
                long started = System.nanoTime();
                Object result = method.invoke(tx, args);
                if (method.getName().equals("run") && result instanceof Result r) {
                    String cypher = String.valueOf(args[0]);
                    int rows = (args.length > 1 && args[1] instanceof Map<?, ?> params
                            && params.get("rows") instanceof Collection<?> c) ? c.size() : 0;
                    this.statements.putIfAbsent(label(cypher), new Object[] {cypher, args.length > 1 ? args[1] : Map.of()});
                    return timed(r, label(cypher), rows, started);
                }
                return result;
            });
        }

        // Ends the statement's clock at the first call that needs the server's whole answer (consume, list, single…).
        private Result timed(Result result, String label, int rows, long started) {
            boolean[] stopped = {false};
            return proxy(Result.class, result, (method, args) -> {
                Object value = method.invoke(result, args);
                if (!stopped[0] && !method.getName().equals("keys")) {
                    stopped[0] = true;
                    add(label, rows, System.nanoTime() - started, value instanceof ResultSummary summary ? summary : null);
                }
                return value;
            });
        }

        /** The line that tells statements apart: the first MERGE, else the first CREATE/DELETE/MATCH/CALL line. */
        private static String label(String cypher) {
            List<String> lines = cypher.lines().map(String::strip).toList();
            for (String keyword : List.of("MERGE", "CREATE", "DETACH DELETE", "MATCH", "CALL")) {
                for (String line : lines) {
                    if (line.contains(keyword)) {
                        return line.length() > 62 ? line.substring(0, 59) + "..." : line;
                    }
                }
            }
            return lines.get(0);
        }

        @SuppressWarnings("unchecked")
        private static <T> T proxy(Class<T> type, T target, Call call) {
            InvocationHandler handler = (p, method, args) -> {
                if (method.getDeclaringClass() == Object.class) {
                    return method.invoke(target, args);
                }
                try {
                    return call.invoke(method, args);
                }
                catch (InvocationTargetException ex) {
                    throw ex.getCause();
                }
            };
            return (T) Proxy.newProxyInstance(IngestBench.class.getClassLoader(), new Class<?>[] {type}, handler);
        }

        @FunctionalInterface
        interface Call {

            Object invoke(Method method, Object[] args) throws Throwable;
        }
    }
}
