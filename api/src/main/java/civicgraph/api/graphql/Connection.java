package civicgraph.api.graphql;

import java.util.ArrayList;
import java.util.List;

/**
 * A Relay connection, which feature controllers return for {@code PersonConnection}, {@code DocumentConnection},
 * ...: Spring for GraphQL maps the record's properties {@code edges}, {@code pageInfo} and {@code totalCount} by
 * name, so one generic type serves every connection of the schema.
 *
 * <pre>{@code
 * Page page = Page.of(first, after);
 * List<Person> rows = people.find(name, page.skip(), page.limit()); // ... ORDER BY p.name, p.id SKIP $skip LIMIT $limit
 * return Connection.of(page, rows, people.count(name));
 * }</pre>
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {

    /**
     * The connection of {@code rows} fetched with {@code SKIP page.skip() LIMIT page.limit()} (one row more than
     * asked: its presence means a next page exists) and the list's {@code totalCount}, counted separately. A cursor
     * past the end of the list (the last edge's cursor is the furthest this list hands out) is stale or forged: a
     * BAD_REQUEST, not an empty page that a client would take for the end of the list.
     */
    public static <T> Connection<T> of(Page page, List<T> rows, long totalCount) {
        if (page.skip() > totalCount) {
            throw new InvalidArgumentException("after", "'" + Cursor.of(page.skip() - 1) + "'",
                    "is past the end of this list (" + totalCount + " items)");
        }
        int size = Math.min(rows.size(), page.first());
        List<Edge<T>> edges = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            edges.add(new Edge<>(Cursor.of(page.skip() + i), rows.get(i)));
        }
        boolean hasNextPage = rows.size() > page.first();
        boolean hasPreviousPage = page.skip() > 0;
        PageInfo info = new PageInfo(hasNextPage, edges.isEmpty() ? null : edges.get(size - 1).cursor(),
                hasPreviousPage, edges.isEmpty() ? null : edges.get(0).cursor());
        return new Connection<>(List.copyOf(edges), info, Math.toIntExact(totalCount));
    }
}
