package bp.train;

import bp.data.DataSet;
import bp.general.Network;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a {@link Trainer} run leaves behind: the trained network (changed in place), the history
 * of every finished epoch, and why the run stopped — all epochs done, the loss diverged, or the
 * cell was interrupted. A stopped run is not an error: its history up to that point is kept.
 */
public final class TrainingResult {

    private final Network network;
    private final int plannedEpochs;
    private final Table history;
    private final Table steps;
    private final Divergence divergence;
    private final boolean interrupted;

    TrainingResult(Network network, int plannedEpochs, Table history, Table steps,
                   Divergence divergence, boolean interrupted) {
        this.network = network;
        this.plannedEpochs = plannedEpochs;
        this.history = history;
        this.steps = steps;
        this.divergence = divergence;
        this.interrupted = interrupted;
    }

    /** The network that was trained (the same object passed to {@link Trainer#train}). */
    public Network network() {
        return network;
    }

    /**
     * One row per finished epoch: epoch, loss, accuracy, val_loss, val_accuracy, measured after
     * the epoch's last update (loss = mean Err over the set; the val_ columns are missing
     * without a validation set).
     */
    public Table history() {
        return history;
    }

    /** Rows of {@link #history()} (finished epochs); fewer than planned after a stop. */
    public int epochs() {
        return history.rowCount();
    }

    /** The number of epochs the trainer was asked for. */
    public int plannedEpochs() {
        return plannedEpochs;
    }

    /** Training loss after the last finished epoch (NaN if none finished). */
    public double loss() {
        return last("loss");
    }

    /** Training accuracy after the last finished epoch (NaN if none finished). */
    public double accuracy() {
        return last("accuracy");
    }

    /** Validation loss after the last finished epoch (NaN without a validation set). */
    public double validationLoss() {
        return last("val_loss");
    }

    /** Validation accuracy after the last finished epoch (NaN without a validation set). */
    public double validationAccuracy() {
        return last("val_accuracy");
    }

    /** The first epoch after which the validation accuracy was at least {@code target}; empty if none was. */
    public OptionalInt firstEpochReaching(double target) {
        return firstEpochAtLeast("val_accuracy", target);
    }

    /** The first epoch after which the training accuracy was at least {@code target} (1.0: every sample right); empty if none was. */
    public OptionalInt firstEpochWithAccuracy(double target) {
        return firstEpochAtLeast("accuracy", target);
    }

    private OptionalInt firstEpochAtLeast(String column, double target) {
        DoubleColumn values = history.doubleColumn(column);
        for (int row = 0; row < history.rowCount(); row++) {
            if (values.getDouble(row) >= target) {
                return OptionalInt.of(history.intColumn("epoch").getInt(row));
            }
        }
        return OptionalInt.empty();
    }

    private double last(String column) {
        int rows = history.rowCount();
        return rows == 0 ? Double.NaN : history.doubleColumn(column).getDouble(rows - 1);
    }

    /**
     * One row per update step: step (from 1, over the whole run), epoch, err (the mean Err of
     * the step's batch, before the update). Recorded only with {@link Trainer#recordSteps()}.
     */
    public Table steps() {
        if (steps == null) {
            throw new IllegalStateException("steps were not recorded: call recordSteps() on the Trainer");
        }
        return steps;
    }

    /** The err column of {@link #steps()}: Err against step, the chart of chapter 2. */
    public double[] stepErr() {
        return steps().doubleColumn("err").asDoubleArray();
    }

    /** True when the loss became NaN or infinite and the run stopped there. */
    public boolean diverged() {
        return divergence != null;
    }

    /** Where the run diverged, with a hint; empty if it did not. */
    public Optional<Divergence> divergence() {
        return Optional.ofNullable(divergence);
    }

    /** True when the thread was interrupted (IJava's stop button) and the run returned early. */
    public boolean interrupted() {
        return interrupted;
    }

    /** counts[actual][predicted] of the trained network on {@code data}. */
    public int[][] confusionMatrix(DataSet data) {
        return Metrics.confusionMatrix(network, data);
    }

    /** The trained network's mean loss and accuracy on {@code data}. */
    public Evaluation evaluate(DataSet data) {
        return Metrics.evaluate(network, data);
    }

    /** One line: how far it got and how well, or why it stopped. */
    @Override
    public String toString() {
        String scores = epochs() == 0 ? "" : String.format(
                ", loss %.4g, accuracy %.3f%s", loss(), accuracy(),
                Double.isNaN(validationAccuracy()) ? "" : String.format(", val accuracy %.3f", validationAccuracy()));
        String end = diverged() ? " — stopped: " + divergence.message()
                : interrupted ? " — interrupted" : "";
        return epochs() + "/" + plannedEpochs + " epochs" + scores + end;
    }
}
