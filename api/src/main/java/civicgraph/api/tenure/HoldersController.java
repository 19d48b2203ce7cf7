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
        loaders.<PersonTenures, List<Tenure>>forName("personTenures")
            .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> rekey(keys,
                    this.tenures.ofPeople(keys.stream().map(PersonTenures::key).toList()), PersonTenures::key)));
        loaders.<PostHolders, List<Tenure>>forName("postHolders")
            .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> rekey(keys,
                    this.tenures.ofPosts(keys.stream().map(PostHolders::key).toList()), PostHolders::key)));
        loaders.<BodyMembers, List<Tenure>>forName("bodyMembers")
            .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> rekey(keys,
                    this.tenures.ofBodies(keys.stream().map(BodyMembers::key).toList()), BodyMembers::key)));
    }

    /** The loader keys: one type per field, so the three loaders never share a cache. */
    record PersonTenures(TenureKey key) {
    }

    record PostHolders(TenureKey key) {
    }

    record BodyMembers(TenureKey key) {
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
            DataLoader<PersonTenures, List<Tenure>> personTenures) {
        return personTenures.load(new PersonTenures(new TenureKey(person.id(), at)));
    }

    @SchemaMapping(typeName = "Post")
    CompletableFuture<List<Tenure>> holders(Post post, @Argument LocalDate at,
            DataLoader<PostHolders, List<Tenure>> postHolders) {
        return postHolders.load(new PostHolders(new TenureKey(post.id(), at)));
    }

    @SchemaMapping(typeName = "Body")
    CompletableFuture<List<Tenure>> members(Body body, @Argument LocalDate at,
            DataLoader<BodyMembers, List<Tenure>> bodyMembers) {
        return bodyMembers.load(new BodyMembers(new TenureKey(body.id(), at)));
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


    private static <K> Map<K, List<Tenure>> rekey(java.util.Set<K> keys, Map<TenureKey, List<Tenure>> found,
            java.util.function.Function<K, TenureKey> key) {
        Map<K, List<Tenure>> answer = new LinkedHashMap<>();
        keys.forEach((k) -> answer.put(k, found.getOrDefault(key.apply(k), List.of())));
        return answer;
    }
}
