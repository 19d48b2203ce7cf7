package civicgraph.api.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one request may ask of the server (application.yml, {@code civic.limits}). The read timeout is not
 * here: it is {@code spring.transaction.default-timeout}, which Boot gives the Neo4j transaction manager.
 *
 * @param maxDepth deepest field nesting of an operation; pure introspection is bounded by graphql-java instead
 * @param maxComplexity fields an operation may select, counted over fragments (graphql-java's default calculator)
 * @param maxTokens grammar tokens the parser reads before it gives up
 * @param maxWhitespaceTokens whitespace and comment tokens the parser reads before it gives up
 * @param maxCharacters characters of a document the parser reads before it gives up
 * @param maxRuleDepth nesting of grammar rules the parser follows before it gives up
 * @param maxRequestSize largest HTTP request body accepted at the GraphQL endpoint
 */
@ConfigurationProperties("civic.limits")
public record QueryLimitsProperties(@DefaultValue("12") int maxDepth, @DefaultValue("5000") int maxComplexity,
        @DefaultValue("10000") int maxTokens, @DefaultValue("20000") int maxWhitespaceTokens,
        @DefaultValue("100000") int maxCharacters, @DefaultValue("250") int maxRuleDepth,
        @DefaultValue("256KB") DataSize maxRequestSize) {
}
