package civicgraph.api.neo4j;

import org.neo4j.driver.SessionConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;

/** Which database the server reads and writes: NEO4J_DATABASE when set, else the server's default. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    DatabaseSelectionProvider databaseSelectionProvider(CivicProperties properties) {
        DatabaseSelection selection = properties.hasDatabase() ? DatabaseSelection.byName(properties.database())
                : DatabaseSelection.undecided();
        return () -> selection;
    }

    /** For the loader, which uses the driver directly. */
    @Bean
    SessionConfig loaderSessionConfig(CivicProperties properties) {
        return properties.hasDatabase() ? SessionConfig.forDatabase(properties.database()) : SessionConfig.defaultConfig();
    }
}
