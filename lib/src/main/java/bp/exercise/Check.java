package bp.exercise;

import bp.notebook.CellLines;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * The auto-check of an exercise: tells the learner right or wrong, with a hint, and never
 * prints the expected answer.
 *
 * <p>A check cell shows one line per exercise, however many tests it runs: "✓ ch2-dw4: right"
 * once all of them passed, or the first failure, "✗ ch2-dw4: … Hint: …", as the cell's error
 * (a {@link CheckFailed}, with no stack trace), so the cell fails in Jupyter and in grading.
 *
 * <p>The answer is passed as a lambda, so an exercise still stubbed with
 * {@code throw new UnsupportedOperationException(...)} is reported as "not answered yet".
 *
 * <p>Numbers are compared relatively: |given − expected| ≤ tolerance · max(|expected|, {@link #TINY}),
 * so a gradient of 1e-8 is checked to its own digits, not passed by any answer near zero.
 * NaN and ±∞ are never right.
 */
public final class Check {

    /** The relative tolerance of {@link #close(String, DoubleSupplier, double, String)} and {@link #near}. */
    public static final double TOLERANCE = 1e-9;

    /** Below this size an expected value counts as this size: answers at rounding level of 0 still pass. */
    public static final double TINY = 1e-6;

    private static final CellLines LINES = CellLines.inNotebook();

    private Check() {
    }

    /** The learner's number must equal {@code expected} to within {@link #TOLERANCE} (relative). */
    public static void close(String gradeId, DoubleSupplier answer, double expected, String hint) {
        close(gradeId, answer, expected, TOLERANCE, hint);
    }

    /** The learner's number must equal {@code expected} to within {@code tolerance} (relative). */
    public static void close(String gradeId, DoubleSupplier answer, double expected, double tolerance, String hint) {
        double given = evaluate(gradeId, answer::getAsDouble, hint);
        if (!Double.isFinite(given)) {
            throw wrong(gradeId, "your value is " + given + (Double.isNaN(given)
                    ? " (not a number: look for 0/0, ∞ − ∞ or a missing initial value)"
                    : " (look for a division by zero or a number that grew without bound)"), hint);
        }
        if (!near(given, expected, tolerance)) {
            throw wrong(gradeId, "your value " + given + " is not the expected one", hint);
        }
        right(gradeId);
    }

    /** The learner's answer must equal {@code expected} (by {@code equals}). */
    public static <T> void equal(String gradeId, Supplier<T> answer, T expected, String hint) {
        T given = evaluate(gradeId, answer, hint);
        if (!Objects.equals(given, expected)) {
            throw wrong(gradeId, "your answer " + given + " is not the expected one", hint);
        }
        right(gradeId);
    }

    /** A property the learner's code must have, e.g. "the loss went down". */
    public static void that(String gradeId, BooleanSupplier holds, String hint) {
        boolean ok = evaluate(gradeId, holds::getAsBoolean, hint);
        if (!ok) {
            throw wrong(gradeId, "the check does not hold for your code", hint);
        }
        right(gradeId);
    }

    /**
     * True when {@code given} equals {@code expected} to within {@link #TOLERANCE} (relative, see
     * the class comment), false for NaN or ±∞: for {@link #that} checks over many cases, which
     * then report once instead of once per case.
     */
    public static boolean near(double given, double expected) {
        return near(given, expected, TOLERANCE);
    }

    /** True when |given − expected| ≤ tolerance · max(|expected|, {@link #TINY}) and given is finite. */
    public static boolean near(double given, double expected, double tolerance) {
        return Double.isFinite(given) && Double.isFinite(expected)
                && Math.abs(given - expected) <= tolerance * Math.max(Math.abs(expected), TINY);
    }

    private static <T> T evaluate(String gradeId, Supplier<T> answer, String hint) {
        try {
            return answer.get();
        } catch (UnsupportedOperationException e) {
            throw wrong(gradeId, "not answered yet: replace the `throw` in the exercise cell with your code", hint);
        } catch (RuntimeException | StackOverflowError e) {
            throw wrong(gradeId, "your code threw " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), hint);
        }
    }

    private static CheckFailed wrong(String gradeId, String what, String hint) {
        LINES.clear(gradeId);
        return new CheckFailed("✗ " + gradeId + ": " + what + ". Hint: " + hint);
    }

    private static void right(String gradeId) {
        LINES.put(gradeId, "✓ " + gradeId + ": right");
    }
}
