package civicgraph.api.graphql;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.parser.ParserOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What one GraphQL request may ask of the server (civic.limits in application.yml). Each limit answers with a
 * LIMIT_EXCEEDED error naming what was asked and what is allowed, e.g. "maximum query depth exceeded 13 > 12",
 * except the parser's, which graphql-java answers itself as InvalidSyntax ("More than 10,000 'grammar' tokens
 * have been presented ..."). The read timeout is {@code spring.transaction.default-timeout}
 * ({@link UnexpectedExceptionResolver} names it); the body size cap is {@link RequestSizeLimit}.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimits {

    private static final Logger log = LoggerFactory.getLogger(QueryLimits.class);

    /** Boot registers every Instrumentation bean with the GraphQlSource. */
    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(QueryLimitsProperties limits) {
        return new DepthLimit(limits.maxDepth());
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(QueryLimitsProperties limits) {
        return new ComplexityLimit(limits.maxComplexity());
    }

    /**
     * graphql-java reads its parser limits from a JVM-wide default; set it once, while the schema is built at
     * start-up, before the first request is parsed.
     */
    @Bean
    GraphQlSourceBuilderCustomizer parserLimits(QueryLimitsProperties limits) {
        return (builder) -> {
            ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions()
                .transform((options) -> options.maxTokens(limits.maxTokens())
                    .maxWhitespaceTokens(limits.maxWhitespaceTokens())
                    .maxCharacters(limits.maxCharacters())
                    .maxRuleDepth(limits.maxRuleDepth())));
            log.info("query limits: depth {}, complexity {}, {} tokens, {} whitespace tokens, {} characters, "
                    + "rule depth {}, request body {}", limits.maxDepth(), limits.maxComplexity(), limits.maxTokens(),
                    limits.maxWhitespaceTokens(), limits.maxCharacters(), limits.maxRuleDepth(),
                    limits.maxRequestSize());
        };
    }

    /**
     * The depth cap, except for pure introspection operations. GraphiQL's own introspection query is 13 deep
     * ({@code __schema types fields args type} and seven {@code ofType}), so a cap of 12 would break the schema
     * docs; such operations are bounded by graphql-java's GoodFaithIntrospection instead (depth 20, 500 fields).
     * An operation that asks for data is capped however much introspection it holds.
     */
    static final class DepthLimit extends MaxQueryDepthInstrumentation {

        DepthLimit(int maxDepth) {
            super(maxDepth);
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            if (isIntrospectionOnly(parameters.getExecutionContext().getOperationDefinition())) {
                return SimpleInstrumentationContext.noOp();
            }
            return super.beginExecuteOperation(parameters, state);
        }

        private static boolean isIntrospectionOnly(OperationDefinition operation) {
            return operation.getSelectionSet().getSelections().stream()
                .allMatch((selection) -> selection instanceof Field field && field.getName().startsWith("__"));
        }

        @Override
        protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
            return LimitExceeded.abort("maximum query depth exceeded %d > %d".formatted(depth, maxDepth), "depth",
                    depth, maxDepth);
        }
    }

    static final class ComplexityLimit extends MaxQueryComplexityInstrumentation {

        ComplexityLimit(int maxComplexity) {
            super(maxComplexity);
        }

        @Override
        protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
            return LimitExceeded.abort("maximum query complexity exceeded %d > %d".formatted(complexity,
                    maxComplexity), "complexity", complexity, maxComplexity);
        }
    }
}
