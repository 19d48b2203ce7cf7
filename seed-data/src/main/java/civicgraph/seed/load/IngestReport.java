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

    /** Counts per kind of fact, from a gazette's rows. */
    static Map<String, Integer> countsOf(GazetteGraph graph) {
        Map<String, Integer> counts = new TreeMap<>();
        counts.put("people", graph.persons().size());
        counts.put("bodies", graph.bodies().size());
        counts.put("posts", graph.posts().size());
        counts.put("sessions", graph.sessions().size());
        counts.put("sittings", graph.sittings().size());
        counts.put("attendance", (int) graph.attendances().stream().filter((a) -> !a.status().equals("NON_VOTING")).count());
        counts.put("non-voting attendance", (int) graph.attendances().stream().filter((a) -> a.status().equals("NON_VOTING")).count());
        counts.put("documents", (int) graph.documents().stream().filter((d) -> !d.stub()).count());
        counts.put("referenced documents (stubs)", (int) graph.documents().stream().filter(GazetteGraph.DocumentRow::stub).count());
        counts.put("lineage links", graph.links().size());
        counts.put("personnel events", graph.events().size());
        counts.put("post attestations", graph.attestations().size());
        return counts;
    }

    @Override
    public String toString() {
        return "ingested %d sources (%d failed) in %.1f s: %s, %d tenures, %d findings".formatted(this.loaded.size(),
                this.failed.size(), this.took.toMillis() / 1000.0, this.facts, this.tenures, this.findings.size());
    }
}
