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
            try (Driver driver = GraphDatabase.driver(this.uri, auth)) {
                driver.verifyConnectivity();
                GraphSchema.apply(driver, sessionConfig);
                IngestReport report = new Ingestion(driver, sessionConfig).ingest(files);
                System.out.println(report);
                report.failed().forEach((failure) -> System.out.println("  failed: " + failure));
                return report.failed().isEmpty() ? 0 : 1;
            }
            catch (Neo4jException | IllegalArgumentException ex) {
                System.err.println("error: cannot use Neo4j at " + this.uri + ": " + ex.getMessage());
                return 3;
            }
        }
    }
}
