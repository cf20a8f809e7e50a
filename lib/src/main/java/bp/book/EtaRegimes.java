package bp.book;

import bp.data.DataSet;

import java.util.function.DoublePredicate;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * Where the learning rate η of a book network crosses from one regime to the next — the gap
 * (o − y) starts changing sign, the first step overshoots, the swinging stops dying out — found by
 * bisection, and how often a loss curve goes up instead of down.
 *
 * <p>Each run starts from a fresh network ({@code fresh.get()}), so the thresholds belong to that
 * starting point and sample. Chapter 1's rule explains them: a step multiplies the gap by about
 * 1 − η·K (see {@code bp.train.Curvature.ofSample}), so it overshoots once η·K > 1 and stops
 * settling once η·K > 2.
 */
public final class EtaRegimes {

    /**
     * Halvings of [lo, hi]: 24 make an interval of width 30 narrower than 2e-6, far below the two
     * decimals the chapters print, and each halving is a whole training run.
     */
    static final int HALVINGS = 24;

    private EtaRegimes() {
    }

    /** The η in [lo, hi] where {@code holds} turns from false to true, by halving the interval. */
    public static double bisect(double lo, double hi, DoublePredicate holds) {
        if (!(lo < hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new IllegalArgumentException("[" + lo + ", " + hi + "] is not an interval: give lo < hi, both finite");
        }
        if (holds.test(lo) || !holds.test(hi)) {
            throw new IllegalArgumentException("the property must be false at η = " + lo + " and true at η = " + hi
                    + ": widen the interval so that the threshold lies inside it");
        }
        for (int k = 0; k < HALVINGS; k++) {
            double mid = (lo + hi) / 2;
            if (holds.test(mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /** The smallest η in [lo, hi] at which (o − y) changes sign within {@code steps} steps on the sample (x, y). */
    public static double flipsWithin(Supplier<? extends BookNetwork> fresh, double[] x, double y, int steps,
                                     double lo, double hi) {
        return bisect(lo, hi, eta -> BookTraining.signFlips(BookTraining.gapPerStep(fresh.get(), x, y, eta, steps)) > 0);
    }

    /** The smallest η in [lo, hi] at which the very first step carries the output past y. */
    public static double firstStepOvershoots(Supplier<? extends BookNetwork> fresh, double[] x, double y,
                                             double lo, double hi) {
        return bisect(lo, hi, eta -> BookTraining.firstFlip(BookTraining.gapPerStep(fresh.get(), x, y, eta, 1)) == 1);
    }

    /** The smallest η in [lo, hi] at which |o − y| is still above {@code still} after {@code steps} steps. */
    public static double keepsSwinging(Supplier<? extends BookNetwork> fresh, double[] x, double y, int steps,
                                       double still, double lo, double hi) {
        return bisect(lo, hi, eta -> {
            double[] gap = BookTraining.gapPerStep(fresh.get(), x, y, eta, steps);
            return Math.abs(gap[gap.length - 1]) > still;
        });
    }

    /**
     * How many of the starting points {@code start.apply(1)} … {@code start.apply(count)} bring the
     * mean Err on {@code data} below {@code target} within {@code maxEpochs} epochs at this η.
     *
     * <p>Each start trains as its general twin ({@link BookNetwork#toNetwork()}, chapter 5): the same
     * parameters and the same per-sample steps in the same order, with the general loop's reused
     * buffers, so that a hundred starts at eight η take seconds, not a minute.
     */
    public static int solved(LongFunction<? extends BookNetwork> start, DataSet data, double eta, int count,
                             int maxEpochs, double target) {
        int solved = 0;
        for (long seed = 1; seed <= count; seed++) {
            if (BookTraining.reaches(start.apply(seed).toNetwork(), data, eta, maxEpochs, target)) {
                solved++;
            }
        }
        return solved;
    }

    /** How many times a loss curve goes up from one entry to the next (by more than rounding). */
    public static int rises(double[] loss) {
        int rises = 0;
        for (int t = 1; t < loss.length; t++) {
            if (loss[t] > loss[t - 1] * (1 + 1e-12) + 1e-300) {
                rises++;
            }
        }
        return rises;
    }
}
