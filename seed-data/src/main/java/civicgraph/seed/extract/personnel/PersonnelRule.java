package civicgraph.seed.extract.personnel;

import java.util.List;

/**
 * One kind of personnel statement. A rule says nothing about a statement that is not its kind (an empty list) and
 * never throws: an odd statement is data, which {@link PersonnelExtractor} reports as a finding.
 */
public interface PersonnelRule {

    List<PersonnelFact> apply(Statement statement);
}
