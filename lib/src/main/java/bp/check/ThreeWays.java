package bp.check;

/**
 * One parameter's ∂Err/∂p computed three ways: the book's closed form (chapters 2–4), the
 * central difference, and the general network of chapter 5 built from the same parameters.
 */
public record ThreeWays(String parameter, double closedForm, double centralDifference, double general) {

    /** |closed form − central difference|: tiny (rounding and the h² of the difference) when the formula is right. */
    public double closedMinusNumeric() {
        return Math.abs(closedForm - centralDifference);
    }

    /** |closed form − general loop|: rounding only, since both are exact. */
    public double closedMinusGeneral() {
        return Math.abs(closedForm - general);
    }
}
