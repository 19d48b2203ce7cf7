package civicgraph.api.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A Relay cursor: the base64url (unpadded) of {@code "o:" + offset}, the 0-based position of an edge in its
 * list. Offset cursors are stable because a list's order is (every connection query must ORDER BY a unique key,
 * e.g. a name then the id) and the graph changes only when a corpus is re-ingested. Opaque to clients: the
 * {@code o:} prefix leaves room for key-based cursors later without misreading old ones.
 */
public final class Cursor {

    private static final String PREFIX = "o:";

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Cursor() {
    }

    public static String of(long offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("a cursor's offset is 0 or more, not " + offset);
        }
        return ENCODER.encodeToString((PREFIX + offset).getBytes(StandardCharsets.US_ASCII));
    }

    /** The offset {@code cursor} stands for; a malformed one is a BAD_REQUEST naming {@code argument}. */
    public static long offsetOf(String argument, String cursor) {
        String decoded;
        try {
            decoded = new String(DECODER.decode(cursor), StandardCharsets.US_ASCII);
        }
        catch (IllegalArgumentException ex) {
            throw notACursor(argument, cursor);
        }
        if (!decoded.startsWith(PREFIX) || decoded.length() == PREFIX.length()
                || decoded.length() > PREFIX.length() + 18) { // 18 digits: no Long overflow, far beyond any list
            throw notACursor(argument, cursor);
        }
        String digits = decoded.substring(PREFIX.length());
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                throw notACursor(argument, cursor);
            }
        }
        return Long.parseLong(digits);
    }

    private static InvalidArgumentException notACursor(String argument, String cursor) {
        return new InvalidArgumentException(argument, "'" + cursor + "'", "is not a cursor of this list");
    }
}
