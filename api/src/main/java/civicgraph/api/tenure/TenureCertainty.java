package civicgraph.api.tenure;

import java.time.LocalDate;
import java.util.List;

import civicgraph.model.tenure.Attestation;
import civicgraph.model.tenure.TenureStatus;

/**
 * A stored tenure's certainty on a date, judged by the graph model's own rule ({@code Tenure.certaintyAt}) so the
 * API and the loader never disagree: the stored sighting dates stand in for the attestations and event dates.
 */
final class TenureCertainty {

    private TenureCertainty() {
    }

    /** The tenure with its certainty on {@code at}, or null when it does not cover that date. Null {@code at}: its best. */
    static Tenure at(Tenure t, LocalDate at) {
        String certainty;
        if (at == null) {
            certainty = (t.start() != null) ? "CONFIRMED" : (t.attestationDates().isEmpty() ? "INFERRED" : "ATTESTED");
        }
        else {
            List<Attestation> sightings = t.attestationDates().stream()
                .map((date) -> new Attestation(t.id() + "@" + date, date)).toList();
            var model = new civicgraph.model.tenure.Tenure(t.start(), t.end(), t.startEventId(), t.endEventId(),
                    t.firstSeen(), t.lastSeen(), TenureStatus.valueOf(t.status()), t.endReason(), List.of(), sightings);
            certainty = model.certaintyAt(at).map(Enum::name).orElse(null);
        }
        if (certainty == null) {
            return null;
        }
        return new Tenure(t.id(), t.personId(), t.postId(), t.start(), t.end(), t.startEventId(), t.endEventId(),
                t.firstSeen(), t.lastSeen(), t.status(), t.endReason(), t.predecessorId(), t.successorId(),
                t.attestationDates(), certainty);
    }
}
