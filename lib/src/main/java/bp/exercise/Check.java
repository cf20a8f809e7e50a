package bp.exercise;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * The auto-check of an exercise: tells the learner right or wrong, with a hint, and never
 * prints the expected answer. A wrong or missing answer throws an {@link AssertionError}, so the
 * check cell fails in Jupyter and in grading; a right one prints a single line.
 *
 * <p>The answer is passed as a lambda, so an exercise still stubbed with
 * {@code throw new UnsupportedOperationException(...)} is reported as "not answered yet".
 */
public final class Check {

    /** Two numbers this close (relative, or absolute near zero) count as the same answer. */
    public static final double TOLERANCE = 1e-9;

    private Check() {
    }

    /** The learner's number must equal {@code expected} to within {@link #TOLERANCE}. */
    public static void close(String gradeId, DoubleSupplier answer, double expected, String hint) {
        close(gradeId, answer, expected, TOLERANCE, hint);
    }

    /** The learner's number must equal {@code expected} to within {@code tolerance}. */
    public static void close(String gradeId, DoubleSupplier answer, double expected, double tolerance, String hint) {
        double given = evaluate(gradeId, answer::getAsDouble, hint);
        if (!(Math.abs(given - expected) <= tolerance * Math.max(1, Math.abs(expected)))) {
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
     * True when {@code given} equals {@code expected} to within {@link #TOLERANCE}: for
     * {@link #that} checks over many cases, which then report once instead of once per case.
     */
    public static boolean near(double given, double expected) {
        return Math.abs(given - expected) <= TOLERANCE * Math.max(1, Math.abs(expected));
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

    private static AssertionError wrong(String gradeId, String what, String hint) {
        return new AssertionError("✗ " + gradeId + ": " + what + ". Hint: " + hint);
    }

    private static void right(String gradeId) {
        System.out.println("✓ " + gradeId + ": right");
    }
}
