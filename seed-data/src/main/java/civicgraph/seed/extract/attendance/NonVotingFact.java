package civicgraph.seed.extract.attendance;

import civicgraph.model.Evidence;
import civicgraph.model.PersonName;

/**
 * One person in a 列席 record: "区人民政府: 副区长朱众伟、陈汇青" gives 陈汇青 of 区人民政府, 副区长. {@code organisation} is as
 * printed (区人民政府, 区交通委, 杨行镇); {@code title} is null when none is printed; {@code group} is the entry's label
 * as printed (区人民政府, 区政府部门, 各街镇人大), which says what kind of attender the person was.
 */
public record NonVotingFact(PersonName person, String organisation, String title, Evidence evidence, String group) {
}
