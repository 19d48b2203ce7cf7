package civicgraph.api.person;

import java.time.LocalDate;

/** A person's attendance between two dates (either may be null): the key of the attendance loader. */
public record AttendanceKey(String personId, LocalDate from, LocalDate to) {
}
