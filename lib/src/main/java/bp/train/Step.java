package bp.train;

/**
 * One update step of a run (recorded only with {@link Trainer#recordSteps()}).
 *
 * @param number the step, counted from 1 over the whole run
 * @param epoch  the epoch it belongs to, counted from 1
 * @param err    the mean Err of the step's batch, before the update
 */
public record Step(int number, int epoch, double err) {
}
