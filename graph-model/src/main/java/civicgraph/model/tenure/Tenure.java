package civicgraph.model.tenure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A person in a post over a span of time, as {@link TenureTimeline} reads it from the events and attestations of one
 * (person, post).
 *
 * <p>Both ends of a tenure are days on which the person held the post: the day a removal or an accepted resignation
 * is decided, the person still held it (that session's 列席 list and bylines show them in it), so a handover day has
 * two holders. 翟磊, whose resignation was accepted on 2023-09-27, is a holder on 2023-09-27 and not on 2023-10-01;
 * a person appointed on 2023-09-27 is a holder on both days.
 *
 * @param start the date of the starting event; null when unknown (the tenure began before the corpus, or its
 *        appointment is undated)
 * @param end the date of the ending event; null while open or when the ending event is undated
 * @param startEventId the appointment, election or qualification that opened it, else null
 * @param endEventId the removal, accepted resignation or termination that closed it, else null
 * @param firstSeen the earliest date among its events and attestations, null when it has none
 * @param lastSeen the latest date among its events and attestations, null when it has none
 * @param endReason the ending event's reason, else a word for its kind (免职, 辞职, 自行免除); null when not ended
 * @param events every event folded into it (a second appointment while open, a resignation request), by date
 * @param attestations the attestations inside its span, by date
 */
public record Tenure(LocalDate start, LocalDate end, String startEventId, String endEventId, LocalDate firstSeen,
        LocalDate lastSeen, TenureStatus status, String endReason, List<TenureEvent> events,
        List<Attestation> attestations) {

    /** The far future that stands for "no end yet" in a range query. */
    public static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    public Tenure {
        events = List.copyOf(events);
        attestations = List.copyOf(attestations);
    }

    /** The first day {@code holders(at:)} must consider: the start, else the first sighting; null when undated. */
    public LocalDate spanStart() {
        return this.start != null ? this.start : this.firstSeen;
    }

    /**
     * The last day {@code holders(at:)} must consider: the end; {@link #OPEN_END} when a starting event opened it and
     * it is current; else the last sighting (null when undated). A tenure known only from attestations covers the
     * days between them and no more: the contract's INFERRED is "between attestations", and a journalist quoting the
     * graph must not be told someone held a post after the last document that shows it.
     */
    public LocalDate spanEnd() {
        if (this.end != null) {
            return this.end;
        }
        return (this.start != null && this.status == TenureStatus.CURRENT) ? OPEN_END : this.lastSeen;
    }

    /** The distinct dates of its attestations, oldest first. */
    public List<LocalDate> attestationDates() {
        return this.attestations.stream().map(Attestation::date).distinct().toList();
    }

    /**
     * How sure we are that the person held the post on the date; empty when the tenure does not cover it.
     * CONFIRMED between a dated start and the end (both days included); else ATTESTED on the date of an attestation
     * or of one of its events (an ending decision, a resignation letter shows the person in the post that day); else
     * INFERRED: between sightings, or after the last sighting of a tenure still current.
     */
    public Optional<Certainty> certaintyAt(LocalDate at) {
        LocalDate from = spanStart();
        if (from == null || at.isBefore(from) || at.isAfter(spanEnd())) {
            return Optional.empty();
        }
        if (this.start != null && (this.end == null || !at.isAfter(this.end))) {
            return Optional.of(Certainty.CONFIRMED);
        }
        if (this.attestations.stream().anyMatch((a) -> a.date().equals(at))
                || this.events.stream().anyMatch((e) -> at.equals(e.date()))) {
            return Optional.of(Certainty.ATTESTED);
        }
        return Optional.of(Certainty.INFERRED);
    }
}
