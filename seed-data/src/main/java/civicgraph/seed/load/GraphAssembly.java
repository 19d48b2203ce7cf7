package civicgraph.seed.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import civicgraph.model.BodyKind;
import civicgraph.model.Evidence;
import civicgraph.model.Label;
import civicgraph.model.NodeId;
import civicgraph.model.PersonName;
import civicgraph.model.PersonPinyin;
import civicgraph.model.PersonnelEventKind;
import civicgraph.model.RelType;
import civicgraph.seed.extract.Extraction;
import civicgraph.seed.extract.Finding;
import civicgraph.seed.extract.attendance.AttendanceRecord;
import civicgraph.seed.extract.attendance.NameMention;
import civicgraph.seed.extract.attendance.NonVotingFact;
import civicgraph.seed.extract.attendance.NonVotingRecord;
import civicgraph.seed.extract.attendance.Sitting;
import civicgraph.seed.extract.document.DocumentSection;
import civicgraph.seed.extract.document.DocumentTitle;
import civicgraph.seed.extract.lineage.LineageEnd;
import civicgraph.seed.extract.lineage.LineageFact;
import civicgraph.seed.extract.personnel.PersonnelFact;
import civicgraph.seed.extract.personnel.PostMention;
import civicgraph.seed.extract.post.BodyName;
import civicgraph.seed.extract.post.CanonicalBody;
import civicgraph.seed.extract.post.PostName;
import civicgraph.seed.extract.session.AgendaItem;
import civicgraph.seed.extract.session.Session;
import civicgraph.seed.extract.session.SessionMention;
import civicgraph.seed.extract.session.SessionRef;
import civicgraph.seed.extract.text.ChineseNumeralFormat;
import civicgraph.seed.load.GazetteGraph.AttendanceRow;
import civicgraph.seed.load.GazetteGraph.AttestationRow;
import civicgraph.seed.load.GazetteGraph.BodyRow;
import civicgraph.seed.load.GazetteGraph.DistrictRow;
import civicgraph.seed.load.GazetteGraph.DocumentRow;
import civicgraph.seed.load.GazetteGraph.EventRow;
import civicgraph.seed.load.GazetteGraph.FindingRow;
import civicgraph.seed.load.GazetteGraph.LinkRow;
import civicgraph.seed.load.GazetteGraph.PersonRow;
import civicgraph.seed.load.GazetteGraph.PostRow;
import civicgraph.seed.load.GazetteGraph.SessionRow;
import civicgraph.seed.load.GazetteGraph.SittingRow;

/**
 * Ties one gazette's extracted facts together into graph rows: each personnel statement to the document that holds
 * its line (and so to that document's date and session), each attendance record to its session, each post to its
 * canonical body, each name to a person of the gazette's district. Ids derive from natural keys only, so the same
 * gazette always gives the same rows.
 */
final class GraphAssembly {

    private static final Pattern PLACE = Pattern.compile(
            "^(?<place>.*?(?:街道|镇|乡|村|社区))(?=党委|党工委|党总支|党支部|村委会|居委会|办事处|人大|人民政府|政府)");

    private static final Pattern PLACE_ORGAN = Pattern.compile(
            "^(?:党委|党工委|党总支|党支部|村委会|居委会|办事处|人大|人民政府|政府)");

    private static final Pattern STANDING_COMMITTEE = Pattern.compile(
            "^(?<parent>.*?(?:人大常委会|人民代表大会常务委员会)).+(?:工委|工作委员会)");

    private static final Pattern WORKING_COMMITTEE = Pattern.compile("^(?!区|市)\\p{IsHan}{1,8}?(?:工委|工作委员会)");

    private final Extraction extraction;

    private final String sha256;

    private final String district;

    private final GazetteGraph graph = new GazetteGraph();

    private final List<Finding> findings = new ArrayList<>();

    private final TreeMap<Integer, DocumentSection> sectionsByLine = new TreeMap<>();

    private final Map<String, LocalDate> sessionStarts = new HashMap<>();

    private PostMention previousMention;

