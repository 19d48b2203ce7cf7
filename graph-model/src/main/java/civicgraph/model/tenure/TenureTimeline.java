package civicgraph.model.tenure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static civicgraph.model.PersonnelEventKind.RESIGNATION_REQUESTED;

/**
 * The tenures of one person in one post (任职经历), read from its personnel events (任命, 免去, 接受辞职, 自行免除, 选举…)
 * and attestations (bylines, signatures, 列席 lists).
 *
 * <p>The rules, in the order they apply:
 * <ol>
 * <li>Dated events are walked oldest first; on the same day endings come before starts, so a same-day removal and
 * appointment is a reappointment: one tenure ends, the next begins.</li>
 * <li>A starting event (任命, 选举, 资格确认) opens a tenure; another while one is open continues it.</li>
 * <li>An ending event (免去, 接受辞职, 自行免除) closes the open tenure. With none open it makes a tenure of unknown
 * start ending then, reaching back to the previous tenure's end, unless the previous tenure ended that very day: then
 * it is a second record of that ending (the 任免名单 and the 决定 both state it).</li>
 * <li>A resignation request (辞职请求) neither opens nor closes: like an attestation, it shows the person in the post
 * on its date.</li>
 * <li>Attestations and requests inside a tenure's span belong to it (the oldest, on a handover day). The others form
 * attestation-only tenures, one per run not separated by an event-bounded tenure.</li>
 * <li>Undated events cannot bound a span, so they are placed last: an undated start joins the oldest tenure that has
 * no starting event, an undated ending the newest that has no ending event. When every tenure has one, the event is
 * taken as another record of a known bound and joins the newest tenure; only with no tenure at all does it make one,
 * with no dates.</li>
 * <li>Status: ENDED when an ending event exists; else CURRENT when no later tenure follows and it has a dated start
 * or was seen within {@value #RECENT_DAYS} days before the newest source; else UNKNOWN.</li>
 * </ol>
 */
public final class TenureTimeline {

    /** How recent a sighting keeps an attestation-only tenure current: a year covers a term's annual sessions. */
    static final int RECENT_DAYS = 365;

    // On one day, endings first: see rule 1.
    private static final Comparator<TenureEvent> WALK_ORDER = Comparator.comparing(TenureEvent::date)
        .thenComparing((e) -> e.kind().ends() ? 0 : 1);

    private TenureTimeline() {
    }

