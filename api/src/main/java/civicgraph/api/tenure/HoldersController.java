package civicgraph.api.tenure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import civicgraph.api.body.Body;
import civicgraph.api.body.BodyQueries;
import civicgraph.api.body.Post;
import civicgraph.api.graphql.BatchAnswer;
import civicgraph.api.graphql.InvalidArgumentException;
import civicgraph.api.person.Person;
import civicgraph.api.person.PersonQueries;
import civicgraph.api.person.PersonnelEvent;
import civicgraph.api.source.Evidence;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The journalist's question, {@code holders(title, body, district, at)}, and every field that lists tenures:
 * {@code Person.tenures(at)}, {@code Post.holders(at)}, {@code Body.members(at)}; one query per field per request.
 */
@Controller
class HoldersController {

    private final TenureQueries tenures;

    private final PersonQueries people;

    private final BodyQueries bodies;

    HoldersController(TenureQueries tenures, PersonQueries people, BodyQueries bodies, BatchLoaderRegistry loaders) {
        this.tenures = tenures;
        this.people = people;
        this.bodies = bodies;
        loaders.<TenureKey, List<Tenure>>forName("tenuresOf")
            .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> this.tenures.of(keys)));
    }

    @QueryMapping
    List<Tenure> holders(@Argument String title, @Argument String body, @Argument String district,
            @Argument LocalDate at) {
        if (title == null || title.isBlank()) {
            throw new InvalidArgumentException("title", "\"" + title + "\"", "must name a post title, e.g. 副区长");
        }
        return this.tenures.holders(title.strip(), body, district, at);
    }

    @SchemaMapping(typeName = "Person")
    CompletableFuture<List<Tenure>> tenures(Person person, @Argument LocalDate at,
            DataLoader<TenureKey, List<Tenure>> tenuresOf) {
        return tenuresOf.load(new TenureKey(TenureKey.Owner.PERSON, person.id(), at));
    }

    @SchemaMapping(typeName = "Post")
    CompletableFuture<List<Tenure>> holders(Post post, @Argument LocalDate at,
            DataLoader<TenureKey, List<Tenure>> tenuresOf) {
        return tenuresOf.load(new TenureKey(TenureKey.Owner.POST, post.id(), at));
    }

    @SchemaMapping(typeName = "Body")
    CompletableFuture<List<Tenure>> members(Body body, @Argument LocalDate at,
            DataLoader<TenureKey, List<Tenure>> tenuresOf) {
        return tenuresOf.load(new TenureKey(TenureKey.Owner.BODY, body.id(), at));
    }

    @BatchMapping(typeName = "Tenure")
    Map<Tenure, Person> person(List<Tenure> list) {
        return BatchAnswer.byReference(list, Tenure::personId, this.people::byIds);
    }

    @BatchMapping(typeName = "Tenure")
    Map<Tenure, Post> post(List<Tenure> list) {
        return BatchAnswer.byReference(list, Tenure::postId, this.bodies::posts);
    }

    @BatchMapping(typeName = "Tenure")
    Map<Tenure, PersonnelEvent> startEvent(List<Tenure> list) {
        return BatchAnswer.byReference(list, Tenure::startEventId, this.people::eventsByIds);
    }

    @BatchMapping(typeName = "Tenure")
    Map<Tenure, PersonnelEvent> endEvent(List<Tenure> list) {
        return BatchAnswer.byReference(list, Tenure::endEventId, this.people::eventsByIds);
    }

    @BatchMapping(typeName = "Tenure")
    Map<Tenure, Tenure> predecessor(List<Tenure> list) {
        return BatchAnswer.byReference(list, Tenure::predecessorId, this.tenures::byIds);
    }

    @BatchMapping(typeName = "Tenure")
    Map<Tenure, Tenure> successor(List<Tenure> list) {
        return BatchAnswer.byReference(list, Tenure::successorId, this.tenures::byIds);
    }

    @BatchMapping(typeName = "Tenure")
    Map<Tenure, List<Evidence>> evidence(List<Tenure> list) {
        Map<String, List<Evidence>> byId = this.tenures.evidenceOf(list.stream().map(Tenure::id).distinct().toList());
        return BatchAnswer.each(list, (t) -> byId.getOrDefault(t.id(), List.of()));
    }


}
