package bp.descent;

import java.util.Arrays;

/**
 * The record of one gradient-descent run: at each step, x, y(x) and the change Δx = −η·y'(x)
 * the step applies. Step 0 is the starting point, as in the book's printout.
 */
public final class Trace {

    /** How a run ended. */
    public enum Ending { RAN_ALL_STEPS, CONVERGED, DIVERGED, INTERRUPTED }

    private final Objective objective;
    private final double eta;
    private double[] x = new double[16];
    private double[] y = new double[16];
    private double[] dx = new double[16];
    private int size;
    private Ending ending = Ending.RAN_ALL_STEPS;

    Trace(Objective objective, double eta) {
        this.objective = objective;
        this.eta = eta;
    }

    void record(int step, double xNow, double yNow, double dxNow) {
        if (size == x.length) {
            x = Arrays.copyOf(x, 2 * size);
            y = Arrays.copyOf(y, 2 * size);
            dx = Arrays.copyOf(dx, 2 * size);
        }
        x[step] = xNow;
        y[step] = yNow;
        dx[step] = dxNow;
        size = step + 1;
    }

    Trace end(Ending how) {
        ending = how;
        return this;
    }

    public double eta() {
        return eta;
    }

    public Objective objective() {
        return objective;
    }

    /** The number of recorded steps (rows). */
    public int size() {
        return size;
    }

    /** x at this step. */
    public double x(int step) {
        return x[check(step)];
    }

    /** y(x) at this step. */
    public double y(int step) {
        return y[check(step)];
    }

    /** The change Δx = −η·y'(x) this step applies to x. */
    public double dx(int step) {
        return dx[check(step)];
    }

    /** x at every recorded step. */
    public double[] xs() {
        return Arrays.copyOf(x, size);
    }

    /** y at every recorded step. */
    public double[] ys() {
        return Arrays.copyOf(y, size);
    }

    /** Δx at every recorded step. */
    public double[] dxs() {
        return Arrays.copyOf(dx, size);
    }

    /** 0, 1, 2, … as doubles, for a chart's x axis. */
    public double[] steps() {
        double[] s = new double[size];
        Arrays.setAll(s, i -> i);
        return s;
    }

    /** The last recorded x. */
    public double lastX() {
        return x[size - 1];
    }

    public Ending ending() {
        return ending;
    }

    public boolean diverged() {
        return ending == Ending.DIVERGED;
    }

    /** The book's printout for the chosen steps: "step 331 x= 2.0099751868912272". */
    public String print(int... steps) {
        StringBuilder s = new StringBuilder();
        for (int step : steps) {
            s.append("step ").append(step).append(" x= ").append(x(step)).append('\n');
        }
        return s.toString();
    }

    /** A one-line summary: where it ended and how. */
    @Override
    public String toString() {
        return String.format("η = %s: %d steps, last x = %s, %s", eta, size, lastX(),
                ending.name().toLowerCase().replace('_', ' '));
    }

    private int check(int step) {
        if (step < 0 || step >= size) {
            throw new IllegalArgumentException("step " + step + " was not recorded: this trace has steps 0.."
                    + (size - 1));
        }
        return step;
    }
}
