package civicgraph.api.export;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import civicgraph.api.CivicGraphServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /export/popolo.json as a Popolo consumer reads it: each collection's required fields per the Popolo JSON
 * schemas (person.name; organization.name; post.organization_id; membership.person_id and organization_id;
 * event.name; motion.text and organization_id).
 */
@CivicGraphServerTest
class PopoloExportTests {

    @LocalServerPort
    private int port;

    private Map<String, List<Map<String, Object>>> popolo;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void download() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
            .newBuilder(URI.create("http://127.0.0.1:" + this.port + "/export/popolo.json")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> assertThat(type)
            .startsWith("application/json"));
        this.popolo = JsonMapper.builder().build().readValue(response.body(), Map.class);
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.graphql.test.tester.HttpGraphQlTester graphQl;

    @Test // #4
    void hasEveryCollectionFilledFromTheCorpus() {
        assertThat(this.popolo).containsOnlyKeys("persons", "organizations", "posts", "memberships", "events", "motions");
        // the same counts as GraphQL's ingest report (202 people, 21 sessions in the bundled corpus)
        var report = this.graphQl.document("{ ingestReport { people bodies sessions } }").execute();
        assertThat(this.popolo.get("persons")).hasSize(report.path("ingestReport.people").entity(Integer.class).get())
            .hasSize(202);
        assertThat(this.popolo.get("organizations"))
            .hasSize(report.path("ingestReport.bodies").entity(Integer.class).get());
        assertThat(this.popolo.get("events")).hasSize(report.path("ingestReport.sessions").entity(Integer.class).get())
            .hasSize(21);
        assertThat(this.popolo.get("posts")).isNotEmpty();
        assertThat(this.popolo.get("memberships")).isNotEmpty();
        assertThat(this.popolo.get("motions")).isNotEmpty();
    }

    @Test // #4
    void everyObjectHasTheFieldsItsSchemaRequires() {
        assertThat(this.popolo.get("persons")).allSatisfy((p) -> assertThat(p).containsKeys("id", "name"));
        assertThat(this.popolo.get("organizations")).allSatisfy((o) -> assertThat(o).containsKeys("id", "name"));
        assertThat(this.popolo.get("posts")).allSatisfy((p) -> assertThat(p).containsKeys("id", "label", "organization_id"));
        assertThat(this.popolo.get("memberships"))
            .allSatisfy((m) -> assertThat(m).containsKeys("id", "person_id", "organization_id"));
        assertThat(this.popolo.get("events")).allSatisfy((e) -> assertThat(e).containsKeys("id", "name"));
        assertThat(this.popolo.get("motions")).allSatisfy((m) -> assertThat(m).containsKeys("id", "text"));
        // Sessions whose dates the corpus states (e.g. 2023-09-27, 003:47) carry start_date.
        assertThat(this.popolo.get("events")).filteredOn((e) -> "宝山区第九届人民代表大会常务委员会第十三次会议".equals(e.get("name")))
            .singleElement().satisfies((e) -> assertThat(e).containsEntry("start_date", "2023-09-27"));
        // Every motion names its organisation (Popolo requires it): the body of the session that took it up, of the
        // session that adopted what it resulted in, or its issuer (a stub's title names it: 003:815).
        assertThat(this.popolo.get("motions")).isNotEmpty()
            .allSatisfy((m) -> assertThat(m).containsKeys("organization_id", "sources"));
    }

    @Test // #4
    void everyReferenceNamesAnExportedObject() {
        List<Object> persons = ids("persons");
        List<Object> organizations = ids("organizations");
        assertThat(this.popolo.get("memberships")).allSatisfy((m) -> {
            assertThat(persons).contains(m.get("person_id"));
            assertThat(organizations).contains(m.get("organization_id"));
        });
        assertThat(this.popolo.get("posts")).allSatisfy((p) -> assertThat(organizations).contains(p.get("organization_id")));
    }

    @Test // #4
    void theDeputyHeadsMembershipStartsOnHisAppointment() {
        // 003:972 任命 王勰、陈汇青 为宝山区人民政府副区长。 (2023-09-27); no end in the corpus
        Object wangXie = this.popolo.get("persons").stream().filter((p) -> "王勰".equals(p.get("name")))
            .map((p) -> p.get("id")).findFirst().orElseThrow();
        Object government = this.popolo.get("organizations").stream().filter((o) -> "宝山区人民政府".equals(o.get("name")))
            .map((o) -> o.get("id")).findFirst().orElseThrow();

        assertThat(this.popolo.get("memberships")).filteredOn((m) -> wangXie.equals(m.get("person_id")))
            .singleElement().satisfies((m) -> {
                assertThat(m).containsEntry("organization_id", government).containsEntry("role", "副区长")
                    .containsEntry("start_date", "2023-09-27");
                assertThat(m.get("end_date")).isNull();
            });
    }

    private List<Object> ids(String collection) {
        return this.popolo.get(collection).stream().map((o) -> o.get("id")).toList();
    }
}
