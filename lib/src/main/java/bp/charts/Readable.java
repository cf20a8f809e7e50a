package bp.charts;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import org.knowm.xchart.internal.chartpart.Chart;

import java.awt.Color;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * What every line chart of the course gets before it is shown, whoever built it: the course
 * look ({@link ChartStyle}) if it still has XChart's own; round x ticks (0, 200, 400, …) at any length, never a label per
 * data point; a y-axis that is flat (a constant series) opened up from 0 to past its value, so it has
 * ticks and the line sits at its own height; and the legend beside or under the plot, never on
 * the data. Legend names longer than {@link #SIDE_LEGEND_CHARS} characters go under the plot,
 * where they do not squeeze it.
 */
final class Readable {

    static final int SIDE_LEGEND_CHARS = 16;

    /** The name of the invisible point that breaks equal x spacing (see {@link #roundXTicks}). */
    static final String OFF_GRID = "\u200b";

    private Readable() {
    }

    static void apply(XYChart chart) {
        XYStyler styler = chart.getStyler();
        LegendPosition legend = styler.getLegendPosition();
        if (!Color.WHITE.equals(styler.getChartBackgroundColor())) {
            ChartStyle.apply(styler);   // still XChart's own grey look: give it the course's
        }
        if (!styler.isYAxisLogarithmic() && styler.getyAxisTickLabelsFormattingFunction() == null) {
            styler.setyAxisTickLabelsFormattingFunction(ChartStyle::tick);
        }
        placeLegend(chart, legend);
        openFlatAxes(chart);
    }

    /**
     * The axis for a constant value: from 0 to a quarter above it (below it when negative), so
     * the line sits at its own height and reads as far from 0 as it is, not in the middle where
     * another axis's centre would be; a decade either side on a log axis; −1 to 1 around 0.
     */
    static double[] flatAxis(double value, boolean log) {
        if (log) {
            return new double[]{value / 10, value * 10};
        }
        if (value == 0) {
            return new double[]{-1, 1};
        }
        return value > 0 ? new double[]{0, value * 1.25} : new double[]{value * 1.25, 0};
    }

    /**
     * Draws the chart with round x ticks: the point that makes them round (see
     * {@link #roundXTicks}) is there only while {@code draw} runs, so the chart's series stay
     * exactly what its maker put in.
     */
    static <T> T drawn(Chart<?, ?> chart, Supplier<T> draw) {
        if (!(chart instanceof XYChart xy) || !roundXTicks(xy)) {
            return draw.get();
        }
        try {
            return draw.get();
        } finally {
            xy.removeSeries(OFF_GRID);
        }
    }

    /** Inside legends move out: beside the plot, or under it when the names are long. */
    private static void placeLegend(XYChart chart, LegendPosition was) {
        XYStyler styler = chart.getStyler();
        int longest = chart.getSeriesMap().values().stream().filter(XYSeries::isShowInLegend)
                .mapToInt(s -> s.getName().length()).max().orElse(0);
        if (longest > SIDE_LEGEND_CHARS) {
            styler.setLegendPosition(LegendPosition.OutsideS);
            styler.setLegendLayout(LegendLayout.Horizontal);
        } else if (was == LegendPosition.OutsideS) {
            styler.setLegendPosition(LegendPosition.OutsideS);
        } else {
            styler.setLegendPosition(LegendPosition.OutsideE);
        }
    }

    /** A y-axis group whose values are all equal gets a range around that value (unless one was set). */
    private static void openFlatAxes(XYChart chart) {
        TreeMap<Integer, double[]> ranges = new TreeMap<>();
        for (XYSeries s : chart.getSeriesMap().values()) {
            double[] range = ranges.computeIfAbsent(s.getYAxisGroup(),
                    g -> new double[]{Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
            for (double y : s.getYData()) {
                if (Double.isFinite(y)) {
                    range[0] = Math.min(range[0], y);
                    range[1] = Math.max(range[1], y);
                }
            }
        }
        XYStyler styler = chart.getStyler();
        ranges.forEach((group, range) -> {
            boolean flat = range[0] <= range[1] && range[1] - range[0] <= 1e-12 * Math.max(1, Math.abs(range[0]));
            if (flat && styler.getYAxisMin(group) == null && styler.getYAxisMax(group) == null) {
                double[] axis = flatAxis(range[0], styler.isYAxisLogarithmic());
                styler.setYAxisMin(group, axis[0]);
                styler.setYAxisMax(group, axis[1]);
            }
        });
    }

    /**
     * XChart puts a tick at every k-th data x when all x values are equally spaced (steps 0, 1,
     * 2, …), and the labels (0, 53, 106, …) crowd and run together. One invisible point off the
     * grid makes it choose round values (0, 200, 400, …) instead.
     */
    private static boolean roundXTicks(XYChart chart) {
        if (chart.getSeriesMap().containsKey(OFF_GRID) || chart.getSeriesMap().isEmpty()) {
            return false;
        }
        XYSeries first = chart.getSeriesMap().values().iterator().next();
        double[] x = first.getXData();
        if (x.length < 2 || !(x[1] > x[0])) {
            return false;
        }
        double offGrid = x[0] + 0.5 * (x[1] - x[0]);
        XYSeries hidden = chart.addSeries(OFF_GRID, new double[]{offGrid}, new double[]{Double.NaN});
        hidden.setMarker(SeriesMarkers.NONE);
        hidden.setShowInLegend(false);
        hidden.setYAxisGroup(first.getYAxisGroup());
        return true;
    }
}
