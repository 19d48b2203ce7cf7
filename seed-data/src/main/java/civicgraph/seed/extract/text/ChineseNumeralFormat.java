package civicgraph.seed.extract.text;

/** Writes a number the way session titles print it: 6 → 六, 13 → 十三, 38 → 三十八, 102 → 一百零二. */
public final class ChineseNumeralFormat {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumeralFormat() {
    }

    public static String of(int n) {
        if (n < 0 || n >= 10000) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
        }
        StringBuilder out = new StringBuilder();
        int[] units = { 1000, 100, 10, 1 };
        String[] names = { "千", "百", "十", "" };
        boolean zero = false;
        boolean started = false;
        for (int i = 0; i < units.length; i++) {
            int d = (n / units[i]) % 10;
            if (d == 0) {
                zero = started;
                continue;
            }
            if (zero) {
                out.append('零');
                zero = false;
            }
            out.append(DIGITS.charAt(d)).append(names[i]);
            started = true;
        }
        return out.toString();
    }
}
