package civicgraph.api.person;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import civicgraph.api.body.BodyQueries;
import civicgraph.api.body.Post;
import civicgraph.api.district.District;
import civicgraph.api.district.DistrictQueries;
import civicgraph.api.graphql.BatchAnswer;
import civicgraph.api.graphql.Connection;
import civicgraph.api.graphql.Page;
import civicgraph.api.search.SearchQueries;
import civicgraph.api.source.Evidence;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** {@code person}, {@code people} and a person's record: events, districts, attendance, evidence. */
@Controller
class PersonController {

    private final PersonQueries people;

    private final BodyQueries bodies;

    private final DistrictQueries districts;

    private final SearchQueries search;

    PersonController(PersonQueries people, BodyQueries bodies, DistrictQueries districts, SearchQueries search,
            BatchLoaderRegistry loaders) {
        this.people = people;
        this.bodies = bodies;
        this.districts = districts;
        this.search = search;
        // Registered by name: a loader registered by its value type (List) would be handed to every List loader.
        loaders.<AttendanceKey, List<Attendance>>forName("attendanceOf")
            .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> this.people.attendanceOf(keys)));
        loaders.forTypePair(RateKey.class, Double.class)
            .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> this.people.attendanceRateOf(keys)));
    }

    @QueryMapping
    Person person(@Argument String id) {
        return this.people.byIds(List.of(id)).get(id);
    }

    /** Exact name first, then full-text (CJK bigrams) and pinyin matches; without a name, every person by name. */
    @QueryMapping
    Connection<Person> people(@Argument String name, @Argument String district, @Argument Integer first,
            @Argument String after) {
        Page page = Page.of(first, after);
        List<String> ranked = this.search.rankPeople(name, district);
        Map<String, Person> found = this.people.byIds(page.slice(ranked));
        return Connection.of(page, page.slice(ranked).stream().map(found::get).filter(java.util.Objects::nonNull).toList(),
                ranked.size());
    }

    @BatchMapping(typeName = "Person")
    Map<Person, List<District>> districts(List<Person> persons) {
        Map<String, List<String>> ids = this.people.districtIdsOf(persons.stream().map(Person::id).toList());
        Map<String, District> found = this.districts.byIds(ids.values().stream().flatMap(List::stream).distinct().toList());
        Map<Person, List<District>> answer = new LinkedHashMap<>();
        persons.forEach((p) -> answer.put(p, ids.getOrDefault(p.id(), List.of()).stream().map(found::get)
            .filter(java.util.Objects::nonNull).toList()));
        return answer;
    }

    @BatchMapping(typeName = "Person")
    Map<Person, List<PersonnelEvent>> events(List<Person> persons) {
        Map<String, List<PersonnelEvent>> byId = this.people.eventsOf(persons.stream().map(Person::id).toList());
        return BatchAnswer.each(persons, (p) -> byId.getOrDefault(p.id(), List.of()));
    }

    @SchemaMapping(typeName = "Person")
    CompletableFuture<Connection<Attendance>> attendance(Person person, @Argument LocalDate from, @Argument LocalDate to,
            @Argument Integer first, @Argument String after, DataLoader<AttendanceKey, List<Attendance>> attendanceOf) {
        Page page = Page.of(first, after);
        return attendanceOf.load(new AttendanceKey(person.id(), from, to))
            .thenApply((all) -> Connection.of(page, page.slice(all), all.size()));
    }

    @SchemaMapping(typeName = "Person")
    CompletableFuture<Double> attendanceRate(Person person, @Argument String body, @Argument LocalDate from,
            @Argument LocalDate to, DataLoader<RateKey, Double> loader) {
        return loader.load(new RateKey(person.id(), body, from, to));
    }

    @BatchMapping(typeName = "Person")
    Map<Person, List<Evidence>> evidence(List<Person> persons) {
        Map<String, List<Evidence>> byId = this.people.evidenceOf(persons.stream().map(Person::id).toList());
        return BatchAnswer.each(persons, (p) -> byId.getOrDefault(p.id(), List.of()));
    }

    @BatchMapping(typeName = "PersonnelEvent")
    Map<PersonnelEvent, Person> person(List<PersonnelEvent> events) {
        Map<String, Person> found = this.people.byIds(events.stream().map(PersonnelEvent::personId).distinct().toList());
        Map<PersonnelEvent, Person> answer = new LinkedHashMap<>();
        events.forEach((e) -> answer.put(e, found.get(e.personId())));
        return answer;
    }

    @BatchMapping(typeName = "PersonnelEvent")
    Map<PersonnelEvent, Post> post(List<PersonnelEvent> events) {
        Map<String, Post> found = this.bodies.posts(events.stream().map(PersonnelEvent::postId).distinct().toList());
        Map<PersonnelEvent, Post> answer = new LinkedHashMap<>();
        events.forEach((e) -> answer.put(e, found.get(e.postId())));
        return answer;
    }

    @BatchMapping(typeName = "PersonnelEvent")
    Map<PersonnelEvent, District> electoralDistrict(List<PersonnelEvent> events) {
        Map<String, District> found = this.districts.byIds(events.stream().map(PersonnelEvent::electoralDistrictId)
            .filter(java.util.Objects::nonNull).distinct().toList());
        Map<PersonnelEvent, District> answer = new LinkedHashMap<>();
        events.forEach((e) -> {
            if (e.electoralDistrictId() != null && found.containsKey(e.electoralDistrictId())) {
                answer.put(e, found.get(e.electoralDistrictId()));
            }
        });
        return answer;
    }

    @SchemaMapping(typeName = "PersonnelEvent", field = "evidence")
    List<Evidence> eventEvidence(PersonnelEvent event) {
        return event.evidence() == null ? List.of() : List.of(event.evidence());
    }

    @SchemaMapping(typeName = "Attendance", field = "session")
    CompletableFuture<Object> attendanceSession(Attendance attendance, DataLoader<String, Object> sessionById) {
        return sessionById.load(attendance.sessionId());
    }
}
