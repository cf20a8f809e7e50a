package bp.train;

import java.util.ArrayList;
import java.util.List;

/** Training results with a history written by hand, for tests of what reads a history. */
public final class FakeRuns {

    private FakeRuns() {
    }

    /** A run whose epochs 1..n had these losses and validation accuracies (accuracy 0, validation loss 0). */
    public static TrainingResult of(double[] loss, double[] valAccuracy) {
        return of(loss, new double[loss.length], valAccuracy);
    }

    /** A run whose epochs 1..n had these losses, accuracies and validation accuracies (validation loss 0). */
    public static TrainingResult of(double[] loss, double[] accuracy, double[] valAccuracy) {
        List<Epoch> epochs = new ArrayList<>();
        for (int e = 0; e < loss.length; e++) {
            epochs.add(new Epoch(e + 1, loss[e], accuracy[e], 0, valAccuracy[e]));
        }
        return new TrainingResult(null, loss.length, List.copyOf(epochs), null, null, false);
    }
}
