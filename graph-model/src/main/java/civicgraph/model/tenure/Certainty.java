package civicgraph.model.tenure;

/** How sure we are that a person held a post on a given date, strongest first. */
public enum Certainty {
    /** The date lies between a dated appointment or election and its removal (or none yet). */
    CONFIRMED,
    /** A document shows the person in the post on that very date. */
    ATTESTED,
    /** The date lies between two sightings of the person in the post, with no event in between. */
    INFERRED
}
