package civicgraph.api.tenure;

import java.time.LocalDate;

/**
 * Whose tenures (a person's, a post's holders, a body's members) and on what date (null: every tenure): the key of
 * the one tenure loader, so Person.tenures, Post.holders and Body.members of a request cost one query each.
 */
public record TenureKey(Owner owner, String id, LocalDate at) {

    /** What the id names; each owner has its own indexed property on Tenure. */
    public enum Owner {
        PERSON, POST, BODY
    }
}
