package bp.train;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Several training runs that differ in one knob (η, the hidden size, …), side by side:
 * a table of how each ended and their loss curves for one chart. Runs keep the map's order.
 */
public final class Comparison {

    private Comparison() {
    }

    /**
     * One row per run: the knob's value, final loss, accuracy and validation accuracy, and the
     * first epoch whose validation accuracy reached {@code target} (0 when none did).
     */
    public static Table table(String knob, Map<String, TrainingResult> runs, double target) {
        StringColumn name = StringColumn.create(knob);
        DoubleColumn loss = DoubleColumn.create("loss");
        DoubleColumn accuracy = DoubleColumn.create("accuracy");
        DoubleColumn valAccuracy = DoubleColumn.create("val_accuracy");
        IntColumn first = IntColumn.create("epoch_val_" + target);
        runs.forEach((value, run) -> {
            name.append(value);
            loss.append(run.loss());
            accuracy.append(run.accuracy());
            valAccuracy.append(run.validationAccuracy());
            first.append(run.firstEpochReaching(target).orElse(0));
        });
        return Table.create(knob, name, loss, accuracy, valAccuracy, first);
    }

    /** The loss per epoch of every run, named by its knob value: the series of one loss chart. */
    public static Map<String, double[]> lossCurves(Map<String, TrainingResult> runs) {
        Map<String, double[]> curves = new LinkedHashMap<>();
        runs.forEach((value, run) -> curves.put(value, run.history().doubleColumn("loss").asDoubleArray()));
        return curves;
    }
}
