package civicgraph.api.document;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import civicgraph.api.body.Body;
import civicgraph.api.body.BodyQueries;
import civicgraph.api.graphql.Connection;
import civicgraph.api.graphql.Page;
import civicgraph.api.person.Person;
import civicgraph.api.person.PersonQueries;
import civicgraph.api.person.PersonnelEvent;
import civicgraph.api.source.Evidence;
import civicgraph.api.source.Source;
import civicgraph.api.source.SourceQueries;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** {@code document}, {@code documents}, a document's metadata references, and {@code Person.documents}. */
@Controller
class DocumentController {

    private final DocumentQueries documents;

    private final BodyQueries bodies;

    private final PersonQueries people;

    private final SourceQueries sources;

    DocumentController(DocumentQueries documents, BodyQueries bodies, PersonQueries people, SourceQueries sources,
            BatchLoaderRegistry loaders) {
        this.documents = documents;
        this.bodies = bodies;
        this.people = people;
        this.sources = sources;
        loaders.<String, Object>forName("documentById")
            .registerMappedBatchLoader((ids, env) -> Mono.fromSupplier(() -> Map.copyOf(this.documents.byIds(ids))));
        loaders.<AuthoredKey, List<Document>>forName("authoredBy")
            .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> {
                Map<String, List<Document>> byId = this.documents.ofPeople(keys.stream().map(AuthoredKey::personId)
                    .distinct().toList());
                Map<AuthoredKey, List<Document>> answer = new LinkedHashMap<>();
                keys.forEach((k) -> answer.put(k, byId.getOrDefault(k.personId(), List.of())));
                return answer;
            }));
    }

    /** The key of Person.documents' loader. */
    record AuthoredKey(String personId) {
    }

    @QueryMapping
    Document document(@Argument String id) {
        return this.documents.byIds(List.of(id)).get(id);
    }

    @QueryMapping
    Connection<Document> documents(@Argument String kind, @Argument String district, @Argument String text,
            @Argument LocalDate from, @Argument LocalDate to, @Argument Integer first, @Argument String after) {
        Page page = Page.of(first, after);
        return Connection.of(page, this.documents.page(kind, district, text, from, to, page.skip(), page.limit()), this.documents.count(kind, district, text, from, to));
    }

    @SchemaMapping(typeName = "Person")
    CompletableFuture<Connection<Document>> documents(Person person, @Argument Integer first, @Argument String after,
            DataLoader<AuthoredKey, List<Document>> authoredBy) {
        Page page = Page.of(first, after);
        return authoredBy.load(new AuthoredKey(person.id())).thenApply((all) -> Connection.of(page, page.slice(all), all.size()));
    }

    @SchemaMapping(typeName = "Document", field = "session")
    CompletableFuture<Object> session(Document document, DataLoader<String, Object> sessionById) {
        return document.sessionId() == null ? CompletableFuture.completedFuture(null)
                : sessionById.load(document.sessionId());
    }

    @SchemaMapping(typeName = "PersonnelEvent", field = "document")
    CompletableFuture<Object> eventDocument(PersonnelEvent event, DataLoader<String, Object> documentById) {
        return event.documentId() == null ? CompletableFuture.completedFuture(null) : documentById.load(event.documentId());
    }

    @BatchMapping(typeName = "Document")
    Map<Document, Body> issuer(List<Document> list) {
        Map<String, Body> found = this.bodies.bodies(list.stream().map(Document::issuerId).filter(Objects::nonNull)
            .distinct().toList());
        Map<Document, Body> answer = new LinkedHashMap<>();
        list.forEach((d) -> {
            if (d.issuerId() != null && found.containsKey(d.issuerId())) {
                answer.put(d, found.get(d.issuerId()));
            }
        });
        return answer;
    }

    @BatchMapping(typeName = "Document")
    Map<Document, Person> author(List<Document> list) {
        Map<String, Person> found = this.people.byIds(list.stream().map(Document::authorId).filter(Objects::nonNull)
            .distinct().toList());
        Map<Document, Person> answer = new LinkedHashMap<>();
        list.forEach((d) -> {
            if (d.authorId() != null && found.containsKey(d.authorId())) {
                answer.put(d, found.get(d.authorId()));
            }
        });
        return answer;
    }

    /** A stub (a document referred to but not in the corpus) has no source: the source of its first citation. */
    @BatchMapping(typeName = "Document")
    Map<Document, Source> source(List<Document> list) {
        Map<String, Source> found = this.sources.byIds(list.stream()
            .map((d) -> d.sourceId() != null ? d.sourceId() : (d.evidence() != null ? d.evidence().sourceId() : null))
            .filter(Objects::nonNull).distinct().toList()).stream()
            .collect(java.util.stream.Collectors.toMap(Source::id, (s) -> s));
        Map<Document, Source> answer = new LinkedHashMap<>();
        list.forEach((d) -> {
            String id = d.sourceId() != null ? d.sourceId() : (d.evidence() != null ? d.evidence().sourceId() : null);
            if (id != null && found.containsKey(id)) {
                answer.put(d, found.get(id));
            }
        });
        return answer;
    }

    @SchemaMapping(typeName = "Document", field = "evidence")
    List<Evidence> evidence(Document document) {
        return document.evidence() == null ? List.of() : List.of(document.evidence());
    }
}
