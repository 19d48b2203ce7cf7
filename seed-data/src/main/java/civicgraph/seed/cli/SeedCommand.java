package civicgraph.seed.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import civicgraph.model.schema.GraphSchema;
import civicgraph.seed.corpus.Corpus;
import civicgraph.seed.corpus.CorpusException;
import civicgraph.seed.corpus.CorpusFile;
import civicgraph.seed.load.IngestReport;
import civicgraph.seed.load.Ingestion;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code java -jar seed-data-…-cli.jar ingest [FILES or FOLDER] --uri bolt://…}: loads gazettes into a Neo4j
 * server with the same library the API server uses at start-up. Picocli gives the usage text, option parsing and
 * exit codes that a hand-written argument loop would get wrong.
 */
@Command(name = "seed-data", mixinStandardHelpOptions = true, subcommands = SeedCommand.Ingest.class,
        description = "Loads district People's Congress gazettes into the civic graph.")
public final class SeedCommand {

    public static void main(String[] args) {
        // Before any logger exists: warnings only, so the progress bar and the summary are the output.
        System.setProperty("logback.configurationFile", "logback-cli.xml");
        System.exit(new CommandLine(new SeedCommand()).execute(args));
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Ingest gazette .txt files (or every .txt file of a folder); the bundled corpus when none is given.")
    static final class Ingest implements Callable<Integer> {

        @Parameters(paramLabel = "FILES or FOLDER", arity = "0..*")
        List<Path> paths = List.of();

        @Option(names = "--uri", required = true, description = "Neo4j URI, e.g. bolt://localhost:7687 or neo4j+s://…")
        String uri;

        @Option(names = "--user", defaultValue = "neo4j", description = "Neo4j user (default: ${DEFAULT-VALUE})")
        String user;

        @Option(names = "--password", defaultValue = "${env:NEO4J_PASSWORD}", description = "Neo4j password (default: $NEO4J_PASSWORD)")
        String password;

        @Option(names = "--database", description = "Neo4j database (default: the server's default)")
        String database;

        @Override
        public Integer call() {
            List<CorpusFile> files;
            try {
                files = this.paths.isEmpty() ? Corpus.bundled() : Corpus.of(this.paths);
            }
            catch (CorpusException ex) {
                System.err.println("error: " + ex.getMessage());
                return 2;
            }
            var auth = (this.password == null || this.password.isEmpty()) ? AuthTokens.none()
                    : AuthTokens.basic(this.user, this.password);
            SessionConfig sessionConfig = (this.database == null) ? SessionConfig.defaultConfig()
                    : SessionConfig.forDatabase(this.database);
            try (Driver driver = GraphDatabase.driver(this.uri, auth,
                    org.neo4j.driver.Config.builder().withLogging(org.neo4j.driver.Logging.slf4j()).build())) {
                driver.verifyConnectivity();
                GraphSchema.apply(driver, sessionConfig);
                IngestReport report;
                // The bar draws only on a terminal; piped output gets the summary alone.
                try (ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(files.size())
                    .setStyle(ProgressBarStyle.ASCII).continuousUpdate().setConsumer(
                            System.console() != null ? new ConsoleProgressBarConsumer(System.err)
                                    : new DelegatingProgressBarConsumer((line) -> { }))
                    .build()) {
                    report = new Ingestion(driver, sessionConfig).ingest(files, (fileName, done, total) -> {
                        bar.stepTo(done);
                        bar.setExtraMessage(fileName);
                    });
                }
                printSummary(report);
                return report.failed().isEmpty() ? 0 : 1;
            }
            catch (Neo4jException | IllegalArgumentException ex) {
                System.err.println("error: cannot use Neo4j at " + this.uri + ": " + ex.getMessage());
                return 3;
            }
        }

        private static void printSummary(IngestReport report) {
            System.out.printf("ingested %d of %d files in %.1f s%n", report.loaded().size(),
                    report.loaded().size() + report.failed().size(), report.took().toMillis() / 1000.0);
            report.facts().forEach((kind, n) -> System.out.printf("  %-30s %6d%n", kind, n));
            System.out.printf("  %-30s %6d%n", "tenures", report.tenures());
            System.out.printf("findings: %d%n", report.findings().size());
            report.findings().forEach((f) -> System.out.printf("  %s %s:%d: %s%n", f.severity(), f.source(), f.line(),
                    f.message()));
            report.failed().forEach((failure) -> System.out.println("failed: " + failure));
        }
    }
}
