package civicgraph.seed.extract.text;

import java.util.OptionalInt;

/**
 * Numbers as the gazettes write them: Chinese numerals ("十三", "三十八", "二十", "一百零二", "二〇二三", "两")
 * or digits, full-width included ("30", "３０").
 */
public final class ChineseNumeral {

    private static final String DIGITS = "〇零一二三四五六七八九";

    private ChineseNumeral() {
    }

    /** The value of {@code text} (whitespace ignored), or empty when it is not a number. */
    public static OptionalInt parse(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "");
        if (s.isEmpty()) {
            return OptionalInt.empty();
        }
        if (s.chars().allMatch(Character::isDigit)) {
            try {
                return OptionalInt.of(Integer.parseInt(s));
            }
            catch (NumberFormatException ex) {
                return OptionalInt.empty();
            }
        }
        s = s.replace('两', '二');
        if (s.chars().allMatch((c) -> DIGITS.indexOf(c) >= 0)) {
            // Digit by digit, as in years: 二〇二三.
            int value = 0;
            for (char c : s.toCharArray()) {
                value = value * 10 + digit(c);
            }
            return OptionalInt.of(value);
        }
        int total = 0;
        int section = 0;
        int pending = 0;
        for (char c : s.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                pending = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> -1;
            };
            if (unit < 0) {
                return OptionalInt.empty();
            }
            if (unit == 10000) {
                total += (section + pending) * unit;
                section = 0;
            }
            else {
                section += (pending == 0 ? 1 : pending) * unit; // 十三: a bare 十 is one ten
            }
            pending = 0;
        }
        return OptionalInt.of(total + section + pending);
    }

    private static int digit(char c) {
        int i = DIGITS.indexOf(c);
        return (i <= 0) ? (i == 0 ? 0 : -1) : i - 1;
    }
}
