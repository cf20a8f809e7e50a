package bp.charts;

import bp.descent.GradientDescent;
import bp.descent.Objective;
import bp.descent.Trace;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DescentChartsTest {

    private static Trace run(double eta) {
        return GradientDescent.on(Objective.PARABOLA).from(10).eta(eta).steps(60).run();
    }

    @Test
    void convergenceShowsXAndYAgainstStep() {
        Plot plot = DescentCharts.convergence(run(0.1));
        XYChart chart = (XYChart) plot.xchart();

        assertEquals(List.of("x", "y"), List.copyOf(chart.getSeriesMap().keySet()));
        BufferedImage image = plot.image();
        assertEquals(640, image.getWidth());
        assertEquals(400, image.getHeight());
    }

    @Test
    void comparingEtasDrawsADivergingRunClippedInsteadOfThrowing() {
        Plot plot = DescentCharts.compare(List.of(run(0.1), run(0.9), run(1.0), run(30)), -20, 20);
        XYChart chart = (XYChart) plot.xchart();

        assertEquals(4, chart.getSeriesMap().size());
        assertTrue(plot.png().length > 1000);
    }

    @Test
    void anEmptyComparisonOrRangeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> DescentCharts.compare(List.of(), -1, 1));
        assertThrows(IllegalArgumentException.class, () -> DescentCharts.compare(List.of(run(0.1)), 1, 1));
    }

    @Test
    void stepsOnTheCurveLeaveOutPointsOutsideTheRange() {
        Trace bounce = GradientDescent.on(Objective.PARABOLA).from(10).eta(1.05).steps(20).run();
        Plot plot = DescentCharts.onCurve(bounce, -8, 12);
        XYChart chart = (XYChart) plot.xchart();

        assertEquals(List.of("y = (x-2)^2", "steps"), List.copyOf(chart.getSeriesMap().keySet()));
        double[] xs = chart.getSeriesMap().get("steps").getXData();
        assertEquals(10.0, xs[0]);
        assertTrue(Double.isNaN(xs[19]), "a diverging step far outside [-8, 12] is left out");
        assertTrue(plot.png().length > 1000);
    }

    @Test
    void stepsOnTheCurveNeedATraceAndARange() {
        assertThrows(IllegalArgumentException.class, () -> DescentCharts.onCurve(null, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> DescentCharts.onCurve(run(0.1), 2, 2));
    }
}
