package civicgraph.api.node;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import civicgraph.api.body.BodyQueries;
import civicgraph.api.district.DistrictQueries;
import civicgraph.api.document.DocumentQueries;
import civicgraph.api.person.PersonQueries;
import civicgraph.api.session.SessionQueries;
import civicgraph.api.source.Source;
import civicgraph.api.source.SourceQueries;
import civicgraph.model.Label;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One {@link NodeLookup} per label that has ids, each delegating to its feature's batch lookup. */
@Configuration(proxyBeanMethods = false)
class NodeLookups {

    @Bean
    NodeLookup personNodes(PersonQueries people) {
        return of(Label.Person, people::byIds);
    }

    @Bean
    NodeLookup bodyNodes(BodyQueries bodies) {
        return of(Label.Body, bodies::bodies);
    }

    @Bean
    NodeLookup postNodes(BodyQueries bodies) {
        return of(Label.Post, bodies::posts);
    }

    @Bean
    NodeLookup sessionNodes(SessionQueries sessions) {
        return of(Label.Session, sessions::byIds);
    }

    @Bean
    NodeLookup documentNodes(DocumentQueries documents) {
        return of(Label.Document, documents::byIds);
    }

    @Bean
    NodeLookup districtNodes(DistrictQueries districts) {
        return of(Label.District, districts::byIds);
    }

    @Bean
    NodeLookup sourceNodes(SourceQueries sources) {
        return of(Label.Source, (ids) -> sources.byIds(ids).stream().collect(Collectors.toMap(Source::id, (s) -> s)));
    }

    @Bean
    NodeLookup eventNodes(PersonQueries people) {
        return of(Label.PersonnelEvent, people::eventsByIds);
    }

    private static NodeLookup of(Label label, Function<Collection<String>, ? extends Map<String, ?>> byIds) {
        return new NodeLookup() {
            @Override
            public Label label() {
                return label;
            }

            @Override
            public Map<String, Object> byIds(Collection<String> ids) {
                return Map.copyOf(byIds.apply(List.copyOf(ids)));
            }
        };
    }
}