    private GraphAssembly(Extraction extraction) {
        this.extraction = extraction;
        this.sha256 = extraction.gazette().sha256();
        String outlined = extraction.outline().district();
        this.district = (outlined != null) ? outlined
                : BodyName.districtOf(String.valueOf(extraction.gazette().title())).orElse("");
        extraction.outline().sections().forEach((s) -> this.sectionsByLine.put(s.firstLine(), s));
    }

    /** The rows of one gazette, and the findings of tying its facts together. */
    static GazetteGraph of(Extraction extraction) {
        GraphAssembly assembly = new GraphAssembly(extraction);
        assembly.assemble();
        return assembly.graph;
    }

    private void assemble() {
        if (!this.district.isEmpty()) {
            districtId(this.district);
        }
        for (Session session : this.extraction.sessions()) {
            session(session.ref(), session.start(), session.end(),
                    session.agenda().stream().map(AgendaItem::text).toList(), session.evidence());
        }
        for (SessionMention mention : this.extraction.sessionMentions()) {
            session(mention.ref(), null, null, List.of(), mention.evidence());
        }
        this.extraction.outline().sections().forEach(this::document);
        this.extraction.lineage().forEach(this::link);
        this.extraction.attendance().records().forEach(this::attendance);
        this.extraction.nonVoting().records().forEach(this::nonVoting);
        this.extraction.personnel().facts().forEach(this::personnelEvent);
        this.extraction.personnel().postMentions().forEach(this::postMention);
        List<Finding> all = new ArrayList<>(this.extraction.findings());
        all.addAll(this.findings);
        for (Finding finding : all) {
            this.graph.add(new FindingRow(NodeId.of(Label.Finding, this.sha256, String.valueOf(finding.line()),
                    finding.message()).value(), finding.severity().name(), finding.line(), finding.message()));
        }
    }

    // --- sessions -------------------------------------------------------------------------------------------

    /** The session's id, its row added; null for a reference too vague to name one session (no number). */
    private String session(SessionRef ref, LocalDate start, LocalDate end, List<String> agenda, Evidence evidence) {
        if (ref == null || ref.number() == null) {
            return null;
        }
        String where = (ref.district() != null) ? ref.district() : this.district;
        String kind = switch (ref.body()) {
            case CONGRESS -> "PLENARY";
            case CHAIRPERSONS_MEETING -> "CHAIRPERSONS_MEETING";
            default -> "STANDING_COMMITTEE";
        };
        String term = (ref.term() == null) ? "" : ChineseNumeralFormat.of(ref.term());
        String congress = where + (term.isEmpty() ? "" : "第" + term + "届") + "人民代表大会";
        String bodyName = switch (kind) {
            case "PLENARY" -> where + "人民代表大会";
            case "CHAIRPERSONS_MEETING" -> where + "人民代表大会常务委员会主任会议";
            default -> where + "人民代表大会常务委员会";
        };
        String title = switch (kind) {
            case "PLENARY" -> congress + "第" + ChineseNumeralFormat.of(ref.number()) + "次会议";
            case "CHAIRPERSONS_MEETING" -> congress + "常务委员会第" + ChineseNumeralFormat.of(ref.number()) + "次主任会议";
            default -> congress + "常务委员会第" + ChineseNumeralFormat.of(ref.number()) + "次会议";
        };
        String id = NodeId.of(Label.Session, where, kind, String.valueOf(ref.term()), String.valueOf(ref.number()))
            .value();
        String bodyId = bodyId(BodyName.canonical(bodyName, where));
        this.graph.add(new SessionRow(id, title, where, kind, ref.term(), ref.number(), bodyId, start,
                end != null ? end : start, agenda, evidence));
        if (start != null) {
            this.sessionStarts.putIfAbsent(id, start);
        }
        return id;
    }

