package civicgraph.seed.extract.personnel;

import civicgraph.model.Evidence;
import civicgraph.model.PersonName;

/**
 * A person introduced with a post inside a personnel statement, "补选青浦区人大常委会教科文卫工委副主任、侨民宗工委副主任
 * 张宏洲为…": evidence that the person held the post on the statement's date, not an event. One per post, as printed,
 * whitespace removed.
 */
public record PostMention(PersonName person, String post, Evidence evidence) {
}
