package bp.train;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Several training runs that differ in one knob (η, the hidden size, …), side by side: their
 * curves, named by the knob's value, for one chart (their table: {@code bp.tables.ComparisonTable}).
 * Runs keep the map's order.
 */
public final class Comparison {

    private Comparison() {
    }

    /** The validation accuracy per epoch of every run, named by its knob value. */
    public static Map<String, double[]> validationCurves(Map<String, TrainingResult> runs) {
        Map<String, double[]> curves = new LinkedHashMap<>();
        runs.forEach((value, run) -> curves.put(value, run.validationAccuracies()));
        return curves;
    }

    /** The loss per epoch of every run, named by its knob value: the series of one loss chart. */
    public static Map<String, double[]> lossCurves(Map<String, TrainingResult> runs) {
        Map<String, double[]> curves = new LinkedHashMap<>();
        runs.forEach((value, run) -> curves.put(value, run.losses()));
        return curves;
    }
}
