package civicgraph.seed.extract.personnel;

import java.util.List;

/**
 * One kind of personnel statement ("任命…为…", "免去…的…职务", "…职务自行免除" …). A rule says nothing about a statement that is not its kind (an empty list) and
 * never throws: an odd statement is data, which {@link PersonnelExtractor} reports as a finding.
 */
public interface PersonnelRule {

    List<PersonnelFact> apply(Statement statement);
}
