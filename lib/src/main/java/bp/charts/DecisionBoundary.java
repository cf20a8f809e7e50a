package bp.charts;

import bp.Require;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

/**
 * The output of a two-input model over a rectangle, as a filled map from blue (o = 0) through
 * white to red (o = 1), the line o = 0.5 drawn black, and the data points on top coloured by
 * class. Outputs are read as the probability of class 1 and clamped to [0, 1].
 */
final class DecisionBoundary {

    /** Grid cells along each axis. */
    static final int CELLS = 80;

    /** Colour bands of the map: o in [0, 0.1), [0.1, 0.2), … */
    static final int LEVELS = 10;

    static final double THRESHOLD = 0.5;

    private static final Color LOW = new Color(0x4E79A7);
    private static final Color HIGH = new Color(0xE15759);

    private DecisionBoundary() {
    }

    /** box = {xMin, xMax, yMin, yMax}. */
    static Plot plot(String title, DoubleBinaryOperator model, double[][] points, int[] classes,
                     List<String> classNames, double[] box) {
        XYChart chart = new XYChart(ChartStyle.WIDTH, ChartStyle.HEIGHT);
        chart.setTitle(title);
        chart.setXAxisTitle("x1");
        chart.setYAxisTitle("x2");
        style(chart, box);
        double[][] o = grid(model, box);
        addField(chart, o, box);
        addBoundary(chart, o, box);
        addPoints(chart, points, classes, classNames);
        return new Plot(chart);
    }

    private static void style(XYChart chart, double[] box) {
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setLegendPosition(LegendPosition.OutsideE);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setPlotContentSize(1.0);
        chart.getStyler().setXAxisMin(box[0]).setXAxisMax(box[1]).setYAxisMin(box[2]).setYAxisMax(box[3]);
    }

    /** o[r][c]: the model at the centre of cell (column c, row r), clamped to [0, 1]; NaN stays NaN. */
    static double[][] grid(DoubleBinaryOperator model, double[] box) {
        double[][] o = new double[CELLS][CELLS];
        for (int r = 0; r < CELLS; r++) {
            for (int c = 0; c < CELLS; c++) {
                double v = model.applyAsDouble(centreX(c, box), centreY(r, box));
                o[r][c] = Double.isNaN(v) ? Double.NaN : Math.max(0, Math.min(1, v));
            }
        }
        return o;
    }

    private static double centreX(int c, double[] box) {
        return box[0] + (c + 0.5) * (box[1] - box[0]) / CELLS;
    }

    private static double centreY(int r, double[] box) {
        return box[2] + (r + 0.5) * (box[3] - box[2]) / CELLS;
    }

