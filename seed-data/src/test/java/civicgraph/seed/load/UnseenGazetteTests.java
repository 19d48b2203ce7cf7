package civicgraph.seed.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import civicgraph.model.schema.GraphSchema;
import civicgraph.seed.TestNeo4j;
import civicgraph.seed.corpus.CorpusFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Gazettes of the genre that are not the seeds: {@code unseen/*.txt} are written for this test (other districts,
 * other years, full-width and half-width punctuation, digits and Chinese numerals in dates), so the rules are tried
 * on forms they were not measured on. Each assertion quotes the line it reads.
 */
class UnseenGazetteTests {

    static final String MINHANG = "minhang-2024-03.txt";

    static final String JIADING = "jiading-2022-11.txt";

    static final String PUDONG = "pudong-2021-06.txt";

    private static IngestReport report;

    @BeforeAll
    static void ingestTheUnseenGazettes() {
        GraphSchema.apply(TestNeo4j.driver(), SessionConfig.defaultConfig());
        TestNeo4j.clear();
        report = new Ingestion(TestNeo4j.driver(), SessionConfig.defaultConfig())
            .ingest(List.of(unseen(MINHANG), unseen(JIADING), unseen(PUDONG)));
    }

    @Test // #3
    void loadsBothGazettes() {
        assertThat(report.loaded()).containsExactly(MINHANG, JIADING, PUDONG);
        assertThat(report.failed()).isEmpty();
    }

    @Test // #3
    void readsTheSessionsWithTermNumberDayAndAgenda() {
        List<Record> sessions = query("""
                MATCH (s:Session)-[:OF]->(b:Body)
                RETURN s.district AS district, s.kind AS kind, s.term AS term, s.number AS number,
                       toString(s.startDate) AS start, size(s.agenda) AS agenda, b.name AS body
                ORDER BY district""");

        assertThat(sessions).extracting((r) -> tuple(r.get("district").asString(), r.get("kind").asString(),
                r.get("term").asInt(), r.get("number").asInt(), r.get("start").asString(), r.get("agenda").asInt(),
                r.get("body").asString()))
            .containsExactly(
                    // jiading:5 "(二〇二二年十一月三十日嘉定区第七届人民代表大会常务委员会第五次会议通过)", two items
                    tuple("嘉定区", "STANDING_COMMITTEE", 7, 5, "2022-11-30", 2, "嘉定区人民代表大会常务委员会"),
                    // pudong:5 "（2021年6月24日浦东新区第七届人民代表大会常务委员会第三十一次会议通过）", items 一、… 四、
                    tuple("浦东新区", "STANDING_COMMITTEE", 7, 31, "2021-06-24", 4, "浦东新区人民代表大会常务委员会"),
                    // minhang:14 "（2024年3月20日闵行区第十八届人民代表大会常务委员会第九次会议通过）", three items
                    tuple("闵行区", "STANDING_COMMITTEE", 18, 9, "2024-03-20", 3, "闵行区人民代表大会常务委员会"));
    }

    @Test // #3
    void readsAppointmentsRemovalsAndTheResignationOfTheMinhangGazette() {
        // minhang:26 "接受周立新同志辞去闵行区人民政府副区长职务的请求"
        // minhang:46 "任命邬海涛为闵行区人民政府副区长，免去其闵行区发展和改革委员会主任职务。"
        // minhang:48 "任命 严嘉敏、欧阳如 为闵行区人民法院审判员。"
        // minhang:50 "免去 魏 东 的闵行区人民检察院检察员职务。"
        assertThat(events(MINHANG)).containsExactlyInAnyOrder(
                "26 RESIGNATION_ACCEPTED 闵行区 周立新 闵行区人民政府 副区长 2024-03-20",
                "46 APPOINTED 闵行区 邬海涛 闵行区人民政府 副区长 2024-03-20",
                "46 REMOVED 闵行区 邬海涛 闵行区发展和改革委员会 主任 2024-03-20",
                "48 APPOINTED 闵行区 严嘉敏 闵行区人民法院 审判员 2024-03-20",
                "48 APPOINTED 闵行区 欧阳如 闵行区人民法院 审判员 2024-03-20",
                "50 REMOVED 闵行区 魏东 闵行区人民检察院 检察员 2024-03-20");
    }

    @Test // #3
    void readsTheListsOfTheJiadingGazetteWithHalfWidthPunctuationAndChineseNumerals() {
        // jiading:14 "任命 戚振宇 为嘉定区人民政府副区长。"
        // jiading:16 "任命 郜 颖、滕思远 为嘉定区人民检察院检察员。"
        // jiading:18 "任命 包晓军 为嘉定区人民政府办公室主任，免去其嘉定区人民政府办公室副主任职务。"
        // jiading:24 "免去 阚立平 的嘉定区人民法院副院长职务。"
        // jiading:26 "免去 卓文斌 的嘉定区人民法院审判委员会委员、审判员职务。" (two posts, two events)
        assertThat(events(JIADING)).containsExactlyInAnyOrder(
                "14 APPOINTED 嘉定区 戚振宇 嘉定区人民政府 副区长 2022-11-30",
                "16 APPOINTED 嘉定区 郜颖 嘉定区人民检察院 检察员 2022-11-30",
                "16 APPOINTED 嘉定区 滕思远 嘉定区人民检察院 检察员 2022-11-30",
                "18 APPOINTED 嘉定区 包晓军 嘉定区人民政府办公室 主任 2022-11-30",
                "18 REMOVED 嘉定区 包晓军 嘉定区人民政府办公室 副主任 2022-11-30",
                "24 REMOVED 嘉定区 阚立平 嘉定区人民法院 副院长 2022-11-30",
                "26 REMOVED 嘉定区 卓文斌 嘉定区人民法院 审判委员会委员 2022-11-30",
                "26 REMOVED 嘉定区 卓文斌 嘉定区人民法院 审判员 2022-11-30");
        // jiading:50 "区人民政府: 副区长戚振宇", jiading:52 "区人民检察院: 检察长牛建华" (half-width colons)
        assertThat(query("""
                MATCH (p:Person)-[a:ATTENDED {status: 'NON_VOTING'}]->(:Session {district: '嘉定区'})
                RETURN a.line + ' ' + a.organisation + ' ' + coalesce(a.title, '-') + ' ' + p.name AS row"""))
            .extracting((r) -> r.get("row").asString())
            .containsExactlyInAnyOrder("50 区人民政府 副区长 戚振宇", "52 区人民检察院 检察长 牛建华");
    }

    @Test // #3
    void readsTheResignationLetterTheTribunalAndTheTerminationOfThePudongGazette() {
        // pudong:18 "接受管卫东同志辞去浦东新区人民政府副区长职务的请求", his letter pudong:24 "因工作调动，特辞去浦东新区人民
        // 政府副区长职务。" dated pudong:30 "2021年6月8日"; pudong:36 "任命 欧阳卫东 为浦东新区人民政府副区长。" (a four-character name)
        // pudong:38 "任命 聂 群 为浦东新区人民法院张江人民法庭庭长。"; pudong:40 "免去 岑伟中 的浦东新区人民检察院检察员职务。"
        // pudong:48 "鉴于谭国平同志已退休" (the seeds' convention: the line that gives the reason, 003:996), then
        // pudong:50 "谭国平同志的上海市浦东新区人民检察院检察员职务自行免除"; the report is dated pudong:54 "2021年6月1日"
        assertThat(events(PUDONG)).containsExactlyInAnyOrder(
                "18 RESIGNATION_ACCEPTED 浦东新区 管卫东 浦东新区人民政府 副区长 2021-06-24",
                "24 RESIGNATION_REQUESTED 浦东新区 管卫东 浦东新区人民政府 副区长 2021-06-08",
                "36 APPOINTED 浦东新区 欧阳卫东 浦东新区人民政府 副区长 2021-06-24",
                "38 APPOINTED 浦东新区 聂群 浦东新区人民法院张江人民法庭 庭长 2021-06-24",
                "40 REMOVED 浦东新区 岑伟中 浦东新区人民检察院 检察员 2021-06-24",
                "48 TERMINATED 浦东新区 谭国平 浦东新区人民检察院 检察员 2021-06-01");
        assertThat(query("""
                MATCH (b:Body {name: '浦东新区人民法院张江人民法庭'})-[:PART_OF]->(court:Body)
                RETURN b.kind + ' ' + court.name AS row""")).extracting((r) -> r.get("row").asString())
            .containsExactly("TRIBUNAL 浦东新区人民法院");
        assertThat(query("MATCH (:Person {name: '谭国平'})-[e:TERMINATED]->() RETURN e.reason AS reason"))
            .extracting((r) -> r.get("reason").asString()).containsExactly("退休");
    }

    @Test // #3
    void readsTwoSittingsAcrossARunningHeader() {
        // pudong:58 "（2021年6月24日上午）" 12/11/1, the table broken by the running header at pudong:66 before "阎 晶";
        // pudong:73 "（2021年6月24日下午）" 12/10/2, 阎晶 on leave (pudong:84)
        assertThat(query("""
                MATCH (t:Sitting)-[:OF]->(:Session {district: '浦东新区'})
                OPTIONAL MATCH (p:Person)-[a:ATTENDED {sittingId: t.id}]->()
                WITH t, collect(a.status) AS statuses
                RETURN toString(t.date) + ' ' + t.half + ' ' + t.expected + '/' + t.statedPresent + '/'
                       + t.statedOnLeave + ' ' + t.consistent + ' ' + size([s IN statuses WHERE s = 'PRESENT']) + '+'
                       + size([s IN statuses WHERE s = 'ON_LEAVE']) AS row ORDER BY row"""))
            .extracting((r) -> r.get("row").asString())
            .containsExactly("2021-06-24 AFTERNOON 12/10/2 true 10+2", "2021-06-24 MORNING 12/11/1 true 11+1");
        assertThat(query("""
                MATCH (:Person {name: '阎晶'})-[a:ATTENDED]->(:Session {district: '浦东新区'})
                RETURN a.half + ' ' + a.status + ' ' + a.line AS row ORDER BY row"""))
            .extracting((r) -> r.get("row").asString())
            .containsExactly("AFTERNOON ON_LEAVE 84", "MORNING PRESENT 67");
        assertThat(query("MATCH (p:Person) WHERE p.name CONTAINS '公报' RETURN p.name AS name")).isEmpty();
        assertThat(query("MATCH (p:Person {name: '司马振华'}) RETURN p.id AS id")).hasSize(1);
    }

    @Test // #3
    void keysPeopleByDistrictAndPutsBodiesInTheirDistrict() {
        // 孙丽萍 is on leave in both gazettes (minhang:69, jiading:44): two districts, two people.
        assertThat(query("""
                MATCH (p:Person {name: '孙丽萍'})-[:IN_DISTRICT]->(d:District) RETURN d.name AS district
                ORDER BY district""")).extracting((r) -> r.get("district").asString())
            .containsExactly("嘉定区", "闵行区");
        // 孔维嘉 signs a report (minhang:32) and sits in as 区民政局局长 (minhang:79): one person.
        assertThat(query("MATCH (p:Person {name: '孔维嘉'}) RETURN p.id AS id")).hasSize(1);
        assertThat(query("""
                MATCH (b:Body)-[:IN_DISTRICT]->(d:District)
                WHERE b.name IN ['闵行区人民政府', '闵行区人民法院', '嘉定区人民检察院', '嘉定区人民政府']
                RETURN b.name AS body, b.kind AS kind, d.name AS district ORDER BY body"""))
            .extracting((r) -> tuple(r.get("body").asString(), r.get("kind").asString(), r.get("district").asString()))
            .containsExactlyInAnyOrder(tuple("嘉定区人民政府", "GOVERNMENT", "嘉定区"),
                    tuple("嘉定区人民检察院", "PROCURATORATE", "嘉定区"), tuple("闵行区人民法院", "COURT", "闵行区"),
                    tuple("闵行区人民政府", "GOVERNMENT", "闵行区"));
        // 闵行区发展和改革委员会 (minhang:46) is a department of the district government.
        assertThat(query("""
                MATCH (:Body {name: '闵行区发展和改革委员会'})-[:PART_OF]->(parent:Body) RETURN parent.name AS name"""))
            .extracting((r) -> r.get("name").asString()).containsExactly("闵行区人民政府");
    }

    @Test // #3
    void readsAttendanceThatDoesNotAddUpAndReportsItWithItsLine() {
        // minhang:56 "一、应出席会议：30人", :58 "二、出席（27人）：" over 26 names, :67 "三、请假（2人）：" over 2
        Record sitting = query("""
                MATCH (t:Sitting)-[:OF]->(:Session {district: '闵行区'})
                OPTIONAL MATCH (p:Person)-[a:ATTENDED {sittingId: t.id}]->()
                RETURN toString(t.date) AS date, t.half AS half, t.expected AS expected,
                       t.statedPresent AS present, t.statedOnLeave AS onLeave, t.consistent AS consistent,
                       size([x IN collect(a.status) WHERE x = 'PRESENT']) AS presentEdges,
                       size([x IN collect(a.status) WHERE x = 'ON_LEAVE']) AS onLeaveEdges""").get(0);
        assertThat(List.of(sitting.get("date").asString(), sitting.get("half").asString(),
                sitting.get("expected").asInt(), sitting.get("present").asInt(), sitting.get("onLeave").asInt(),
                sitting.get("consistent").asBoolean(), sitting.get("presentEdges").asInt(),
                sitting.get("onLeaveEdges").asInt()))
            .containsExactly("2024-03-20", "MORNING", 30, 27, 2, false, 26, 2);

        List<String> findings = query("""
                MATCH (f:Finding)-[:FROM_SOURCE]->(:Source {fileName: $file})
                RETURN f.line + ' ' + f.message AS finding ORDER BY f.line""", MINHANG).stream()
            .map((r) -> r.get("finding").asString())
            .toList();
        assertThat(findings).contains("56 attendance does not add up: 应出席 30, present 27 + on leave 2",
                "58 出席 states 27 but 26 names were read");
        assertThat(report.findings()).anySatisfy((f) -> {
            assertThat(f.source()).isEqualTo(MINHANG);
            assertThat(f.line()).isEqualTo(56);
        });
    }

    @Test // #3
    void readsAttendanceThatAddsUpWithoutAFinding() {
        // jiading:30 "(会期半天,二〇二二年十一月三十日下午)", :32 "一、应出席会议:25人", 23 present, 2 on leave
        Record sitting = query("""
                MATCH (t:Sitting)-[:OF]->(:Session {district: '嘉定区'})
                OPTIONAL MATCH (p:Person)-[a:ATTENDED {sittingId: t.id}]->()
                RETURN toString(t.date) AS date, t.half AS half, t.expected AS expected, t.consistent AS consistent,
                       count(a) AS edges""").get(0);
        assertThat(List.of(sitting.get("date").asString(), sitting.get("half").asString(),
                sitting.get("expected").asInt(), sitting.get("consistent").asBoolean(), sitting.get("edges").asInt()))
            .containsExactly("2022-11-30", "AFTERNOON", 25, true, 25);
        assertThat(report.findings()).noneSatisfy((f) -> assertThat(f.source()).isEqualTo(JIADING));
    }

    @Test // #3
    void readsTheNonVotingListAndTheByline() {
        // minhang:75 "区人民政府：副区长邬海涛", :77 "区人民法院：院长钱晓东", :79 "区政府部门：区民政局局长孔维嘉、区教育局副局长曹明远"
        assertThat(query("""
                MATCH (p:Person)-[a:ATTENDED {status: 'NON_VOTING'}]->(:Session {district: '闵行区'})
                RETURN a.line + ' ' + a.organisation + ' ' + coalesce(a.title, '-') + ' ' + p.name AS row"""))
            .extracting((r) -> r.get("row").asString())
            .containsExactlyInAnyOrder("75 区人民政府 副区长 邬海涛", "77 区人民法院 院长 钱晓东", "79 区民政局 局长 孔维嘉",
                    "79 区教育局 副局长 曹明远");
        // minhang:32 "闵行区民政局局长 孔维嘉" under the report of minhang:28
        assertThat(query("""
                MATCH (p:Person {name: '孔维嘉'})-[a:ATTESTED]->(post:Post)-[:OF]->(b:Body)
                RETURN a.line + ' ' + b.name + ' ' + post.title + ' ' + toString(a.date) AS row"""))
            .extracting((r) -> r.get("row").asString())
            .contains("32 闵行区民政局 局长 2024-03-20", "79 闵行区民政局 局长 2024-03-20");
        assertThat(query("""
                MATCH (:Person {name: '孔维嘉'})-[:AUTHORED]->(d:Document)
                RETURN d.firstLine + ' ' + d.title AS row"""))
            .extracting((r) -> r.get("row").asString()).containsExactly("28 关于本区养老服务体系建设情况的报告");
    }

    private static List<String> events(String file) {
        return query("""
                MATCH (p:Person)-[e:APPOINTED|REMOVED|RESIGNED|ELECTED|TERMINATED]->(post:Post)-[:OF]->(b:Body),
                      (p)-[:IN_DISTRICT]->(d:District), (:Source {id: e.source, fileName: $file})
                RETURN e.line + ' ' + e.kind + ' ' + d.name + ' ' + p.name + ' ' + b.name + ' ' + post.title + ' '
                       + coalesce(toString(e.date), '-') AS event""", file).stream()
            .map((r) -> r.get("event").asString())
            .toList();
    }

    static List<Record> query(String cypher, String... file) {
        try (var session = TestNeo4j.driver().session()) {
            return session.run(cypher, file.length == 0 ? Values.parameters() : Values.parameters("file", file[0]))
                .list();
        }
    }

    static CorpusFile unseen(String name) {
        try (InputStream in = UnseenGazetteTests.class.getResourceAsStream("/unseen/" + name)) {
            assertThat(in).as("unseen/%s on the test classpath", name).isNotNull();
            return new CorpusFile(name, in.readAllBytes());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
