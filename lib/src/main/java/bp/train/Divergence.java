package bp.train;

/**
 * Where a training run blew up: the loss stopped being a finite number, a sign that η is too
 * large for this network and data (chapter 1: above the critical η the steps overshoot further
 * each time).
 *
 * @param epoch the epoch (from 1) in which it happened
 * @param step  the update step within that epoch (from 1)
 * @param loss  the value the loss took: NaN or ±∞
 * @param eta   the learning rate of the run
 */
public record Divergence(int epoch, int step, double loss, double eta) {

    /** E.g. "loss became NaN at epoch 12, step 3: η = 5.0 is too large, try a smaller η". */
    public String message() {
        return "loss became " + loss + " at epoch " + epoch + ", step " + step + ": η = " + eta
                + " is too large, try a smaller η";
    }

    @Override
    public String toString() {
        return message();
    }
}
