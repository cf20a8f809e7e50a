package bp.diagram;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Text for the SVG: escaping, the chapter-5 names written with real super- and subscripts
 * ("w^2_{0,1}" becomes w²₀,₁ via tspans), numbers to three significant digits, and a width
 * estimate for placing labels (DejaVu Sans averages about 0.6 em per character).
 */
final class SvgText {

    static final double CHAR_WIDTH = 0.6;
    static final double SCRIPT_SCALE = 0.72;

    private SvgText() {
    }

    /** A name split into base, superscript and subscript: "w^2_{0,1}" → w, 2, 0,1. */
    record Parts(String base, String sup, String sub) {

        static Parts of(String name) {
            int caret = name.indexOf('^');
            int under = name.indexOf('_');
            if (caret < 0 && under < 0) {
                return new Parts(name, "", "");
            }
            int baseEnd = caret < 0 ? under : under < 0 ? caret : Math.min(caret, under);
            String base = name.substring(0, baseEnd);
            String sup = caret < 0 ? "" : script(name, caret + 1);
            String sub = under < 0 ? "" : script(name, under + 1);
            return new Parts(base, sup, sub);
        }

        private static String script(String name, int from) {
            if (from < name.length() && name.charAt(from) == '{') {
                int close = name.indexOf('}', from);
                return name.substring(from + 1, close < 0 ? name.length() : close);
            }
            int end = from;
            while (end < name.length() && name.charAt(end) != '^' && name.charAt(end) != '_') {
                end++;
            }
            return name.substring(from, end);
        }
    }

    /** The SVG content of a name: plain text, or the base with tspans for the scripts. */
    static String name(String name, double fontSize) {
        return name(name, "", fontSize);
    }

    /**
     * A name followed by plain text, e.g. "w^2_{0,1}" + " = 0.4": the scripts are raised and
     * lowered with dy, and the trailing text goes back to the baseline.
     */
    static String name(String name, String after, double fontSize) {
        Parts p = Parts.of(name);
        StringBuilder s = new StringBuilder(escape(p.base()));
        double small = round(fontSize * SCRIPT_SCALE);
        double up = round(fontSize * 0.38);
        double down = round(fontSize * 0.30);
        double shift = 0;
        if (!p.sup().isEmpty()) {
            s.append(tspan(-up, small, p.sup()));
            shift -= up;
        }
        if (!p.sub().isEmpty()) {
            s.append(tspan(down - shift, small, p.sub()));
            shift = down;
        }
        if (!after.isEmpty()) {
            // a space right after a tspan is dropped by some renderers: move by dx instead
            boolean space = after.startsWith(" ");
            String rest = space ? after.substring(1) : after;
            String dx = space ? " dx=\"" + round(0.32 * fontSize) + "\"" : "";
            s.append(shift == 0 ? escape(after)
                    : "<tspan" + dx + " dy=\"" + round(-shift) + "\">" + escape(rest) + "</tspan>");
        }
        return s.toString();
    }

    private static String tspan(double dy, double size, String text) {
        return "<tspan dy=\"" + round(dy) + "\" font-size=\"" + size + "\">" + escape(text) + "</tspan>";
    }

    /** About how wide a name plus trailing text is drawn, in pixels. */
    static double width(String name, String after, double fontSize) {
        Parts p = Parts.of(name);
        double chars = p.base().length() + after.length()
                + SCRIPT_SCALE * Math.max(p.sup().length(), 0) + SCRIPT_SCALE * p.sub().length();
        return chars * CHAR_WIDTH * fontSize;
    }

    /** Three significant digits, plain for everyday sizes: 0.0312, 0.593, 12.3, 1.23e-05. */
    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a < 1e-3 || a >= 1e5) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Coordinates to one decimal, so the SVG stays small and diff-able. */
    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
