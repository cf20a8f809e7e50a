package bp.tables;

import bp.train.Epoch;
import bp.train.Step;
import bp.train.TrainingResult;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * A training run's history as a Tablesaw table: one row per finished epoch, or one per update
 * step. The validation columns are missing values when the run had no validation set.
 */
public final class HistoryTable {

    private HistoryTable() {
    }

    /** Columns epoch, loss, accuracy, val_loss, val_accuracy: one row per finished epoch of {@code run}. */
    public static Table of(TrainingResult run) {
        IntColumn epoch = IntColumn.create("epoch");
        DoubleColumn loss = DoubleColumn.create("loss");
        DoubleColumn accuracy = DoubleColumn.create("accuracy");
        DoubleColumn valLoss = DoubleColumn.create("val_loss");
        DoubleColumn valAccuracy = DoubleColumn.create("val_accuracy");
        for (Epoch e : run.history()) {
            epoch.append(e.number());
            loss.append(e.loss());
            accuracy.append(e.accuracy());
            appendOrMissing(valLoss, e.validationLoss());
            appendOrMissing(valAccuracy, e.validationAccuracy());
        }
        return Table.create("training history", epoch, loss, accuracy, valLoss, valAccuracy);
    }

    /** Columns step, epoch, err: one row per update step (the run must have recorded its steps). */
    public static Table steps(TrainingResult run) {
        IntColumn step = IntColumn.create("step");
        IntColumn epoch = IntColumn.create("epoch");
        DoubleColumn err = DoubleColumn.create("err");
        for (Step s : run.steps()) {
            step.append(s.number());
            epoch.append(s.epoch());
            err.append(s.err());
        }
        return Table.create("steps", step, epoch, err);
    }

    private static void appendOrMissing(DoubleColumn column, double value) {
        if (Double.isNaN(value)) {
            column.appendMissing();
        } else {
            column.append(value);
        }
    }
}
