package civicgraph.seed.load;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import civicgraph.seed.extract.Finding;

/**
 * What one ingestion stored: the sources loaded and those that failed (with why), the facts read per kind, the
 * extractor's findings, the tenures derived, and how long it took.
 */
public record IngestReport(List<String> loaded, List<String> failed, SortedMap<String, Integer> facts,
        List<Finding> findings, int tenures, Duration took) {

    public IngestReport {
        loaded = List.copyOf(loaded);
        failed = List.copyOf(failed);
        facts = new TreeMap<>(facts);
        findings = List.copyOf(findings);
    }

    /**
     * The ids of a gazette's facts per kind. The same person, body or session is named in many gazettes: the report
     * counts distinct ids over the whole ingestion, as the graph holds them, not rows per file.
     */
    static Map<String, List<String>> idsOf(GazetteGraph graph) {
        Map<String, List<String>> ids = new TreeMap<>();
        ids.put("people", graph.persons().stream().map(GazetteGraph.PersonRow::id).toList());
        ids.put("bodies", graph.bodies().stream().map(GazetteGraph.BodyRow::id).toList());
        ids.put("posts", graph.posts().stream().map(GazetteGraph.PostRow::id).toList());
        ids.put("sessions", graph.sessions().stream().map(GazetteGraph.SessionRow::id).toList());
        ids.put("sittings", graph.sittings().stream().map(GazetteGraph.SittingRow::id).toList());
        ids.put("attendance", graph.attendances().stream().filter((a) -> !a.status().equals("NON_VOTING"))
            .map(GazetteGraph.AttendanceRow::id).toList());
        ids.put("non-voting attendance", graph.attendances().stream().filter((a) -> a.status().equals("NON_VOTING"))
            .map(GazetteGraph.AttendanceRow::id).toList());
        ids.put("documents", graph.documents().stream().filter((d) -> !d.stub()).map(GazetteGraph.DocumentRow::id).toList());
        ids.put("referenced documents (stubs)", graph.documents().stream().filter(GazetteGraph.DocumentRow::stub)
            .map(GazetteGraph.DocumentRow::id).toList());
        ids.put("lineage links", graph.links().stream().map((l) -> l.relation() + "|" + l.fromId() + "|" + l.toId()).toList());
        ids.put("personnel events", graph.events().stream().map(GazetteGraph.EventRow::id).toList());
        ids.put("post attestations", graph.attestations().stream().map(GazetteGraph.AttestationRow::id).toList());
        return ids;
    }

    @Override
    public String toString() {
        return "ingested %d sources (%d failed) in %.1f s: %s, %d tenures, %d findings".formatted(this.loaded.size(),
                this.failed.size(), this.took.toMillis() / 1000.0, this.facts, this.tenures, this.findings.size());
    }
}
