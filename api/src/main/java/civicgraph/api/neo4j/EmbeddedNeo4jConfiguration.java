package civicgraph.api.neo4j;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: active when no Neo4j URI is configured (NEO4J_URI / spring.neo4j.uri). The driver is
 * pointed at the in-process Neo4j's Bolt port, so the rest of the server has one code path for both cases.
 * Because the driver's connection details depend on the {@link EmbeddedNeo4j} bean, Neo4j starts before the
 * driver and stops after it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.neo4j.uri:}'.isBlank()")
class EmbeddedNeo4jConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(CivicProperties properties) {
        return EmbeddedNeo4j.start(properties.dataDir(), properties.boltPort(), properties.pageCache());
    }

    @Bean
    Neo4jConnectionDetails neo4jConnectionDetails(EmbeddedNeo4j embeddedNeo4j) {
        URI uri = embeddedNeo4j.boltUri();
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return uri;
            }

            @Override
            public AuthToken getAuthToken() {
                return AuthTokens.none();
            }
        };
    }
}