    private String sessionOf(String meeting, Evidence heading) {
        for (SessionRef ref : SessionRef.findAll(meeting, heading, this.district)) {
            String id = session(ref, null, null, List.of(), heading);
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    // --- documents and lineage ------------------------------------------------------------------------------

    private String documentId(int firstLine) {
        return NodeId.of(Label.Document, this.sha256, String.valueOf(firstLine)).value();
    }

    private void document(DocumentSection section) {
        String sessionId = session(section.session(), null, null, List.of(), section.evidence());
        String issuerId = (section.issuer() == null) ? null : bodyId(BodyName.canonical(section.issuer(), this.district));
        String authorId = (section.author() == null) ? null : personId(section.author());
        String id = documentId(section.firstLine());
        this.graph.add(new DocumentRow(id, section.title(), section.kind().name(), this.district, section.date(),
                section.number(), section.adopted() && section.kind().adoptable(), sessionId, issuerId, authorId,
                section.authorTitle(), section.firstLine(), section.lastLine(), false, section.evidence()));
        // A byline is evidence that its author held the title on the document's date.
        if (authorId != null && section.authorTitle() != null && dateOf(section) != null) {
            PostName.parse(section.authorTitle(), this.district).ifPresent((post) -> this.graph.add(new AttestationRow(
                    NodeId.of(Label.PersonnelEvent, "byline", id, authorId).value(), authorId, postId(post),
                    dateOf(section), id, section.authorEvidence() != null ? section.authorEvidence() : section.evidence())));
        }
    }

    private void link(LineageFact fact) {
        this.graph.add(new LinkRow(fact.relation().name(), endId(fact.from(), fact.evidence()),
                endId(fact.to(), fact.evidence()), fact.evidence()));
    }

    private String endId(LineageEnd end, Evidence citation) {
        if (!end.stub()) {
            return documentId(end.firstLine());
        }
        // A document referred to by title but not in the corpus: one stub per title, marked as such.
        String id = NodeId.of(Label.Document, "stub", this.district, end.title()).value();
        if (this.graph.documents().stream().noneMatch((d) -> d.id().equals(id))) {
            this.findings.add(new Finding(civicgraph.seed.extract.Severity.INFO, citation.source(), citation.line(),
                    "referenced document not in the corpus (kept as a stub): " + end.title()));
        }
        // The title of a referred document often names its issuer ("宝山区人大常委会关于…的审议意见").
        String issuerId = DocumentTitle.issuerOf(end.title())
            .map((issuer) -> bodyId(BodyName.canonical(issuer, this.district))).orElse(null);
        // "区五届人大常委会第二十八次会议关于…的审议意见": a session named in the title is where the document was taken up.
        String sessionId = SessionRef.findAll(end.title(), citation, this.district).stream()
            .map((ref) -> session(ref, null, null, List.of(), citation)).filter(java.util.Objects::nonNull)
            .findFirst().orElse(null);
        this.graph.add(new DocumentRow(id, end.title(), end.kind().name(), this.district, null, null, false, sessionId,
                issuerId, null, null, null, null, true, citation));
        return id;
    }

    private DocumentSection sectionAt(int line) {
        var entry = this.sectionsByLine.floorEntry(line);
        return (entry == null || entry.getValue().lastLine() < line) ? null : entry.getValue();
    }

    private LocalDate dateOf(DocumentSection section) {
        if (section.date() != null) {
            return section.date();
        }
        String sessionId = session(section.session(), null, null, List.of(), section.evidence());
        return (sessionId == null) ? null : this.sessionStarts.get(sessionId);
    }

    // --- attendance ----------------------------------------------------------------------------------------

    private void attendance(AttendanceRecord record) {
        String sessionId = sessionOf(record.meeting(), record.heading());
        if (sessionId == null) {
            this.findings.add(warning(record.heading(), "attendance record names no session: " + record.meeting()));
            return;
        }
        for (Sitting sitting : record.sittings()) {
            LocalDate date = (sitting.date() != null) ? sitting.date() : this.sessionStarts.get(sessionId);
            if (date == null) {
                this.findings.add(warning(sitting.evidence(), "sitting without a date: its attendance is not stored"));
                continue;
            }
            String half = (sitting.half() == null) ? null : sitting.half().name();
            String sittingId = NodeId.of(Label.Sitting, sessionId, date.toString(), String.valueOf(half)).value();
            this.graph.add(new SittingRow(sittingId, sessionId, date, half, sitting.expected(), sitting.statedPresent(),
                    sitting.statedOnLeave(), sitting.consistent(), sitting.evidence()));
            extendSession(sessionId, date);
            for (NameMention name : sitting.present()) {
                attended(name, sessionId, sittingId, date, half, "PRESENT");
            }
            for (NameMention name : sitting.onLeave()) {
                attended(name, sessionId, sittingId, date, half, "ON_LEAVE");
            }
        }
    }

    private void attended(NameMention name, String sessionId, String sittingId, LocalDate date, String half,
            String status) {
        String personId = personId(name.name());
        this.graph.add(new AttendanceRow(NodeId.of(Label.Sitting, "attended", sittingId, personId).value(), personId,
                sessionId, sittingId, date, half, status, null, null, name.evidence()));
    }

    private void nonVoting(NonVotingRecord record) {
        String sessionId = sessionOf(record.meeting(), record.heading());
        if (sessionId == null) {
            this.findings.add(warning(record.heading(), "non-voting record names no session: " + record.meeting()));
            return;
        }
        LocalDate date = (record.date() != null) ? record.date() : this.sessionStarts.get(sessionId);
        String half = (record.half() == null) ? null : record.half().name();
        for (NonVotingFact fact : record.attendees()) {
            String personId = personId(fact.person());
            this.graph.add(new AttendanceRow(NodeId.of(Label.Sitting, "non-voting", sessionId, String.valueOf(date),
                    String.valueOf(half), personId).value(), personId, sessionId, null, date, half, "NON_VOTING",
                    fact.organisation(), fact.title(), fact.evidence()));
            if (fact.title() != null && date != null) {
                String post = (fact.organisation() == null) ? fact.title() : fact.organisation() + fact.title();
                PostName.parse(post, this.district).ifPresent((p) -> this.graph.add(new AttestationRow(
                        NodeId.of(Label.PersonnelEvent, "non-voting", sessionId, String.valueOf(date), personId).value(),
                        personId, postId(p), date, null, fact.evidence())));
            }
        }
    }

    /** A session known only by name learns its day from its sittings. */
    private void extendSession(String sessionId, LocalDate date) {
        this.sessionStarts.putIfAbsent(sessionId, date);
    }

    // --- personnel ------------------------------------------------------------------------------------------

    private void personnelEvent(PersonnelFact fact) {
        Optional<PostName> post = PostName.parse(fact.post(), this.district);
        if (post.isEmpty()) {
            this.findings.add(warning(fact.evidence(), "post not understood, event not stored: " + fact.post()));
            return;
        }
        DocumentSection section = sectionAt(fact.evidence().line());
        String documentId = (section == null) ? null : documentId(section.firstLine());
        String sessionId = (section == null) ? null : session(section.session(), null, null, List.of(), section.evidence());
        LocalDate date = (fact.date() != null) ? fact.date() : (section == null ? null : dateOf(section));
        String personId = personId(fact.person());
        String postId = postId(post.get());
        String electoral = null;
        if (fact.electoralDistrict() != null && !this.district.isEmpty()) {
            electoral = NodeId.of(Label.District, "ELECTORAL", this.district, fact.electoralDistrict()).value();
            this.graph.add(new DistrictRow(electoral, fact.electoralDistrict(), "ELECTORAL", districtId(this.district)));
        }
        String id = NodeId.of(Label.PersonnelEvent, fact.kind().name(), personId, postId,
                date != null ? date.toString() : String.valueOf(documentId)).value();
        this.graph.add(new EventRow(id, relationOf(fact.kind()).name(), fact.kind().name(), personId, postId, date,
                fact.reason(), documentId, sessionId, electoral, fact.evidence()));
    }

    private void postMention(PostMention mention) {
        // A post listed after another for the same person may leave out what the first one said (its place).
        PostMention before = this.previousMention;
        String printed = mention.post();
        if (before != null && before.person().equals(mention.person())
                && before.evidence().line() == mention.evidence().line()) {
            printed = withPlaceOf(before.post(), printed);
        }
        this.previousMention = new PostMention(mention.person(), printed, mention.evidence());
        DocumentSection section = sectionAt(mention.evidence().line());
        LocalDate date = (section == null) ? null : dateOf(section);
        if (date == null) {
            return; // an attestation without a date attests nothing
        }
        PostName.parse(printed, this.district).ifPresent((post) -> {
            String personId = personId(mention.person());
            this.graph.add(new AttestationRow(NodeId.of(Label.PersonnelEvent, "mention", this.sha256,
                    String.valueOf(mention.evidence().line()), personId, postId(post)).value(), personId, postId(post),
                    date, documentId(section.firstLine()), mention.evidence()));
        });
    }

    /**
     * "练塘镇东厍村党总支书记、村委会主任": the second post leaves out the place the first names, and read alone it would
     * be the district's 村委会. A place is a village, community, subdistrict or town followed by one of its organs.
     */
    static String withPlaceOf(String previous, String post) {
        Matcher place = PLACE.matcher(previous);
        if (PLACE_ORGAN.matcher(post).find() && place.find()) {
            return place.group("place") + post;
        }
        // "青浦区人大常委会教科文卫工委副主任、侨民宗工委副主任": the second committee is the same standing committee's.
        Matcher standing = STANDING_COMMITTEE.matcher(previous);
        if (WORKING_COMMITTEE.matcher(post).find() && standing.find()) {
            return standing.group("parent") + post;
        }
        return post;
    }

    static RelType relationOf(PersonnelEventKind kind) {
        return switch (kind) {
            case APPOINTED -> RelType.APPOINTED;
            case REMOVED -> RelType.REMOVED;
            case RESIGNATION_REQUESTED, RESIGNATION_ACCEPTED -> RelType.RESIGNED;
            case TERMINATED -> RelType.TERMINATED;
            case ELECTED, QUALIFICATION_CONFIRMED -> RelType.ELECTED;
        };
    }

    // --- people, bodies, posts, districts -------------------------------------------------------------------

    /** A person is keyed by name within the gazette's district: the same name elsewhere is someone else. */
    private String personId(PersonName name) {
        String id = NodeId.of(Label.Person, this.district, name.value()).value();
        PersonPinyin pinyin = PersonPinyin.of(name);
        this.graph.add(new PersonRow(id, name.value(), this.district.isEmpty() ? null : districtId(this.district),
                pinyin.spaced(), pinyin.compact(), pinyin.initials(), List.copyOf(pinyin.variants())));
        return id;
    }

    private String bodyId(CanonicalBody body) {
        String id = NodeId.of(Label.Body, body.name()).value();
        String parentId = null;
        if (body.parentName() != null && !body.parentName().equals(body.name())) {
            parentId = bodyId(BodyName.canonical(body.parentName(), this.district));
        }
        String districtName = (body.district() != null) ? body.district() : this.district;
        this.graph.add(new BodyRow(id, body.name(), kindOf(body), List.copyOf(body.aliases()),
                districtName.isEmpty() ? null : districtId(districtName), parentId));
        return id;
    }

    private static String kindOf(CanonicalBody body) {
        return (body.kind() == null) ? BodyKind.OTHER.name() : body.kind().name();
    }

    private String postId(PostName post) {
        String bodyId = bodyId(post.body());
        String id = NodeId.of(Label.Post, post.body().name(), post.title()).value();
        this.graph.add(new PostRow(id, post.title(), bodyId, post.body().name() + post.title()));
        return id;
    }

    private String districtId(String name) {
        String id = NodeId.of(Label.District, "ADMINISTRATIVE", name).value();
        this.graph.add(new DistrictRow(id, name, "ADMINISTRATIVE", null));
        return id;
    }

    private static Finding warning(Evidence evidence, String message) {
        return new Finding(civicgraph.seed.extract.Severity.WARNING, evidence.source(), evidence.line(), message);
    }
}
