package bp.train;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/** The growing record of a run: one row per finished epoch and, when asked, one per step. */
final class History {

    private final IntColumn epoch = IntColumn.create("epoch");
    private final DoubleColumn loss = DoubleColumn.create("loss");
    private final DoubleColumn accuracy = DoubleColumn.create("accuracy");
    private final DoubleColumn valLoss = DoubleColumn.create("val_loss");
    private final DoubleColumn valAccuracy = DoubleColumn.create("val_accuracy");

    private final boolean recordSteps;
    private final IntColumn step = IntColumn.create("step");
    private final IntColumn stepEpoch = IntColumn.create("epoch");
    private final DoubleColumn stepErr = DoubleColumn.create("err");

    History(boolean recordSteps) {
        this.recordSteps = recordSteps;
    }

    /** A finished epoch; {@code validation} is null when there is no validation set. */
    void epoch(int n, Evaluation train, Evaluation validation) {
        epoch.append(n);
        loss.append(train.loss());
        accuracy.append(train.accuracy());
        if (validation == null) {
            valLoss.appendMissing();
            valAccuracy.appendMissing();
        } else {
            valLoss.append(validation.loss());
            valAccuracy.append(validation.accuracy());
        }
    }

    /** The mean Err of the batch an update step was computed from. */
    void step(int epochNumber, double err) {
        if (recordSteps) {
            step.append(step.size() + 1);
            stepEpoch.append(epochNumber);
            stepErr.append(err);
        }
    }

    int epochs() {
        return epoch.size();
    }

    /** A copy of the epoch rows so far: later epochs do not change it. */
    Table epochs(String name) {
        return Table.create(name, epoch.copy(), loss.copy(), accuracy.copy(), valLoss.copy(), valAccuracy.copy());
    }

    Table steps(String name) {
        return recordSteps ? Table.create(name, step.copy(), stepEpoch.copy(), stepErr.copy()) : null;
    }
}
