package bp.descent;

import bp.Require;

/**
 * Gradient descent on a function of one variable: x ← x − η·y'(x), step after step.
 *
 * <pre>{@code
 * Trace t = GradientDescent.on(Objective.PARABOLA).from(10).eta(0.01).steps(1000).run();
 * }</pre>
 *
 * A run that leaves the range of doubles (η too large) stops and is marked diverged; it is
 * not an error, so a chart can show it. A function that answers NaN is an error.
 */
public final class GradientDescent {

    private final Objective objective;
    private double x0 = 10;
    private double eta = 0.01;
    private int steps = 1000;
    private double tolerance = 0;

    private GradientDescent(Objective objective) {
        this.objective = objective;
    }

    /** Descends on this function. */
    public static GradientDescent on(Objective objective) {
        return new GradientDescent(Require.notNull("objective", objective, "pass e.g. Objective.PARABOLA"));
    }

    /** The starting point x (the book starts at 10). */
    public GradientDescent from(double x0) {
        this.x0 = Require.finite("start x", x0);
        return this;
    }

    /** The learning rate η (the book uses 0.01). */
    public GradientDescent eta(double eta) {
        this.eta = Require.positive("η (eta)", eta);
        return this;
    }

    /** At most this many steps (the book runs 1000). */
    public GradientDescent steps(int steps) {
        this.steps = Require.atLeastOne("steps", steps);
        return this;
    }

    /** Stop early once the change |Δx| of a step is below this; 0 (the default) never stops early. */
    public GradientDescent stopWhenChangeBelow(double tolerance) {
        this.tolerance = Require.nonNegative("tolerance", tolerance);
        return this;
    }

    /** Runs the descent and records every step. */
    public Trace run() {
        Trace trace = new Trace(objective, eta);
        double x = x0;
        for (int step = 0; step < steps; step++) {
            double y = evaluate("y", objective.y(x), x);
            double dx = Update.change(eta, evaluate("y'", objective.yPrime(x), x));
            trace.record(step, x, y, dx);
            if (!Double.isFinite(y) || !Double.isFinite(x + dx)) {
                return trace.end(Trace.Ending.DIVERGED);
            }
            if (Math.abs(dx) < tolerance) {
                return trace.end(Trace.Ending.CONVERGED);
            }
            if (Thread.interrupted()) {
                return trace.end(Trace.Ending.INTERRUPTED);
            }
            x = x + dx;
        }
        return trace;
    }

    private double evaluate(String what, double value, double x) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException(what + "(x) returned NaN at x = " + x + " for " + objective
                    + ": the function must give a number at every x the descent visits");
        }
        return value;
    }
}
