package civicgraph.api.source;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import civicgraph.api.graphql.InvalidArgumentException;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/** {@code sources} and {@code Source.text(from, to)}: the gazettes and the exact lines evidence cites. */
@Controller
class SourceController {

    private final SourceQueries sources;

    SourceController(SourceQueries sources, BatchLoaderRegistry loaders) {
        this.sources = sources;
        loaders.forTypePair(TextRange.class, String.class)
            .registerMappedBatchLoader((ranges, env) -> reactor.core.publisher.Mono.fromSupplier(
                    () -> this.sources.textOf(ranges)));
    }

    /** Every evidence's source in one query, however many facts a response cites. */
    @BatchMapping(typeName = "Evidence", field = "source")
    java.util.Map<Evidence, Source> evidenceSource(List<Evidence> evidence) {
        java.util.Map<String, Source> byId = this.sources.byIds(evidence.stream().map(Evidence::sourceId).distinct()
            .toList()).stream().collect(java.util.stream.Collectors.toMap(Source::id, (s) -> s));
        java.util.Map<Evidence, Source> answer = new java.util.LinkedHashMap<>();
        evidence.forEach((e) -> answer.put(e, byId.get(e.sourceId())));
        return answer;
    }

    @QueryMapping
    List<Source> sources() {
        return this.sources.all();
    }

    @SchemaMapping(typeName = "Source")
    CompletableFuture<String> text(Source source, @Argument int from, @Argument int to,
            DataLoader<TextRange, String> loader) {
        if (from < 1 || from > source.lines()) {
            throw new InvalidArgumentException("from", from,
                    "is outside 1..%d, the lines of %s".formatted(source.lines(), source.fileName()));
        }
        if (to < from || to > source.lines()) {
            throw new InvalidArgumentException("to", to,
                    "is outside %d..%d (from..the last line of %s)".formatted(from, source.lines(), source.fileName()));
        }
        return loader.load(new TextRange(source.id(), from, to));
    }
}
