package civicgraph.api.tenure;

import java.time.LocalDate;

/** A person's, post's or body's id with the date asked about (null: every tenure): the key of the tenure loaders. */
public record TenureKey(String id, LocalDate at) {
}
