package civicgraph.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A stable, opaque, URL-safe node id: the label's prefix and a hash of the node's natural key, e.g.
 * {@code src_3f9a0c1d2e4b5a67}. Re-ingesting the same corpus derives the same ids.
 */
public record NodeId(Label label, String value) {

    private static final Pattern FORM = Pattern.compile("([a-z]{3})_[0-9a-f]{16}");

    public NodeId {
        if (label.idPrefix() == null) {
            throw new IllegalArgumentException(label + " has no ids of its own");
        }
    }

    /** The id of the node of this label whose natural key is the given parts, joined by a separator. */
    public static NodeId of(Label label, String... naturalKey) {
        String key = label.name() + "\u001f" + String.join("\u001f", naturalKey);
        return new NodeId(label, label.idPrefix() + "_" + HexFormat.of().formatHex(sha256(key), 0, 8));
    }

    /** Reads an id as a client sends it; empty when it is not of the form prefix_16-hex or names no label. */
    public static Optional<NodeId> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        var m = FORM.matcher(id);
        if (!m.matches()) {
            return Optional.empty();
        }
        for (Label label : Label.values()) {
            if (m.group(1).equals(label.idPrefix())) {
                return Optional.of(new NodeId(label, id));
            }
        }
        return Optional.empty();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java platform has SHA-256", ex);
        }
    }

    @Override
    public String toString() {
        return this.value;
    }
}
