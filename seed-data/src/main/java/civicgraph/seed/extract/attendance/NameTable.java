package civicgraph.seed.extract.attendance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A row of an attendance table: "丁峰雷\t王利军\t王海青", "华 琼\t许 峰\t孙海铭", "沈伯明 宋伟倩 覃远辉", "凌 敏      释昌智".
 * A tab or a run of two or more spaces separates names; within what is left, a single space either separates names
 * ("沈伯明 宋伟倩") or is a stray one inside a name ("凌 敏", "沈 伯明"), because one Han character is never a name.
 */
final class NameTable {

    private static final Pattern CELL_SEPARATOR = Pattern.compile("\\t|\\s{2,}");
    private static final Pattern TOKEN = Pattern.compile("[\\p{IsHan}·]+");
    private static final int IMPOSSIBLE = Integer.MAX_VALUE / 4;

    private NameTable() {
    }

    /** The names of {@code line}, in order, whitespace removed; empty when the line is not a row of names. */
    static Optional<List<String>> names(String line) {
        String s = Normalizer.normalize(line, Normalizer.Form.NFKC).replace('\u00a0', ' ').strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (String cell : CELL_SEPARATOR.split(s)) {
            String trimmed = cell.strip();
            if (trimmed.isEmpty()) {
                continue; // trailing tabs of a short last row
            }
            Optional<List<String>> read = cell(trimmed.split(" "));
            if (read.isEmpty()) {
                return Optional.empty();
            }
            names.addAll(read.get());
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }

    /**
     * The cheapest way to group a cell's tokens into names of 2 to 4 characters: a whole token costs nothing (a
     * four-character one a little, as it may be two names run together), a surname spaced off its given name ("沈 伯明")
     * a little more, a given name broken after its first character ("沈伯 明") more still.
     */
    private static Optional<List<String>> cell(String[] tokens) {
        int n = tokens.length;
        for (String token : tokens) {
            if (!TOKEN.matcher(token).matches()) {
                return Optional.empty();
            }
        }
        int[] cost = new int[n + 1];
        int[] step = new int[n + 1];
        java.util.Arrays.fill(cost, IMPOSSIBLE);
        cost[n] = 0;
        for (int i = n - 1; i >= 0; i--) {
            for (int take = 1; take <= 3 && i + take <= n; take++) {
                int c = groupCost(tokens, i, take);
                if (c < IMPOSSIBLE && cost[i + take] < IMPOSSIBLE && c + cost[i + take] < cost[i]) {
                    cost[i] = c + cost[i + take];
                    step[i] = take;
                }
            }
        }
        if (cost[0] >= IMPOSSIBLE) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i += step[i]) {
            names.add(String.join("", java.util.Arrays.asList(tokens).subList(i, i + step[i])));
        }
        return Optional.of(names);
    }

    private static int groupCost(String[] tokens, int from, int take) {
        int[] lengths = new int[take];
        for (int k = 0; k < take; k++) {
            lengths[k] = tokens[from + k].codePointCount(0, tokens[from + k].length());
        }
        if (tokens[from].contains("·")) {
            return take == 1 ? 0 : IMPOSSIBLE; // a transliterated name ("阿依古丽·买买提") is written whole
        }
        if (take == 1) {
            return switch (lengths[0]) {
                case 2, 3 -> 0;
                case 4 -> 1;
                default -> IMPOSSIBLE;
            };
        }
        if (take == 2) {
            if (lengths[0] == 1 && lengths[1] == 1) {
                return 1; // 凌 敏
            }
            if (lengths[0] == 1 && lengths[1] == 2) {
                return 2; // 沈 伯明
            }
            if (lengths[0] == 2 && lengths[1] == 1) {
                return 3; // 沈伯 明, 欧阳 明
            }
            return IMPOSSIBLE;
        }
        return lengths[0] == 1 && lengths[1] == 1 && lengths[2] == 1 ? 3 : IMPOSSIBLE; // 沈 伯 明
    }
}
