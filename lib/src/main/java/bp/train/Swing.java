package bp.train;

import java.util.List;

/**
 * How much a run still swings over a window of epochs: in how many epochs the training loss
 * went up instead of down, and between which values the loss and the validation accuracy moved.
 * A run that settles has no rises and narrow ranges; a too-large η keeps rising and falling
 * (振荡), a saturated one sits still at a high loss.
 *
 * @param from            first epoch of the window
 * @param to              last epoch of the window
 * @param lossRises       epochs in the window whose loss is higher than the epoch before
 * @param lossMin         smallest training loss in the window
 * @param lossMax         largest training loss in the window
 * @param valAccuracyMin  smallest validation accuracy in the window (NaN without validation)
 * @param valAccuracyMax  largest validation accuracy in the window (NaN without validation)
 */
public record Swing(int from, int to, int lossRises, double lossMin, double lossMax,
                    double valAccuracyMin, double valAccuracyMax) {

    /** The swing of {@code run} over epochs {@code from..to} (both counted from 1, clipped to the epochs run). */
    public static Swing of(TrainingResult run, int from, int to) {
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("epochs " + from + ".." + to + ": give 1 ≤ from ≤ to");
        }
        List<Epoch> h = run.history();
        int last = Math.min(to, h.size());
        if (last < from) {
            throw new IllegalArgumentException("the run has " + h.size() + " epochs, none in " + from + ".." + to);
        }
        int rises = 0;
        double lossMin = Double.POSITIVE_INFINITY, lossMax = Double.NEGATIVE_INFINITY;
        double valMin = Double.POSITIVE_INFINITY, valMax = Double.NEGATIVE_INFINITY;
        for (int row = from - 1; row < last; row++) {
            Epoch e = h.get(row);
            if (row > 0 && e.loss() > h.get(row - 1).loss()) {
                rises++;
            }
            lossMin = Math.min(lossMin, e.loss());
            lossMax = Math.max(lossMax, e.loss());
            valMin = Math.min(valMin, e.validationAccuracy());
            valMax = Math.max(valMax, e.validationAccuracy());
        }
        return new Swing(from, last, rises, lossMin, lossMax,
                Double.isFinite(valMin) ? valMin : Double.NaN, Double.isFinite(valMax) ? valMax : Double.NaN);
    }
}