    /** One hidden series per colour band, each cell a filled rectangle. */
    private static void addField(XYChart chart, double[][] o, double[] box) {
        CellMarker cell = new CellMarker(chart, (box[1] - box[0]) / CELLS, (box[3] - box[2]) / CELLS);
        for (int level = 0; level < LEVELS; level++) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int r = 0; r < CELLS; r++) {
                for (int c = 0; c < CELLS; c++) {
                    if (levelOf(o[r][c]) == level) {
                        xs.add(centreX(c, box));
                        ys.add(centreY(r, box));
                    }
                }
            }
            if (!xs.isEmpty()) {
                XYSeries s = chart.addSeries("o band " + level, xs, ys);
                s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                s.setMarker(cell);
                s.setMarkerColor(bandColour(level));
                s.setShowInLegend(false);
            }
        }
    }

    static int levelOf(double o) {
        return Double.isNaN(o) ? -1 : Math.min(LEVELS - 1, (int) (o * LEVELS));
    }

    /** Pale blue → white → pale red, so the points drawn on top stand out. */
    static Color bandColour(int level) {
        double t = (level + 0.5) / LEVELS;
        Color end = t < THRESHOLD ? LOW : HIGH;
        double strength = Math.abs(t - THRESHOLD) / THRESHOLD;
        double keep = 0.15 + 0.5 * strength;
        return mix(end, Color.WHITE, keep);
    }

    private static Color mix(Color a, Color b, double weightOfA) {
        return new Color(
                (int) Math.round(a.getRed() * weightOfA + b.getRed() * (1 - weightOfA)),
                (int) Math.round(a.getGreen() * weightOfA + b.getGreen() * (1 - weightOfA)),
                (int) Math.round(a.getBlue() * weightOfA + b.getBlue() * (1 - weightOfA)));
    }

    /** The line o = 0.5 by marching squares over the cell centres, one segment per square. */
    private static void addBoundary(XYChart chart, double[][] o, double[] box) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int r = 0; r + 1 < CELLS; r++) {
            for (int c = 0; c + 1 < CELLS; c++) {
                addSquare(o, r, c, box, xs, ys);
            }
        }
        if (xs.isEmpty()) {
            return;
        }
        XYSeries s = chart.addSeries("o = 0.5", xs, ys);
        s.setLineColor(ChartStyle.INK);
        s.setLineStyle(ChartStyle.line());
        s.setMarker(SeriesMarkers.NONE);
    }

    /** The crossings of o = 0.5 on the four edges of one square, joined in pairs, then a gap. */
    private static void addSquare(double[][] o, int r, int c, double[] box, List<Double> xs, List<Double> ys) {
        double[][] corners = {{c, r}, {c + 1, r}, {c + 1, r + 1}, {c, r + 1}};
        List<double[]> crossings = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            double[] p = corners[k];
            double[] q = corners[(k + 1) % 4];
            double a = o[(int) p[1]][(int) p[0]];
            double b = o[(int) q[1]][(int) q[0]];
            if (Double.isNaN(a) || Double.isNaN(b) || (a < THRESHOLD) == (b < THRESHOLD)) {
                continue;
            }
            double t = (THRESHOLD - a) / (b - a);
            crossings.add(new double[]{p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])});
        }
        for (int k = 0; k + 1 < crossings.size(); k += 2) {
            for (double[] point : List.of(crossings.get(k), crossings.get(k + 1))) {
                xs.add(centreX(0, box) + point[0] * (box[1] - box[0]) / CELLS);
                ys.add(centreY(0, box) + point[1] * (box[3] - box[2]) / CELLS);
            }
            xs.add(xs.get(xs.size() - 1));
            ys.add(Double.NaN);
        }
    }

    /** Each class a series of ringed dots (circles, diamonds), drawn last so they sit on the map. */
    private static void addPoints(XYChart chart, double[][] points, int[] classes, List<String> names) {
        for (int k = 0; k < names.size(); k++) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int n = 0; n < points.length; n++) {
                if (classes[n] == k) {
                    xs.add(points[n][0]);
                    ys.add(points[n][1]);
                }
            }
            if (xs.isEmpty()) {
                continue;
            }
            XYSeries dots = chart.addSeries(names.get(k), xs, ys);
            dots.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            dots.setMarker(new OutlinedMarker(k % 2 == 1)).setMarkerColor(classColour(k, names.size()));
        }
    }

    static Color classColour(int k, int classes) {
        if (classes <= 2) {
            return k == 0 ? LOW.darker() : HIGH.darker();
        }
        return ChartStyle.color(k);
    }

    /** Checks points and classes agree and every point lies in the plane. */
    static void check(double[][] points, int[] classes, List<String> names) {
        if (points == null || points.length == 0) {
            throw new IllegalArgumentException("points = " + (points == null ? "null" : "[]")
                    + ": give the data points to draw on the map");
        }
        if (classes == null || classes.length != points.length) {
            throw new IllegalArgumentException("classes has " + (classes == null ? "no" : classes.length)
                    + " entries for " + points.length + " points: give one class per point");
        }
        for (int n = 0; n < points.length; n++) {
            Require.finiteOfLength("point " + n, points[n], 2);
            if (classes[n] < 0 || classes[n] >= names.size()) {
                throw new IllegalArgumentException("class of point " + n + " = " + classes[n]
                        + ", but classes run 0.." + (names.size() - 1) + " " + names);
            }
        }
    }
}
