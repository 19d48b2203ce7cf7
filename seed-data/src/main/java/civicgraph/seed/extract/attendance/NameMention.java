package civicgraph.seed.extract.attendance;

import civicgraph.model.Evidence;
import civicgraph.model.PersonName;

/** A name read from a list, with the line it stands on. */
public record NameMention(PersonName name, Evidence evidence) {
}
