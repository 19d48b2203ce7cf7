package civicgraph.api.graphql;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PageTests {

    @Test
    void firstAboveTheCapIsAnInvalidArgumentNotASilentCut() {
        assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(() -> Page.of(500, null))
            .withMessage("first: 500 is outside 0..100")
            .satisfies((ex) -> assertThat(ex.argument()).isEqualTo("first"));
    }

    @Test
    void firstBelowZeroOrNullIsAnInvalidArgument() {
        assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(() -> Page.of(-1, null))
            .withMessage("first: -1 is outside 0..100");
        assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(() -> Page.of(null, null))
            .withMessage("first: null is outside 0..100");
    }

    @Test
    void aFieldMayHaveItsOwnCap() {
        assertThat(Page.of(500, null, 1000).first()).isEqualTo(500);
        assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(() -> Page.of(11, null, 10))
            .withMessage("first: 11 is outside 0..10");
    }

    @Test
    void withoutAfterAPageStartsAtTheTopAndFetchesOneRowMore() {
        Page page = Page.of(20, null);

        assertThat(page.skip()).isZero();
        assertThat(page.limit()).isEqualTo(21);
        assertThat(Page.of(100, null).first()).isEqualTo(100);
        assertThat(Page.of(0, null).limit()).isEqualTo(1);
    }

    @Test
    void afterACursorAPageStartsJustPastIt() {
        assertThat(Page.of(20, Cursor.of(19)).skip()).isEqualTo(20);
    }

    @Test
    void aCursorIsOpaqueUrlSafeAndStable() {
        assertThat(Cursor.of(0)).isEqualTo("bzow").isEqualTo(Cursor.of(0));
        assertThat(Cursor.of(123_456_789)).matches("[A-Za-z0-9_-]+");
        assertThat(Cursor.offsetOf("after", Cursor.of(123_456_789))).isEqualTo(123_456_789);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = { "", "xyz", "!!", "bzo", "bzotMQ", "bzoxYQ", "MTI", "bzoxMjM0NTY3ODkwMTIzNDU2Nzg5MA" })
    void aMalformedAfterIsAnInvalidArgumentQuotingIt(String after) {
        // "bzo" is "o:", "bzotMQ" "o:-1", "bzoxYQ" "o:1a", "MTI" "12", the last o: and 22 digits
        assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(() -> Page.of(20, after))
            .withMessage("after: '" + after + "' is not a cursor of this list")
            .satisfies((ex) -> assertThat(ex.argument()).isEqualTo("after"));
    }

    @Test
    void aConnectionOfTheRowsFetchedWithOneMoreHasANextPage() {
        Page page = Page.of(2, null);

        Connection<String> connection = Connection.of(page, List.of("a", "b", "c"), 7);

        assertThat(connection.edges()).extracting(Edge::node).containsExactly("a", "b");
        assertThat(connection.edges()).extracting(Edge::cursor).containsExactly(Cursor.of(0), Cursor.of(1));
        assertThat(connection.pageInfo()).isEqualTo(new PageInfo(true, Cursor.of(1), false, Cursor.of(0)));
        assertThat(connection.totalCount()).isEqualTo(7);
    }

    @Test
    void theNextPageContinuesAtTheEndCursorAndTheLastHasNoNextPage() {
        Page first = Page.of(2, null);
        Connection<String> one = Connection.of(first, List.of("a", "b", "c"), 3);
        Page next = Page.of(2, one.pageInfo().endCursor());

        Connection<String> two = Connection.of(next, List.of("c"), 3);

        assertThat(next.skip()).isEqualTo(2);
        assertThat(two.edges()).extracting(Edge::node).containsExactly("c");
        assertThat(two.pageInfo()).isEqualTo(new PageInfo(false, Cursor.of(2), true, Cursor.of(2)));
    }

    @Test
    void anEmptyPageHasNoCursors() {
        Connection<String> past = Connection.of(Page.of(5, Cursor.of(2)), List.of(), 3); // after the last edge
        Connection<String> none = Connection.of(Page.of(0, null), List.of("a"), 3);

        assertThat(past.pageInfo()).isEqualTo(new PageInfo(false, null, true, null));
        assertThat(none.edges()).isEmpty();
        assertThat(none.pageInfo()).isEqualTo(new PageInfo(true, null, false, null));
    }

    @Test // #4
    void aCursorPastTheEndIsStaleNotAnEmptyPage() {
        assertThatExceptionOfType(InvalidArgumentException.class)
            .isThrownBy(() -> Connection.of(Page.of(5, Cursor.of(9)), List.of(), 3))
            .withMessage("after: '" + Cursor.of(9) + "' is past the end of this list (3 items)");
    }
}
