package bp.train;

import bp.data.DataSet;
import bp.general.Network;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.ToDoubleFunction;

/**
 * What a {@link Trainer} run leaves behind: the trained network (changed in place), the history
 * of every finished epoch, and why the run stopped — all epochs done, the loss diverged, or the
 * cell was interrupted. A stopped run is not an error: its history up to that point is kept.
 */
public final class TrainingResult {

    private final Network network;
    private final int plannedEpochs;
    private final List<Epoch> history;
    private final List<Step> steps;
    private final Divergence divergence;
    private final boolean interrupted;

    TrainingResult(Network network, int plannedEpochs, List<Epoch> history, List<Step> steps,
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
     * Every finished epoch in order, with its loss, accuracy and validation scores measured after
     * the epoch's last update (a table of it: {@code bp.tables.HistoryTable}).
     */
    public List<Epoch> history() {
        return history;
    }

    /** Finished epochs; fewer than planned after a stop. */
    public int epochs() {
        return history.size();
    }

    /** The number of epochs the trainer was asked for. */
    public int plannedEpochs() {
        return plannedEpochs;
    }

    /** Training loss after the last finished epoch (NaN if none finished). */
    public double loss() {
        return last(Epoch::loss);
    }

    /** Training accuracy after the last finished epoch (NaN if none finished). */
    public double accuracy() {
        return last(Epoch::accuracy);
    }

    /** Validation loss after the last finished epoch (NaN without a validation set). */
    public double validationLoss() {
        return last(Epoch::validationLoss);
    }

    /** Validation accuracy after the last finished epoch (NaN without a validation set). */
    public double validationAccuracy() {
        return last(Epoch::validationAccuracy);
    }

    /** The training loss of every finished epoch, epoch 1 first: the run's loss curve. */
    public double[] losses() {
        return perEpoch(Epoch::loss);
    }

    /** The training accuracy of every finished epoch, epoch 1 first. */
    public double[] accuracies() {
        return perEpoch(Epoch::accuracy);
    }

    /** The validation loss of every finished epoch (NaN without a validation set). */
    public double[] validationLosses() {
        return perEpoch(Epoch::validationLoss);
    }

    /** The validation accuracy of every finished epoch (NaN without a validation set). */
    public double[] validationAccuracies() {
        return perEpoch(Epoch::validationAccuracy);
    }

    /** True when the run measured a validation set after its epochs. */
    public boolean validated() {
        return !history.isEmpty() && history.get(0).validated();
    }

    /** The first epoch after which the validation accuracy was at least {@code target}; empty if none was. */
    public OptionalInt firstEpochReaching(double target) {
        return firstEpochAtLeast(Epoch::validationAccuracy, target);
    }

    /** The first epoch after which the training accuracy was at least {@code target} (1.0: every sample right); empty if none was. */
    public OptionalInt firstEpochWithAccuracy(double target) {
        return firstEpochAtLeast(Epoch::accuracy, target);
    }

    private OptionalInt firstEpochAtLeast(ToDoubleFunction<Epoch> score, double target) {
        for (Epoch e : history) {
            if (score.applyAsDouble(e) >= target) {
                return OptionalInt.of(e.number());
            }
        }
        return OptionalInt.empty();
    }

    private double last(ToDoubleFunction<Epoch> score) {
        return history.isEmpty() ? Double.NaN : score.applyAsDouble(history.get(history.size() - 1));
    }

    private double[] perEpoch(ToDoubleFunction<Epoch> score) {
        return history.stream().mapToDouble(score).toArray();
    }

    /**
     * Every update step in order: its number (from 1, over the whole run), epoch, and err (the
     * mean Err of the step's batch, before the update). Recorded only with {@link Trainer#recordSteps()}.
     */
    public List<Step> steps() {
        if (steps == null) {
            throw new IllegalStateException("steps were not recorded: call recordSteps() on the Trainer");
        }
        return steps;
    }

    /** The err of every step: Err against step, the chart of chapter 2. */
    public double[] stepErr() {
        return steps().stream().mapToDouble(Step::err).toArray();
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
