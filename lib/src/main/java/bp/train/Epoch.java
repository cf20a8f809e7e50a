package bp.train;

/**
 * One finished epoch of a run, measured after the epoch's last update: loss is the mean Err over
 * the training set, accuracy the fraction of its samples put in the right class; the validation
 * scores are NaN when the trainer has no validation set.
 *
 * @param number             the epoch, counted from 1
 * @param loss               mean Err on the training set
 * @param accuracy           fraction right on the training set
 * @param validationLoss     mean Err on the validation set (NaN without one)
 * @param validationAccuracy fraction right on the validation set (NaN without one)
 */
public record Epoch(int number, double loss, double accuracy, double validationLoss, double validationAccuracy) {

    /** The epoch's scores; {@code validation} is null when there is no validation set. */
    static Epoch of(int number, Evaluation train, Evaluation validation) {
        return new Epoch(number, train.loss(), train.accuracy(),
                validation == null ? Double.NaN : validation.loss(),
                validation == null ? Double.NaN : validation.accuracy());
    }

    /** True when the run had a validation set. */
    public boolean validated() {
        return !Double.isNaN(validationLoss);
    }
}
