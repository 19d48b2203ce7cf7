package civicgraph.api.person;

import java.time.LocalDate;

/** A person's attendance rate at one body's sittings (or every body's) between two dates. */
public record RateKey(String personId, String bodyId, LocalDate from, LocalDate to) {
}
