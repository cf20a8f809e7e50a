package bp.descent;

import java.util.function.DoubleUnaryOperator;

/**
 * A function of one variable to minimise, with its first derivative.
 * Chapter 1 uses the book's example y = (x − 2)², y' = 2(x − 2).
 *
 * @param formula how the function is written, for tables and chart titles
 * @param y       the function y(x)
 * @param yPrime  its derivative y'(x)
 */
public record Objective(String formula, DoubleUnaryOperator y, DoubleUnaryOperator yPrime) {

    /** The book's example: y = (x − 2)², smallest at x = 2. */
    public static final Objective PARABOLA = new Objective("y = (x-2)^2", x -> (x - 2) * (x - 2), x -> 2 * (x - 2));

    public double y(double x) {
        return y.applyAsDouble(x);
    }

    public double yPrime(double x) {
        return yPrime.applyAsDouble(x);
    }

    @Override
    public String toString() {
        return formula;
    }
}
