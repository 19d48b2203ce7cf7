package civicgraph.seed.extract.personnel;

import civicgraph.seed.extract.Finding;
import java.util.List;

/** What {@link PersonnelExtractor} read from one gazette, each list in line order. */
public record PersonnelResult(List<PersonnelFact> facts, List<PostMention> postMentions, List<Finding> findings) {

    public PersonnelResult {
        facts = List.copyOf(facts);
        postMentions = List.copyOf(postMentions);
        findings = List.copyOf(findings);
    }
}
