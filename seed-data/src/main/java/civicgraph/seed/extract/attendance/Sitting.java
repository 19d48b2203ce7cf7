package civicgraph.seed.extract.attendance;

import civicgraph.model.Evidence;

import java.time.LocalDate;
import java.util.List;

/**
 * One sitting of an attendance record: "(2023年7月25日上午)" / "一、应出席会议：33人" / "二、全程出席：32人" and its names /
 * "三、因事因病请假：1人" and its names. Counts are as stated (null when not printed); {@code date} and {@code half} are
 * null when the record does not give them (the integrator takes the session's date). {@code evidence} is the sitting's
 * sub-heading, or the record's heading when there is none.
 */
public record Sitting(Evidence evidence, LocalDate date, Half half, Integer expected, Integer statedPresent,
        Integer statedOnLeave, List<NameMention> present, List<NameMention> onLeave) {

    public Sitting {
        present = List.copyOf(present);
        onLeave = List.copyOf(onLeave);
    }

    /** Whether present + on leave make the expected count and each stated count matches the names read. */
    public boolean consistent() {
        return this.expected != null && this.present.size() + this.onLeave.size() == this.expected
                && (this.statedPresent == null || this.statedPresent == this.present.size())
                && (this.statedOnLeave == null || this.statedOnLeave == this.onLeave.size());
    }
}
