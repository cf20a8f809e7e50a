package bp.charts;

import bp.descent.Trace;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.util.List;

/** The charts of chapter 1: x and y against step, and several η side by side. */
public final class DescentCharts {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 400;

    private DescentCharts() {
    }

    /** x (left axis) and y (right axis) against step: both settle as x reaches the minimum. */
    public static Plot convergence(Trace trace) {
        XYChart chart = newChart("Gradient descent on " + trace.objective() + ", η = " + trace.eta(), "x");
        chart.setYAxisGroupTitle(1, "y");
        chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        line(chart, "x", trace.steps(), trace.xs());
        line(chart, "y", trace.steps(), trace.ys()).setYAxisGroup(1);
        return new Plot(chart);
    }

    /**
     * x against step for several runs on one chart. Values outside [xMin, xMax] are left out
     * (the line stops at the edge), so a diverging run is shown leaving the chart, not thrown.
     */
    public static Plot compare(List<Trace> traces, double xMin, double xMax) {
        if (traces == null || traces.isEmpty()) {
            throw new IllegalArgumentException("no traces to compare: pass at least one Trace");
        }
        requireRange(xMin, xMax);
        XYChart chart = newChart("x against step for several η (clipped to [" + xMin + ", " + xMax + "])", "x");
        chart.getStyler().setYAxisMin(xMin).setYAxisMax(xMax);
        for (Trace t : traces) {
            line(chart, "η = " + t.eta(), t.steps(), clip(t.xs(), xMin, xMax));
        }
        return new Plot(chart);
    }

    /**
     * The steps drawn on the curve itself: the parabola over [xMin, xMax] and each step's point
     * (x, y) joined to the next, so a run that slides down one side, zigzags across the minimum or
     * climbs out is seen as such. Points outside [xMin, xMax] are left out.
     */
    public static Plot onCurve(Trace trace, double xMin, double xMax) {
        if (trace == null) {
            throw new IllegalArgumentException("no trace: pass the Trace of a run, e.g. GradientDescent...run()");
        }
        requireRange(xMin, xMax);
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Steps on " + trace.objective() + ", η = " + trace.eta()).xAxisTitle("x").yAxisTitle("y").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideN);
        chart.getStyler().setXAxisMin(xMin).setXAxisMax(xMax);
        double[] curveX = new double[201];
        double[] curveY = new double[curveX.length];
        for (int i = 0; i < curveX.length; i++) {
            curveX[i] = xMin + (xMax - xMin) * i / (curveX.length - 1);
            curveY[i] = trace.objective().y(curveX[i]);
        }
        chart.addSeries(trace.objective().toString(), curveX, curveY).setMarker(SeriesMarkers.NONE);
        double[] xs = clip(trace.xs(), xMin, xMax);
        double[] ys = trace.ys().clone();
        for (int i = 0; i < ys.length; i++) {
            ys[i] = Double.isNaN(xs[i]) ? Double.NaN : ys[i];
        }
        chart.addSeries("steps", xs, ys).setMarker(SeriesMarkers.CIRCLE);
        return new Plot(chart);
    }

    private static void requireRange(double xMin, double xMax) {
        if (!(xMin < xMax)) {
            throw new IllegalArgumentException("x range [" + xMin + ", " + xMax + "] is empty: xMin must be below xMax");
        }
    }

    private static XYChart newChart(String title, String yTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title(title).xAxisTitle("step").yAxisTitle(yTitle).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setMarkerSize(4);
        chart.getStyler().setXAxisDecimalPattern("#");
        chart.getStyler().setXAxisTickMarkSpacingHint(80);
        return chart;
    }

    private static XYSeries line(XYChart chart, String name, double[] steps, double[] values) {
        XYSeries series = chart.addSeries(name, steps, values);
        series.setMarker(steps.length > 40 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
        return series;
    }

    /** NaN where a value is outside [lo, hi]: XChart leaves a gap there instead of drawing it. */
    private static double[] clip(double[] values, double lo, double hi) {
        double[] clipped = values.clone();
        for (int i = 0; i < clipped.length; i++) {
            if (!(clipped[i] >= lo && clipped[i] <= hi)) {
                clipped[i] = Double.NaN;
            }
        }
        return clipped;
    }
}
