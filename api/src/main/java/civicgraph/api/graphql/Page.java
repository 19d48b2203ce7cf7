package civicgraph.api.graphql;

/**
 * The slice of a list a connection field asks for: {@code first} edges after the cursor {@code after}. A feature's
 * query fetches {@code SKIP page.skip() LIMIT page.limit()} rows, one more than asked, so that
 * {@link Connection#of} can tell whether a next page exists without a second query.
 *
 * @param first how many edges to return, 0..max
 * @param skip how many rows precede the first edge: the offset just past the {@code after} cursor, or 0
 */
public record Page(int first, long skip) {

    /** The cap the contract gives every connection unless a field says otherwise. */
    public static final int MAX_FIRST = 100;

    /** The page of a connection field capped at {@link #MAX_FIRST}. */
    public static Page of(Integer first, String after) {
        return of(first, after, MAX_FIRST);
    }

    /** The page of a connection field with its own cap; asking for more is an error, never a silent cut. */
    public static Page of(Integer first, String after, int max) {
        if (first == null || first < 0 || first > max) {
            throw new InvalidArgumentException("first", first, "is outside 0.." + max);
        }
        long skip = (after == null) ? 0 : Cursor.offsetOf("after", after) + 1;
        return new Page(first, skip);
    }

    /** The LIMIT to fetch with: one row more than {@code first}, to learn whether a next page exists. */
    public int limit() {
        return this.first + 1;
    }

    /** This page's rows of a list already in memory (short per-parent lists): {@code limit()} rows from {@code skip()}. */
    public <T> java.util.List<T> slice(java.util.List<T> all) {
        int from = (int) Math.min(this.skip, all.size());
        int to = (int) Math.min(this.skip + limit(), all.size());
        return all.subList(from, to);
    }
}
