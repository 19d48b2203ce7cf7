package civicgraph.seed.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One gazette file (公报) read as numbered lines. The last line counts even without a trailing newline: the
 * converted gazettes end that way and their last line carries data.
 */
public record Gazette(String fileName, String sha256, String title, List<String> lines) {

    private static final Pattern TABLE_OF_CONTENTS = Pattern.compile("目\\s*录");
    private static final Pattern LEADER_AND_PAGE = Pattern.compile("\\s*(?:[.·…]{2,}.*|\\s[（(]\\d+[)）])$");

    public Gazette {
        lines = List.copyOf(lines);
    }

    /** Decodes the bytes as strict UTF-8; a malformed byte is a {@link CorpusException} naming file and line. */
    public static Gazette read(String fileName, byte[] bytes) {
        String text = decode(fileName, bytes);
        List<String> lines = split(text);
        return new Gazette(fileName, sha256Hex(bytes), titleOf(lines), lines);
    }

    public int lineCount() {
        return this.lines.size();
    }

    /** Line {@code number}, 1-based. */
    public SourceLine line(int number) {
        return new SourceLine(this.fileName, number, this.lines.get(number - 1));
    }

    /** Every line, in order. */
    public List<SourceLine> sourceLines() {
        List<SourceLine> all = new ArrayList<>(this.lines.size());
        for (int i = 0; i < this.lines.size(); i++) {
            all.add(new SourceLine(this.fileName, i + 1, this.lines.get(i)));
        }
        return all;
    }

    private static String decode(String fileName, byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
        catch (CharacterCodingException ex) {
            int offset = firstMalformedOffset(bytes);
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new CorpusException("%s:%d: not valid UTF-8 (byte 0x%02X at offset %d)"
                .formatted(fileName, line, bytes[offset] & 0xFF, offset), ex);
        }
    }

    private static int firstMalformedOffset(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }

    private static List<String> split(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1); // a trailing newline ends the last line; it starts none
        }
        return lines;
    }

    /** The first heading or non-empty line, the table of contents' own heading skipped. */
    private static String titleOf(List<String> lines) {
        for (String line : lines) {
            String text = line.replaceFirst("^#+\\s*", "").strip();
            if (text.isEmpty() || TABLE_OF_CONTENTS.matcher(text).matches()) {
                continue;
            }
            return LEADER_AND_PAGE.matcher(text).replaceFirst("").strip();
        }
        return null;
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java platform has SHA-256", ex);
        }
    }
}
