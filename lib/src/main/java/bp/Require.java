package bp;

import java.util.Arrays;

/**
 * The checks every public entry point makes before it computes anything.
 * Each failure is an {@link IllegalArgumentException} whose message names the value
 * that was wrong and says what was expected, so a learner knows what to change.
 */
public final class Require {

    private Require() {
    }

    /** A value that must be given: null is refused as "{what} is null: " followed by {@code fix}. */
    public static <T> T notNull(String what, T value, String fix) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is null: " + fix);
        }
        return value;
    }

    /** A number that must be finite: not NaN, not ±∞. */
    public static double finite(String what, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(
                    what + " = " + value + ", but it must be a finite number (not NaN or infinite)");
        }
        return value;
    }

    /** A vector whose every entry must be finite. */
    public static double[] finite(String what, double[] values) {
        if (values == null) {
            throw new IllegalArgumentException(what + " is null: pass an array of numbers");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(what + "[" + i + "] = " + values[i]
                        + " in " + Arrays.toString(values) + ", but every entry must be a finite number");
            }
        }
        return values;
    }

    /** The learning rate η, or any other number that must be above zero. */
    public static double positive(String what, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(
                    what + " = " + value + ", but it must be a finite number greater than 0");
        }
        return value;
    }

    /** A weight decay λ or a tolerance: zero allowed, negative not. */
    public static double nonNegative(String what, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(
                    what + " = " + value + ", but it must be a finite number ≥ 0");
        }
        return value;
    }

    /** A count that must be at least 1: steps, epochs, neurons. */
    public static int atLeastOne(String what, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " = " + value + ", but it must be at least 1");
        }
        return value;
    }

    /** A vector that must have exactly {@code expected} entries. */
    public static double[] length(String what, double[] values, int expected) {
        if (values == null) {
            throw new IllegalArgumentException(what + " is null: pass an array of " + expected + " numbers");
        }
        if (values.length != expected) {
            throw new IllegalArgumentException(what + " has " + values.length + " entries "
                    + Arrays.toString(values) + ", but the network expects " + expected);
        }
        return values;
    }

    /**
     * Two things that must match one for one (values and parameters, targets and inputs):
     * {@code count} of {@code what} for {@code expected} of {@code against}, refused as
     * "3 values for 9 parameters: " followed by {@code fix}, what to do instead.
     */
    public static int sameCount(String what, int count, String against, int expected, String fix) {
        if (count != expected) {
            throw new IllegalArgumentException(count + " " + what + " for " + expected + " " + against + ": " + fix);
        }
        return count;
    }

    /** An array with one entry for each of {@code expected} things (see {@link #sameCount(String, int, String, int, String)}). */
    public static double[] sameCount(String what, double[] values, String against, int expected, String fix) {
        if (values == null) {
            throw new IllegalArgumentException("no " + what + " for " + expected + " " + against + ": " + fix);
        }
        sameCount(what, values.length, against, expected, fix);
        return values;
    }

    /** A finite vector of exactly {@code expected} entries. */
    public static double[] finiteOfLength(String what, double[] values, int expected) {
        return finite(what, length(what, values, expected));
    }
}
