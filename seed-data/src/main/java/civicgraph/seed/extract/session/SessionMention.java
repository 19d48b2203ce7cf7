package civicgraph.seed.extract.session;

import civicgraph.model.Evidence;

/** A session named on a line of the body ("根据区六届人大三次会议…"): evidence that the session exists. */
public record SessionMention(SessionRef ref, Evidence evidence) {
}
