package civicgraph.seed.extract.personnel;

import civicgraph.seed.extract.Finding;
import java.util.List;

/**
 * What {@link PersonnelExtractor} read from one gazette (任免名单, 辞职, 自行免除, 补选, 代表资格), each list in line order:
 * the events, the posts people are introduced with, and the findings on what could not be read.
 */
public record PersonnelResult(List<PersonnelFact> facts, List<PostMention> postMentions, List<Finding> findings) {

    public PersonnelResult {
        facts = List.copyOf(facts);
        postMentions = List.copyOf(postMentions);
        findings = List.copyOf(findings);
    }
}
