package bp.tables;

import bp.train.Swing;
import bp.train.TrainingResult;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.Map;

/**
 * Several training runs that differ in one knob (η, the hidden size, …) as tables, one row per
 * run in the map's order: how each ended, and how much each still swings late in training.
 */
public final class ComparisonTable {

    private ComparisonTable() {
    }

    /**
     * One row per run: the knob's value, final loss, accuracy and validation accuracy, and the
     * first epoch whose validation accuracy reached {@code target} (0 when none did).
     */
    public static Table of(String knob, Map<String, TrainingResult> runs, double target) {
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

    /**
     * One row per run: how much it still swings over epochs {@code from..to} ({@link Swing}):
     * epochs whose loss rose, the loss range and the validation-accuracy range.
     */
    public static Table swings(String knob, Map<String, TrainingResult> runs, int from, int to) {
        StringColumn name = StringColumn.create(knob);
        IntColumn rises = IntColumn.create("loss_rises");
        DoubleColumn lossMin = DoubleColumn.create("loss_min");
        DoubleColumn lossMax = DoubleColumn.create("loss_max");
        DoubleColumn valMin = DoubleColumn.create("val_acc_min");
        DoubleColumn valMax = DoubleColumn.create("val_acc_max");
        runs.forEach((value, run) -> {
            Swing s = Swing.of(run, from, to);
            name.append(value);
            rises.append(s.lossRises());
            lossMin.append(s.lossMin());
            lossMax.append(s.lossMax());
            valMin.append(s.valAccuracyMin());
            valMax.append(s.valAccuracyMax());
        });
        return Table.create(knob + ", epochs " + from + "–" + to, name, rises, lossMin, lossMax, valMin, valMax);
    }
}
