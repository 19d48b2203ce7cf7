package civicgraph.model.tenure;

/** Whether a tenure still runs as of the newest source in the corpus. */
public enum TenureStatus {
    /** Not ended as of the newest source: started by a dated event, or attested within the last year. */
    CURRENT,
    /** An ending event (免职, 辞职, 自行免除) exists. */
    ENDED,
    /** Neither: only old sightings, or an undated start, and nothing that ended it. */
    UNKNOWN
}
