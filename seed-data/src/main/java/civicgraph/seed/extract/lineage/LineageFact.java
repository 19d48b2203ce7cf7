package civicgraph.seed.extract.lineage;

import civicgraph.model.Evidence;
import civicgraph.model.RelType;

/** A link between two documents ("说明 EXPLAINS 议案"), with the title line that states it. */
public record LineageFact(RelType relation, LineageEnd from, LineageEnd to, Evidence evidence) {
}
