package civicgraph.seed.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import civicgraph.model.Evidence;

/**
 * Everything one gazette adds to the graph, as rows keyed by stable ids, ready for {@link GraphWriter}. Rows with
 * the same id (a person named on many lines) are kept once; the first evidence wins.
 */
public final class GazetteGraph {

    /** A district: administrative (青浦区), electoral (第6选区, part of its district) or a town. */
    public record DistrictRow(String id, String name, String kind, String parentId) {
    }

    public record BodyRow(String id, String name, String kind, List<String> aliases, String districtId,
            String parentId) {
    }

    public record PostRow(String id, String title, String bodyId, String name) {
    }

    public record PersonRow(String id, String name, String districtId, String pinyin, String pinyinCompact,
            String pinyinInitials, List<String> pinyinVariants) {
    }

    public record SessionRow(String id, String title, String district, String kind, Integer term, Integer number,
            String bodyId, LocalDate startDate, LocalDate endDate, List<String> agenda, Evidence evidence) {
    }

    public record SittingRow(String id, String sessionId, LocalDate date, String half, Integer expected,
            Integer statedPresent, Integer statedOnLeave, boolean consistent, Evidence evidence) {
    }

    /** PRESENT, ON_LEAVE (with a sitting) or NON_VOTING (organisation and title as listed). */
    public record AttendanceRow(String id, String personId, String sessionId, String sittingId, LocalDate date,
            String half, String status, String organisation, String title, Evidence evidence) {
    }

    public record DocumentRow(String id, String title, String kind, String district, LocalDate date, String number, boolean adopted,
            String sessionId, String issuerId, String authorId, String authorTitle, Integer firstLine,
            Integer lastLine, boolean stub, Evidence evidence) {
    }

    /** A lineage relationship between two documents (RESULTS_IN, EXPLAINS, …). */
    public record LinkRow(String relation, String fromId, String toId, Evidence evidence) {
    }

    /** A personnel event: kind is the contract's PersonnelEventKind, relation the relationship type that stores it. */
    public record EventRow(String id, String relation, String kind, String personId, String postId, LocalDate date,
            String reason, String documentId, String sessionId, String electoralDistrictId, Evidence evidence) {
    }

    public record AttestationRow(String id, String personId, String postId, LocalDate date, String documentId,
            Evidence evidence) {
    }

    public record FindingRow(String id, String severity, int line, String message) {
    }

    private final Map<String, DistrictRow> districts = new LinkedHashMap<>();
    private final Map<String, BodyRow> bodies = new LinkedHashMap<>();
    private final Map<String, PostRow> posts = new LinkedHashMap<>();
    private final Map<String, PersonRow> persons = new LinkedHashMap<>();
    private final Map<String, SessionRow> sessions = new LinkedHashMap<>();
    private final Map<String, SittingRow> sittings = new LinkedHashMap<>();
    private final Map<String, AttendanceRow> attendances = new LinkedHashMap<>();
    private final Map<String, DocumentRow> documents = new LinkedHashMap<>();
    private final Map<String, LinkRow> links = new LinkedHashMap<>();
    private final Map<String, EventRow> events = new LinkedHashMap<>();
    private final Map<String, AttestationRow> attestations = new LinkedHashMap<>();
    private final Map<String, FindingRow> findings = new LinkedHashMap<>();

    public void add(DistrictRow row) {
        this.districts.putIfAbsent(row.id(), row);
    }

    public void add(BodyRow row) {
        this.bodies.merge(row.id(), row, (a, b) -> {
            List<String> aliases = new ArrayList<>(a.aliases());
            b.aliases().stream().filter((alias) -> !aliases.contains(alias)).forEach(aliases::add);
            return new BodyRow(a.id(), a.name(), a.kind(), List.copyOf(aliases), a.districtId(),
                    a.parentId() != null ? a.parentId() : b.parentId());
        });
    }

    public void add(PostRow row) {
        this.posts.putIfAbsent(row.id(), row);
    }

    public void add(PersonRow row) {
        this.persons.putIfAbsent(row.id(), row);
    }

    public void add(SessionRow row) {
        this.sessions.merge(row.id(), row, GazetteGraph::richer);
    }

    public void add(SittingRow row) {
        this.sittings.putIfAbsent(row.id(), row);
    }

    public void add(AttendanceRow row) {
        this.attendances.putIfAbsent(row.id(), row);
    }

    public void add(DocumentRow row) {
        this.documents.putIfAbsent(row.id(), row);
    }

    public void add(LinkRow row) {
        this.links.putIfAbsent(row.relation() + "|" + row.fromId() + "|" + row.toId(), row);
    }

    public void add(EventRow row) {
        this.events.putIfAbsent(row.id(), row);
    }

    public void add(AttestationRow row) {
        this.attestations.putIfAbsent(row.id(), row);
    }

    public void add(FindingRow row) {
        this.findings.putIfAbsent(row.id(), row);
    }

    /** A session described in full in one place and only named in another: keep what each knows. */
    private static SessionRow richer(SessionRow a, SessionRow b) {
        return new SessionRow(a.id(), a.title() != null ? a.title() : b.title(), a.district(), a.kind(),
                a.term() != null ? a.term() : b.term(), a.number() != null ? a.number() : b.number(), a.bodyId(),
                a.startDate() != null ? a.startDate() : b.startDate(), a.endDate() != null ? a.endDate() : b.endDate(),
                !a.agenda().isEmpty() ? a.agenda() : b.agenda(), a.evidence() != null ? a.evidence() : b.evidence());
    }

    public List<DistrictRow> districts() {
        // Parents first, so that PART_OF finds them in the same statement's earlier rows.
        List<DistrictRow> ordered = new ArrayList<>(this.districts.values());
        ordered.sort((a, b) -> Boolean.compare(a.parentId() != null, b.parentId() != null));
        return ordered;
    }

    public List<BodyRow> bodies() {
        List<BodyRow> ordered = new ArrayList<>();
        Map<String, BodyRow> pending = new HashMap<>(this.bodies);
        // Parents before children, whatever the depth (法院 before 人民法庭 before nothing deeper).
        while (!pending.isEmpty()) {
            int before = pending.size();
            for (BodyRow row : List.copyOf(this.bodies.values())) {
                if (pending.containsKey(row.id())
                        && (row.parentId() == null || !pending.containsKey(row.parentId()))) {
                    ordered.add(row);
                    pending.remove(row.id());
                }
            }
            if (pending.size() == before) { // a cycle cannot come from names, but never loop forever
                ordered.addAll(pending.values());
                break;
            }
        }
        return ordered;
    }

    public List<PostRow> posts() {
        return List.copyOf(this.posts.values());
    }

    public List<PersonRow> persons() {
        return List.copyOf(this.persons.values());
    }

    public List<SessionRow> sessions() {
        return List.copyOf(this.sessions.values());
    }

    public List<SittingRow> sittings() {
        return List.copyOf(this.sittings.values());
    }

    public List<AttendanceRow> attendances() {
        return List.copyOf(this.attendances.values());
    }

    public List<DocumentRow> documents() {
        return List.copyOf(this.documents.values());
    }

    public List<LinkRow> links() {
        return List.copyOf(this.links.values());
    }

    public List<EventRow> events() {
        return List.copyOf(this.events.values());
    }

    public List<AttestationRow> attestations() {
        return List.copyOf(this.attestations.values());
    }

    public List<FindingRow> findings() {
        return List.copyOf(this.findings.values());
    }
}
