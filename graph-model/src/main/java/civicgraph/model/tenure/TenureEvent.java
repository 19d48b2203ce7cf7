package civicgraph.model.tenure;

import java.time.LocalDate;

import civicgraph.model.PersonnelEventKind;

/**
 * One personnel event of a person in a post (任命, 免去, 接受…辞职的请求, 自行免除…) as the tenure logic sees it.
 *
 * @param date null when the source gives none: such an event is kept on a tenure but cannot bound its span
 * @param reason as the source states it (e.g. 退休), else null
 */
public record TenureEvent(String id, PersonnelEventKind kind, LocalDate date, String reason) {

    public TenureEvent {
        if (id == null || kind == null) {
            throw new IllegalArgumentException("a tenure event needs an id and a kind, got " + id + ", " + kind);
        }
    }

    boolean isDated() {
        return this.date != null;
    }
}
