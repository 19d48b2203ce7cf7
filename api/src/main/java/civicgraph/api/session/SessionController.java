package civicgraph.api.session;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import civicgraph.api.body.Body;
import civicgraph.api.body.BodyQueries;
import civicgraph.api.document.Document;
import civicgraph.api.document.DocumentQueries;
import civicgraph.api.graphql.BatchAnswer;
import civicgraph.api.graphql.Connection;
import civicgraph.api.graphql.Page;
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

/** {@code session}, {@code sessions}, a session's sittings, documents and events, and who sat in the room. */
@Controller
class SessionController {

    private final SessionQueries sessions;

    private final BodyQueries bodies;

    private final DocumentQueries documents;

    private final PersonQueries people;

    SessionController(SessionQueries sessions, BodyQueries bodies, DocumentQueries documents, PersonQueries people,
            BatchLoaderRegistry loaders) {
        this.sessions = sessions;
        this.bodies = bodies;
        this.documents = documents;
        this.people = people;
        // Used wherever a record refers to its session by id (Attendance, PersonnelEvent, Document).
        loaders.<BodySessions, List<Session>>forName("bodySessions")
            .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> {
                Map<String, List<Session>> byId = this.sessions.ofBodies(keys.stream().map(BodySessions::bodyId)
                    .distinct().toList());
                Map<BodySessions, List<Session>> answer = new LinkedHashMap<>();
                keys.forEach((k) -> answer.put(k, byId.getOrDefault(k.bodyId(), List.of())));
                return answer;
            }));
        loaders.<String, Object>forName("sessionById")
            .registerMappedBatchLoader((ids, env) -> Mono.fromSupplier(() -> Map.copyOf(this.sessions.byIds(ids))));
    }

    /** The key of Body.sessions' loader. */
    record BodySessions(String bodyId) {
    }

    @SchemaMapping(typeName = "Body")
    CompletableFuture<Connection<Session>> sessions(Body body, @Argument Integer first, @Argument String after,
            DataLoader<BodySessions, List<Session>> bodySessions) {
        Page page = Page.of(first, after);
        return bodySessions.load(new BodySessions(body.id())).thenApply((all) -> Connection.of(page, page.slice(all), all.size()));
    }

    @QueryMapping
    Session session(@Argument String id) {
        return this.sessions.byIds(List.of(id)).get(id);
    }

    @QueryMapping
    Connection<Session> sessions(@Argument String body, @Argument String district, @Argument LocalDate from,
            @Argument LocalDate to, @Argument Integer first, @Argument String after) {
        Page page = Page.of(first, after);
        return Connection.of(page, this.sessions.page(body, district, from, to, page.skip(), page.limit()), this.sessions.count(body, district, from, to));
    }

    @BatchMapping(typeName = "Session")
    Map<Session, Body> body(List<Session> list) {
        return BatchAnswer.byReference(list, Session::bodyId, this.bodies::bodies);
    }

    @BatchMapping(typeName = "Session")
    Map<Session, List<Sitting>> sittings(List<Session> list) {
        Map<String, List<Sitting>> byId = this.sessions.sittingsOf(list.stream().map(Session::id).toList());
        return BatchAnswer.each(list, (s) -> byId.getOrDefault(s.id(), List.of()));
    }

    @BatchMapping(typeName = "Session")
    Map<Session, List<Document>> documents(List<Session> list) {
        Map<String, List<Document>> byId = this.documents.ofSessions(list.stream().map(Session::id).toList(), false);
        return BatchAnswer.each(list, (s) -> byId.getOrDefault(s.id(), List.of()));
    }

    @BatchMapping(typeName = "Session")
    Map<Session, List<Document>> approved(List<Session> list) {
        Map<String, List<Document>> byId = this.documents.ofSessions(list.stream().map(Session::id).toList(), true);
        return BatchAnswer.each(list, (s) -> byId.getOrDefault(s.id(), List.of()));
    }

    @BatchMapping(typeName = "Session")
    Map<Session, List<PersonnelEvent>> events(List<Session> list) {
        Map<String, List<PersonnelEvent>> byId = this.sessions.eventsOf(list.stream().map(Session::id).toList());
        return BatchAnswer.each(list, (s) -> byId.getOrDefault(s.id(), List.of()));
    }

    @SchemaMapping(typeName = "Session", field = "evidence")
    List<Evidence> sessionEvidence(Session session) {
        return session.evidence() == null ? List.of() : List.of(session.evidence());
    }

    @BatchMapping(typeName = "Sitting")
    Map<Sitting, List<Person>> present(List<Sitting> list) {
        return peopleOf(list, "PRESENT");
    }

    @BatchMapping(typeName = "Sitting")
    Map<Sitting, List<Person>> onLeave(List<Sitting> list) {
        return peopleOf(list, "ON_LEAVE");
    }

    /** A session's non-voting list belongs to each of its sittings on the list's date (or to all, when undated). */
    @BatchMapping(typeName = "Sitting")
    Map<Sitting, List<NonVotingAttendance>> nonVoting(List<Sitting> list) {
        var byId = this.sessions.nonVotingOf(list.stream().map(Sitting::sessionId).distinct().toList());
        return BatchAnswer.each(list, (t) -> byId.getOrDefault(t.sessionId(), List.of()).stream()
            .filter((e) -> e.getKey() == null || e.getKey().equals(t.date()))
            .map(Map.Entry::getValue).toList());
    }

    @BatchMapping(typeName = "NonVotingAttendance")
    Map<NonVotingAttendance, Person> person(List<NonVotingAttendance> list) {
        return BatchAnswer.byReference(list, NonVotingAttendance::personId, this.people::byIds);
    }

    @SchemaMapping(typeName = "PersonnelEvent", field = "session")
    CompletableFuture<Object> eventSession(PersonnelEvent event, DataLoader<String, Object> sessionById) {
        return event.sessionId() == null ? CompletableFuture.completedFuture(null) : sessionById.load(event.sessionId());
    }

    private Map<Sitting, List<Person>> peopleOf(List<Sitting> list, String status) {
        var byId = this.sessions.peopleOf(list.stream().map(Sitting::id).toList());
        Map<String, Person> found = this.people.byIds(byId.values().stream()
            .flatMap((m) -> m.getOrDefault(status, List.of()).stream()).distinct().toList());
        return BatchAnswer.each(list, (t) -> byId.getOrDefault(t.id(), Map.of()).getOrDefault(status, List.of()).stream()
            .map(found::get).filter(Objects::nonNull).toList());
    }

}
