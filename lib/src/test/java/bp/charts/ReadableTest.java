package bp.charts;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

class ReadableTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static double[] steps(int n) {
        return IntStream.range(0, n).asDoubleStream().toArray();
    }

    /** A chart built straight with XChart, the way a chapter might, with an inside legend. */
    private static XYChart raw(double[] x, double[] y, double[] y2) {
        XYChart chart = new XYChartBuilder().width(640).height(400).title("raw").build();
        chart.getStyler().setLegendPosition(LegendPosition.InsideNE);
        chart.addSeries("x", x, y);
        chart.addSeries("y", x, y2).setYAxisGroup(1);
        return chart;
    }

    @Test
    void equallySpacedStepsGetAnOffGridPointOnlyWhileDrawingSoTicksAreRound() {
        double[] x = steps(1001);
        XYChart chart = raw(x, x, x);
        Plot plot = new Plot(chart);
        java.util.List<java.util.Set<String>> whileDrawing = new java.util.ArrayList<>();
        Readable.drawn(chart, () -> whileDrawing.add(java.util.Set.copyOf(chart.getSeriesMap().keySet())));
        assertTrue(whileDrawing.get(0).contains(Readable.OFF_GRID));
        assertEquals(java.util.List.of("x", "y"), java.util.List.copyOf(chart.getSeriesMap().keySet()));
        assertTrue(plot.png().length > 1000);
        assertEquals(2, chart.getSeriesMap().size(), "drawing leaves the series as they were");
    }

    @Test
    void aFlatAxisIsOpenedAroundItsValue() {
        double[] x = steps(30);
        double[] alternating = IntStream.range(0, 30).mapToDouble(k -> k % 2 == 0 ? 10 : -6).toArray();
        double[] constant = new double[30];
        java.util.Arrays.fill(constant, 64);
        XYChart chart = (XYChart) new Plot(raw(x, alternating, constant)).xchart();
        assertNull(chart.getStyler().getYAxisMin(0));
        assertEquals(0, chart.getStyler().getYAxisMin(1));
        assertTrue(chart.getStyler().getYAxisMax(1) > 64);
        assertArrayEquals(new double[]{-10, 0}, Readable.flatAxis(-8, false));
        assertArrayEquals(new double[]{-1, 1}, Readable.flatAxis(0, false));
        assertArrayEquals(new double[]{0.1, 10}, Readable.flatAxis(1, true), 1e-12);
    }

    @Test
    void legendsAreNeverInsideThePlotAndLongNamesGoUnderIt() {
        double[] x = steps(10);
        XYChart shortNames = (XYChart) new Plot(raw(x, x, x)).xchart();
        assertEquals(LegendPosition.OutsideE, shortNames.getStyler().getLegendPosition());
        Map<String, double[]> runs = new LinkedHashMap<>();
        runs.put("start 1, a bias per neuron (9)", x);
        runs.put("start 1, shared bias (8)", x);
        Plot longNames = LineChart.titled("t").series(runs).legend(LegendPosition.InsideNE).plot();
        assertEquals(LegendPosition.OutsideS, ((XYChart) longNames.xchart()).getStyler().getLegendPosition());
    }

    @Test
    void aChartWithXChartsGreyLookGetsTheCourseLook() {
        XYChart chart = (XYChart) new Plot(raw(steps(5), steps(5), steps(5))).xchart();
        assertEquals(Color.WHITE, chart.getStyler().getChartBackgroundColor());
        new Plot(chart).png();
    }
}
