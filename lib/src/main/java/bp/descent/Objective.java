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

    /**
     * y = a(x − 2)², smallest at x = 2 like the book's example, but a times as steep: its
     * curvature y'' = 2a, so a step multiplies x − 2 by r = 1 − η·2a. a must be positive.
     */
    public static Objective parabola(double a) {
        if (!(a > 0) || Double.isInfinite(a)) {
            throw new IllegalArgumentException("a = " + a + ": the parabola y = a(x-2)^2 needs a positive, finite a, e.g. 4");
        }
        String shown = a == Math.rint(a) ? String.valueOf((long) a) : String.valueOf(a);
        return new Objective("y = " + shown + "(x-2)^2", x -> a * (x - 2) * (x - 2), x -> 2 * a * (x - 2));
    }

    /** The curvature y'' at x, from the derivative by a central difference (exact for a parabola). */
    public double curvature(double x) {
        double h = 1e-3;
        return (yPrime(x + h) - yPrime(x - h)) / (2 * h);
    }

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