    /**
     * The tenures of one person in one post, oldest first, then those with no date.
     *
     * @param newestSourceDate the date of the newest source in the corpus: "current" means as of then
     */
    public static List<Tenure> of(List<TenureEvent> events, List<Attestation> attestations,
            LocalDate newestSourceDate) {
        Objects.requireNonNull(newestSourceDate, "newestSourceDate");
        List<Draft> bounded = boundedByEvents(events.stream()
            .filter(TenureEvent::isDated)
            .filter((e) -> e.kind().starts() || e.kind().ends())
            .sorted(WALK_ORDER)
            .toList());

        // Rule 5: sightings outside every bounded span gather by the gap between bounded tenures they fall in.
        Map<Integer, Draft> runs = new TreeMap<>();
        for (Attestation attestation : attestations) {
            homeOf(attestation.date(), bounded, runs).attestations.add(attestation);
        }
        events.stream()
            .filter(TenureEvent::isDated)
            .filter((e) -> e.kind() == RESIGNATION_REQUESTED)
            .forEach((request) -> homeOf(request.date(), bounded, runs).events.add(request));

        List<Draft> dated = new ArrayList<>();
        for (int gap = 0; gap <= bounded.size(); gap++) {
            if (runs.containsKey(gap)) {
                dated.add(runs.get(gap));
            }
            if (gap < bounded.size()) {
                dated.add(bounded.get(gap));
            }
        }
        List<Draft> all = new ArrayList<>(dated);
        placeUndated(events, all);

        List<Tenure> tenures = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            boolean followed = i < dated.size() - 1;
            tenures.add(all.get(i).toTenure(followed, newestSourceDate));
        }
        return List.copyOf(tenures);
    }

    private static List<Draft> boundedByEvents(List<TenureEvent> walk) {
        List<Draft> bounded = new ArrayList<>();
        Draft open = null;
        for (TenureEvent event : walk) {
            Draft previous = bounded.isEmpty() ? null : bounded.get(bounded.size() - 1);
            if (event.kind().starts()) {
                if (open == null) {
                    open = new Draft();
                    open.startEvent = event;
                    bounded.add(open);
                }
                open.events.add(event);
            }
            else if (open != null) {
                open.endEvent = event;
                open.events.add(event);
                open = null;
            }
            else if (previous != null && previous.endEvent.date().equals(event.date())) {
                previous.events.add(event);
            }
            else {
                Draft endOnly = new Draft();
                endOnly.after = previous == null ? null : previous.endEvent.date();
                endOnly.endEvent = event;
                endOnly.events.add(event);
                bounded.add(endOnly);
            }
        }
        return bounded;
    }

    private static Draft homeOf(LocalDate date, List<Draft> bounded, Map<Integer, Draft> runs) {
        int gap = 0;
        for (Draft tenure : bounded) {
            if (tenure.covers(date)) {
                return tenure;
            }
            if (tenure.endEvent != null && tenure.endEvent.date().isBefore(date)) {
                gap++;
            }
        }
        return runs.computeIfAbsent(gap, (g) -> new Draft());
    }

    private static void placeUndated(List<TenureEvent> events, List<Draft> all) {
        List<TenureEvent> undated = events.stream().filter((e) -> !e.isDated()).toList();
        for (TenureEvent start : undated.stream().filter((e) -> e.kind().starts()).toList()) {
            Optional<Draft> oldestWithoutStart = all.stream().filter((d) -> d.startEvent == null).findFirst();
            oldestWithoutStart.ifPresent((d) -> d.startEvent = start);
            oldestWithoutStart.orElseGet(() -> newestOrAdded(all, start)).events.add(start);
        }
        for (TenureEvent end : undated.stream().filter((e) -> e.kind().ends()).toList()) {
            Optional<Draft> newestWithoutEnd = all.stream().filter((d) -> d.endEvent == null).reduce((a, b) -> b);
            newestWithoutEnd.ifPresent((d) -> d.endEvent = end);
            newestWithoutEnd.orElseGet(() -> newestOrAdded(all, end)).events.add(end);
        }
        for (TenureEvent request : undated.stream().filter((e) -> e.kind() == RESIGNATION_REQUESTED).toList()) {
            newestOrAdded(all, request).events.add(request);
        }
    }

    // Every tenure already has that kind of bound: the event is most likely another record of a known one (a list
    // whose date was not read), so it joins the newest tenure rather than make one nobody can place in time.
    private static Draft newestOrAdded(List<Draft> all, TenureEvent event) {
        if (!all.isEmpty()) {
            return all.get(all.size() - 1);
        }
        Draft draft = new Draft();
        if (event.kind().starts()) {
            draft.startEvent = event;
        }
        else if (event.kind().ends()) {
            draft.endEvent = event;
        }
        all.add(draft);
        return draft;
    }

    /** A tenure while the timeline is being read. */
    private static final class Draft {

        TenureEvent startEvent;

        TenureEvent endEvent;

        /** For a tenure of unknown start: the previous tenure's end, which it reaches back to (exclusive). */
        LocalDate after;

        final List<TenureEvent> events = new ArrayList<>();

        final List<Attestation> attestations = new ArrayList<>();

        /** Only for event-bounded drafts, whose events are all dated. */
        boolean covers(LocalDate date) {
            boolean fromStart = this.startEvent != null ? !date.isBefore(this.startEvent.date())
                    : this.after == null || date.isAfter(this.after);
            return fromStart && (this.endEvent == null || !date.isAfter(this.endEvent.date()));
        }

        Tenure toTenure(boolean followed, LocalDate newestSourceDate) {
            LocalDate start = dateOf(this.startEvent);
            LocalDate end = dateOf(this.endEvent);
            List<LocalDate> seen = Stream
                .concat(this.events.stream().map(TenureEvent::date), this.attestations.stream().map(Attestation::date))
                .filter(Objects::nonNull)
                .sorted()
                .toList();
            LocalDate firstSeen = seen.isEmpty() ? null : seen.get(0);
            LocalDate lastSeen = seen.isEmpty() ? null : seen.get(seen.size() - 1);
            TenureStatus status;
            if (this.endEvent != null) {
                status = TenureStatus.ENDED;
            }
            else if (!followed && (start != null
                    || lastSeen != null && !lastSeen.isBefore(newestSourceDate.minusDays(RECENT_DAYS)))) {
                status = TenureStatus.CURRENT;
            }
            else {
                status = TenureStatus.UNKNOWN;
            }
            List<TenureEvent> byDate = this.events.stream()
                .sorted(Comparator.comparing(TenureEvent::date, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
            List<Attestation> attested = this.attestations.stream()
                .sorted(Comparator.comparing(Attestation::date).thenComparing(Attestation::id))
                .toList();
            return new Tenure(start, end, idOf(this.startEvent), idOf(this.endEvent), firstSeen, lastSeen, status,
                    endReason(this.endEvent), byDate, attested);
        }

        private static LocalDate dateOf(TenureEvent event) {
            return event == null ? null : event.date();
        }

        private static String idOf(TenureEvent event) {
            return event == null ? null : event.id();
        }

        private static String endReason(TenureEvent end) {
            if (end == null) {
                return null;
            }
            if (end.reason() != null && !end.reason().isBlank()) {
                return end.reason().strip();
            }
            return switch (end.kind()) {
                case REMOVED -> "免职";
                case RESIGNATION_ACCEPTED -> "辞职";
                case TERMINATED -> "自行免除";
                default -> null;
            };
        }
    }
}
