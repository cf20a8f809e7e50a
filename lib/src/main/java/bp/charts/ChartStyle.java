package bp.charts;

import org.knowm.xchart.style.AxesChartStyler;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

/**
 * The one look every chart of the course shares: size, fonts, colours, grid.
 * Fonts are the logical "SansSerif" (DejaVu Sans on the course machines), which has Latin
 * and Greek but no CJK glyphs, so chart text stays English and symbols.
 */
final class ChartStyle {

    /** Default chart width in pixels. */
    static final int WIDTH = 640;

    /** Default chart height in pixels. */
    static final int HEIGHT = 400;

    /** Tableau-10: distinguishable colours that also survive a grey-scale printout. */
    static final Color[] PALETTE = {
            new Color(0x4E79A7), new Color(0xE15759), new Color(0xF28E2B), new Color(0x59A14F),
            new Color(0xB07AA1), new Color(0x76B7B2), new Color(0xEDC948), new Color(0x9C755F),
            new Color(0xFF9DA7), new Color(0xBAB0AC)};

    static final Color INK = new Color(0x222222);
    static final Color GRID = new Color(0xE3E3E3);

    private ChartStyle() {
    }

    static Color color(int index) {
        return PALETTE[index % PALETTE.length];
    }

    /** Applies the shared fonts, colours and grid to any chart with axes. */
    static void apply(AxesChartStyler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderColor(new Color(0xBBBBBB));
        styler.setChartFontColor(INK);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        styler.setChartTitleBoxVisible(false);
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setLegendBorderColor(new Color(0xCCCCCC));
        styler.setLegendBackgroundColor(new Color(255, 255, 255, 230));
        styler.setPlotGridLinesColor(GRID);
        styler.setPlotGridLinesStroke(new BasicStroke(1f));
        styler.setAxisTickMarksColor(new Color(0x888888));
        styler.setSeriesColors(PALETTE);
        styler.setChartPadding(10);
        styler.setPlotMargin(4);
        styler.setAntiAlias(true);
        styler.setToolTipsEnabled(false);
        styler.setYAxisLabelAlignment(AxesChartStyler.TextAlignment.Right);
        styler.setYAxisLogarithmicDecadeOnly(true);
    }

    /** Tick labels like 0.001, 2.5, 1e+06 instead of long decimal strings. */
    static String tick(double value) {
        double a = Math.abs(value);
        if (value == 0) {
            return "0";
        }
        if (a >= 1e5 || a < 1e-3) {
            return String.format(java.util.Locale.ROOT, "%.0e", value).replace("e+0", "e+").replace("e-0", "e-");
        }
        String s = String.format(java.util.Locale.ROOT, "%.4f", value);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** Whole-number ticks only: "3" at 3.0, nothing at 2.5. */
    static String wholeTick(double value) {
        return Math.abs(value - Math.rint(value)) < 1e-9 ? String.valueOf((long) Math.rint(value)) : "";
    }

    /** The line of a series: 2 px wide, round joins, so long noisy curves stay smooth. */
    static BasicStroke line() {
        return new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
}
