package civicgraph.api.graphql;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link UnexpectedExceptionResolver} after every resolver bean. Boot hands the builder the resolver beans
 * first and runs the customizers after, and the builder appends, so the catch-all stays last whatever order the
 * features' resolvers declare. As a bean among them it could run before one of them and claim its exception.
 */
@Configuration(proxyBeanMethods = false)
class ErrorConfiguration {

    @Bean
    GraphQlSourceBuilderCustomizer unexpectedExceptionsLast(
            @Value("${spring.transaction.default-timeout:10s}") Duration readTimeout) {
        return (builder) -> builder.exceptionResolvers(List.of(new UnexpectedExceptionResolver(readTimeout)));
    }
}
