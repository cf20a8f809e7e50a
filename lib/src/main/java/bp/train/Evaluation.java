package bp.train;

/**
 * How well a network does on a data set: the mean loss (1/K) Σ_k Err_k with
 * Err = ½ Σ_j (o_j − y_j)², and the fraction of samples put in the right class.
 */
public record Evaluation(double loss, double accuracy) {
}
