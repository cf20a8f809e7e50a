package bp.notebook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written with the digits that matter: 61.465599999999995 → 61.4656,
 * -6.800000000000001 → -6.8, 1.0 → 1, 3.2e-11 stays 3.2e-11.
 */
public final class Numbers {

    /** Significant digits kept: enough to compare values that differ in the 5th digit. */
    public static final int DIGITS = 6;

    /** A decimal written out in full inside a text, e.g. "sum = 0.002579338861889932". */
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\w.])-?\\d+\\.\\d+(?:[eE][-+]?\\d+)?(?![\\w.])");

    private Numbers() {
    }

    /**
     * The text with every decimal of more than {@link #DIGITS} + 1 significant digits written
     * as {@link #readable}: "paths of w5: sum = 0.002579338861889932" → "… sum = 0.00257934".
     * Shorter numbers, integers and words are left as they are.
     */
    public static String roundedIn(String text) {
        Matcher m = DECIMAL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String number = m.group();
            String digits = number.replaceAll("[eE].*", "").replace("-", "").replace(".", "").replaceFirst("^0+", "");
            String shown = digits.length() > DIGITS + 1 ? readable(Double.parseDouble(number)) : number;
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        return m.appendTail(out).toString();
    }

    /**
     * At most {@link #DIGITS} significant digits, trailing zeros dropped; plain notation from
     * 0.0001 to 10⁶, scientific (3 digits) outside it; NaN, ∞ and −∞ as such.
     */
    public static String readable(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        if (value == 0) {
            return "0";
        }
        double size = Math.abs(value);
        if (size < 1e-4 || size >= 1e6) {
            return String.format(Locale.ROOT, "%.2e", value).replaceFirst("\\.?0*e", "e")
                    .replace("e+0", "e+").replace("e-0", "e-");
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(DIGITS));
        String plain = rounded.stripTrailingZeros().toPlainString();
        return plain.equals("-0") ? "0" : plain;
    }
}
