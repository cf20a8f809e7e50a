package bp.charts;

import bp.Require;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A line chart of one or several series, built step by step; {@link Charts} uses it for every
 * curve of the course and a learner can use it for their own:
 * <pre>{@code
 * LineChart.titled("Err against step").xLabel("step").yLabel("Err")
 *          .series("η = 0.1", errSmall).series("η = 5", errLarge).logY().plot();
 * }</pre>
 * NaN, ±∞ and runs that blow up never make it throw: values outside the y-range (given with
 * {@link #yRange}, or else chosen from the series' first steps, see {@link Clipping}) are cut,
 * the line running to the chart's edge and stopping there.
 */
public final class LineChart {

    /** Series with at most this many points get a marker on each point. */
    static final int MARKER_LIMIT = 30;

    private final String title;
    private String xLabel = "step";
    private String yLabel = "";
    private final Map<String, double[][]> series = new LinkedHashMap<>();
    private boolean logY;
    private Double yMin;
    private Double yMax;
    private Double reference;
    private boolean integerX;
    private boolean keepAllFinite;
    private LegendPosition legend;
    private int width = ChartStyle.WIDTH;
    private int height = ChartStyle.HEIGHT;

    private LineChart(String title) {
        this.title = title == null ? "" : title;
    }

    /** Starts a chart with this title. */
    public static LineChart titled(String title) {
        return new LineChart(title);
    }

    /** The x-axis title ("step" unless told). */
    public LineChart xLabel(String label) {
        this.xLabel = label == null ? "" : label;
        return this;
    }

    /** The y-axis title. */
    public LineChart yLabel(String label) {
        this.yLabel = label == null ? "" : label;
        return this;
    }

    /** A series plotted against its index 0, 1, 2, … (step 0 is the starting value). */
    public LineChart series(String name, double[] y) {
        requireValues(name, y);
        return series(name, IntStream.range(0, y.length).asDoubleStream().toArray(), y);
    }

    /** A series with its own x values (x must be finite; y may hold NaN or ±∞, which are cut). */
    public LineChart series(String name, double[] x, double[] y) {
        requireValues(name, y);
        if (x == null || x.length != y.length) {
            throw new IllegalArgumentException("series \"" + name + "\" has " + (x == null ? "no" : x.length)
                    + " x values for " + y.length + " y values: give one x per y");
        }
        Require.finite("x of series \"" + name + "\"", x);
        if (series.containsKey(name)) {
            throw new IllegalArgumentException("series \"" + name + "\" was added twice: give each series its own name");
        }
        series.put(name, new double[][]{x.clone(), y.clone()});
        return this;
    }

    /** Several series at once, in the map's order, each against its index. */
    public LineChart series(Map<String, double[]> named) {
        if (named == null || named.isEmpty()) {
            throw new IllegalArgumentException("series = " + named + ": give at least one named series");
        }
        named.forEach(this::series);
        return this;
    }

    /** A logarithmic y-axis (for losses that fall over decades); values ≤ 0 are cut. */
    public LineChart logY() {
        this.logY = true;
        return this;
    }

    /** Fixes the y-axis to [min, max]; values outside are cut at the edge. */
    public LineChart yRange(double min, double max) {
        Require.finite("yRange min", min);
        Require.finite("yRange max", max);
        if (!(min < max)) {
            throw new IllegalArgumentException("yRange(" + min + ", " + max + "): min must be below max");
        }
        this.yMin = min;
        this.yMax = max;
        return this;
    }

    /** A thin dashed horizontal line at y, e.g. 0 for (o − y). */
    public LineChart referenceLine(double y) {
        this.reference = Require.finite("reference line y", y);
        return this;
    }

    /**
     * Turns the automatic cut of runs that blew up off: only what the axis cannot show
     * (NaN, ±∞, and y ≤ 0 on a log axis) is cut. For data that legitimately spans decades.
     */
    public LineChart keepAllFinite() {
        this.keepAllFinite = true;
        return this;
    }

    /** Labels only whole numbers on the x-axis (layer indices, epochs). */
    public LineChart integerX() {
        this.integerX = true;
        return this;
    }

    /**
     * Where the legend goes: right of the plot unless told (hidden for a single series). It is
     * never drawn on the data: an inside position moves beside or under the plot (see {@link Readable}).
     */
    public LineChart legend(LegendPosition position) {
        this.legend = position;
        return this;
    }

    /** The chart's size in pixels (640 × 400 unless told). */
    public LineChart size(int width, int height) {
        this.width = Require.atLeastOne("width", width);
        this.height = Require.atLeastOne("height", height);
        return this;
    }

    /** Draws the chart. */
    public Plot plot() {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("chart \"" + title + "\" has no series: add one with series(name, y)");
        }
        XYChart chart = new XYChart(width, height);
        chart.setTitle(title);
        chart.setXAxisTitle(xLabel);
        chart.setYAxisTitle(yLabel);
        style(chart);
        Clipping.Band band = band();
        List<Double> kept = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, double[][]> e : series.entrySet()) {
            boolean markers = e.getValue()[0].length <= MARKER_LIMIT;
            Clipping.Cut cut = Clipping.cut(e.getValue()[0], e.getValue()[1], band, !markers);
            addLine(chart, e.getKey(), cut, markers, index++);
            for (double y : cut.y()) {
                if (!Double.isNaN(y)) {
                    kept.add(y);
                }
            }
        }
        addReference(chart);
        fixYAxis(chart, band, kept);
        return new Plot(chart);
    }

    private void style(XYChart chart) {
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setLegendPosition(legend != null ? legend : LegendPosition.OutsideE);
        chart.getStyler().setLegendVisible(series.size() > 1);
        chart.getStyler().setYAxisLogarithmic(logY);
        if (integerX) {
            chart.getStyler().setxAxisTickLabelsFormattingFunction(ChartStyle::wholeTick);
        }
        if (!logY) {
            chart.getStyler().setyAxisTickLabelsFormattingFunction(ChartStyle::tick);
        }
    }

    private Clipping.Band band() {
        if (yMin != null) {
            return new Clipping.Band(logY ? Math.max(yMin, Double.MIN_VALUE) : yMin, yMax, logY);
        }
        if (keepAllFinite) {
            return Clipping.axisBand(logY);
        }
        List<double[]> ys = series.values().stream().map(xy -> xy[1]).toList();
        return Clipping.autoBand(ys, logY);
    }

    private void addLine(XYChart chart, String name, Clipping.Cut cut, boolean markers, int index) {
        XYSeries s = chart.addSeries(name, cut.x(), cut.y());
        s.setLineColor(ChartStyle.color(index));
        s.setMarkerColor(ChartStyle.color(index));
        s.setLineStyle(ChartStyle.line());
        s.setMarker(markers ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
    }

    private void addReference(XYChart chart) {
        if (reference == null) {
            return;
        }
        if (logY && reference <= 0) {
            throw new IllegalArgumentException("reference line y = " + reference
                    + " cannot be drawn on a log axis: give y > 0");
        }
        double[][] first = series.values().iterator().next();
        double lo = first[0][0];
        double hi = first[0][first[0].length - 1];
        for (double[][] xy : series.values()) {
            lo = Math.min(lo, xy[0][0]);
            hi = Math.max(hi, xy[0][xy[0].length - 1]);
        }
        XYSeries line = chart.addSeries("y = " + ChartStyle.tick(reference),
                new double[]{lo, hi}, new double[]{reference, reference});
        line.setLineColor(new Color(0x777777));
        line.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f));
        line.setMarker(SeriesMarkers.NONE);
        line.setShowInLegend(false);
    }

    /**
     * Sets the y-axis range when values were cut (or a range was given), so the chart never
     * depends on the cut-away values, and so a series cut away entirely still draws.
     */
    private void fixYAxis(XYChart chart, Clipping.Band band, List<Double> kept) {
        if (yMin != null) {
            chart.getStyler().setYAxisMin(yMin);
            chart.getStyler().setYAxisMax(yMax);
            return;
        }
        if (kept.isEmpty()) {
            chart.getStyler().setYAxisMin(logY ? 0.1 : -1.0);
            chart.getStyler().setYAxisMax(logY ? 10.0 : 1.0);
        }
    }

    private static void requireValues(String name, double[] y) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("series name = \"" + name + "\": give each series a name for the legend");
        }
        if (y == null || y.length == 0) {
            throw new IllegalArgumentException("series \"" + name + "\" is " + (y == null ? "null" : "empty")
                    + ": give at least one value");
        }
    }
}
