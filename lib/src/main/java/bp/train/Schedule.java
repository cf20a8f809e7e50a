package bp.train;

import bp.Require;

/**
 * The learning rate η as a function of the epoch (from 1). The book notes that η need not stay
 * fixed: a large η moves fast at the start, a smaller one later lets the weights settle where a
 * constant η would keep them jumping around the minimum (chapter 1: each step multiplies the
 * distance to the minimum by about 1 − η·curvature, so a smaller η shrinks the jump).
 *
 * <pre>{@code
 * new Trainer().schedule(Schedule.stepDecay(2.0, 0.5, 50))   // 2.0, halved every 50 epochs
 * new Trainer().schedule(Schedule.inverseTime(2.0, 0.05))     // η0 / (1 + 0.05·(epoch − 1))
 * }</pre>
 */
@FunctionalInterface
public interface Schedule {

    /** The η used for every update of {@code epoch} (1, 2, …). */
    double eta(int epoch);

    /** The same η in every epoch (what {@link Trainer#eta(double)} sets). */
    static Schedule constant(double eta) {
        Require.positive("η (eta)", eta);
        return named(epoch -> eta, "constant η = " + eta);
    }

    /** Step decay: η0 for the first {@code every} epochs, then η0·factor, η0·factor², … */
    static Schedule stepDecay(double eta0, double factor, int every) {
        Require.positive("η0 (starting eta)", eta0);
        requireFactor(factor);
        Require.atLeastOne("epochs between two decays", every);
        return named(epoch -> eta0 * Math.pow(factor, (epoch - 1) / every),
                "step decay η0 = " + eta0 + ", × " + factor + " every " + every + " epochs");
    }

    /** 1/t decay: η = η0 / (1 + k·(epoch − 1)), so η0 in epoch 1 and about η0/(k·t) late on. */
    static Schedule inverseTime(double eta0, double k) {
        Require.positive("η0 (starting eta)", eta0);
        Require.positive("k (decay rate of 1/t)", k);
        return named(epoch -> eta0 / (1 + k * (epoch - 1)), "1/t decay η0 = " + eta0 + ", k = " + k);
    }

    private static void requireFactor(double factor) {
        if (!(factor > 0 && factor <= 1)) {
            throw new IllegalArgumentException("decay factor = " + factor
                    + ": give a number in (0, 1], e.g. 0.5 to halve η at each step");
        }
    }

    /** A schedule whose toString says what it is (for Trainer.toString and chart legends). */
    private static Schedule named(Schedule schedule, String name) {
        return new Schedule() {
            @Override
            public double eta(int epoch) {
                if (epoch < 1) {
                    throw new IllegalArgumentException("epoch = " + epoch + ": epochs count from 1");
                }
                return schedule.eta(epoch);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
