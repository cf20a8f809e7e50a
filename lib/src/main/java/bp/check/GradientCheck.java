package bp.check;

import bp.Require;
import bp.book.BookNetwork;
import bp.general.Gradients;
import bp.general.Network;
import bp.general.Parameter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ToDoubleFunction;

/**
 * The gradient check: compares each analytic ∂Err/∂θ with the central difference
 * (Err(θ + h) − Err(θ − h)) / 2h, one parameter at a time, the others held fixed.
 * Their relative error is |analytic − numeric| / max(|analytic|, |numeric|, {@value #TINY}).
 *
 * <p>Each parameter is perturbed in place and then given back its exact original value,
 * so the network is unchanged afterwards.
 */
public final class GradientCheck {

    /** The step h: small enough that the h² error of the central difference is tiny, large enough for rounding. */
    public static final double H = 1e-5;

    /** Below this size a gradient counts as zero, so two almost-zero numbers are not called far apart. */
    public static final double TINY = 1e-8;

    private GradientCheck() {
    }

    /** Checks {@code net.backprop(x, y)}, the loop form, on one sample. */
    public static CheckResult of(Network net, double[] x, double[] y) {
        return of(net, x, y, net.backprop(x, y));
    }

    /** Checks a given gradient (e.g. from {@code MatrixBackprop}, or a learner's) for the sample (x, y). */
    public static CheckResult of(Network net, double[] x, double[] y, Gradients analytic) {
        Require.finiteOfLength("x", x, net.inputs());
        Require.finiteOfLength("y", y, net.outputs());
        requireShapeOf(net, analytic);
        List<Parameter> all = Parameter.all(net);
        double[] values = all.stream().mapToDouble(p -> p.of(analytic)).toArray();
        return compare(namesOf(net, all), values, byIndex(net, all), () -> net.err(x, y), H);
    }

    /** Checks the mean gradient over a batch against the central difference of the mean Err. */
    public static CheckResult ofBatch(Network net, double[][] xs, double[][] ys) {
        requireBatch(xs, ys);
        List<Parameter> all = Parameter.all(net);
        double[] mean = new double[all.size()];
        for (int s = 0; s < xs.length; s++) {
            Gradients g = net.backprop(xs[s], ys[s]);
            for (int k = 0; k < mean.length; k++) {
                mean[k] += all.get(k).of(g) / xs.length;
            }
        }
        return compare(namesOf(net, all), mean, byIndex(net, all), () -> meanErr(net, xs, ys), H);
    }

    /** Checks a book network's closed-form gradients (w1, …, b3) on one sample. */
    public static CheckResult of(BookNetwork book, double[] x, double y) {
        return of(book.parameterNames(), book::get, book::set, () -> book.err(x, y), book.gradient(x, y));
    }

    /**
     * Checks any model whose parameters can be read and written by name: {@code err} computes
     * the loss from the current values, {@code analytic} holds ∂Err/∂p for every name.
     */
    public static CheckResult of(List<String> names, ToDoubleFunction<String> get, ObjDoubleConsumer<String> set,
                                 DoubleSupplier err, Map<String, Double> analytic) {
        double[] values = new double[names.size()];
        for (int k = 0; k < values.length; k++) {
            Double value = analytic.get(names.get(k));
            if (value == null) {
                throw new IllegalArgumentException("the analytic gradient has no entry for \"" + names.get(k)
                        + "\"; it has " + analytic.keySet());
            }
            values[k] = value;
        }
        Access access = new Access() {
            public double get(int k) {
                return get.applyAsDouble(names.get(k));
            }

            public void set(int k, double value) {
                set.accept(names.get(k), value);
            }
        };
        return compare(names, values, access, err, H);
    }

    /**
     * Checks a loss written as a function of a parameter vector θ. The function is evaluated
     * on a copy of θ, so {@code theta} itself is never touched.
     */
    public static CheckResult of(String[] names, double[] theta, ToDoubleFunction<double[]> err,
                                 double[] analytic, double h) {
        Require.finite("θ (theta)", theta);
        Require.notNull("names", names, "give one name per parameter");
        Require.sameCount("names", names.length, "entries of θ", theta.length, "give one name per parameter");
        Require.finiteOfLength("analytic gradient", analytic, theta.length);
        Require.positive("h", h);
        double[] point = theta.clone();
        Access access = new Access() {
            public double get(int k) {
                return point[k];
            }

            public void set(int k, double value) {
                point[k] = value;
            }
        };
        return compare(List.of(names), analytic, access, () -> err.applyAsDouble(point), h);
    }

    /** |analytic − numeric| / max(|analytic|, |numeric|, TINY): 0 when they agree, about 1 when they have nothing in common. */
    public static double relativeError(double analytic, double numeric) {
        double scale = Math.max(Math.max(Math.abs(analytic), Math.abs(numeric)), TINY);
        return Math.abs(analytic - numeric) / scale;
    }

    // ---- the check itself -------------------------------------------------------------------

    /** Reads and writes θ_k. */
    private interface Access {
        double get(int k);

        void set(int k, double value);
    }

    private static CheckResult compare(List<String> names, double[] analytic, Access theta,
                                       DoubleSupplier err, double h) {
        List<CheckResult.Row> rows = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            double numeric = centralDifference(theta, k, err, h);
            rows.add(new CheckResult.Row(names.get(k), analytic[k], numeric, relativeError(analytic[k], numeric)));
        }
        return new CheckResult(rows, h);
    }

    /** (Err(θ_k + h) − Err(θ_k − h)) / 2h; θ_k gets its exact original value back, even on failure. */
    private static double centralDifference(Access theta, int k, DoubleSupplier err, double h) {
        double original = theta.get(k);
        try {
            theta.set(k, original + h);
            double errPlus = err.getAsDouble();
            theta.set(k, original - h);
            double errMinus = err.getAsDouble();
            return (errPlus - errMinus) / (2 * h);
        } finally {
            theta.set(k, original);
        }
    }

    // ---- the general network's parameters ---------------------------------------------------

    private static Access byIndex(Network net, List<Parameter> all) {
        return new Access() {
            public double get(int k) {
                return all.get(k).get(net);
            }

            public void set(int k, double value) {
                all.get(k).set(net, value);
            }
        };
    }

    private static List<String> namesOf(Network net, List<Parameter> all) {
        return all.stream().map(p -> p.name(net)).toList();
    }

    private static double meanErr(Network net, double[][] xs, double[][] ys) {
        double sum = 0;
        for (int s = 0; s < xs.length; s++) {
            sum += net.err(xs[s], ys[s]);
        }
        return sum / xs.length;
    }

    private static void requireBatch(double[][] xs, double[][] ys) {
        if (xs == null || xs.length == 0) {
            throw new IllegalArgumentException("a batch needs at least one input: got " + (xs == null ? "null" : "none"));
        }
        Require.sameCount("targets", ys == null ? 0 : ys.length, "inputs", xs.length, "give one target per input");
    }

    private static void requireShapeOf(Network net, Gradients g) {
        if (g == null || !g.hasShapeOf(net)) {
            throw new IllegalArgumentException("the gradient does not have the shape of the network " + net
                    + " (sizes " + Arrays.toString(net.sizes()) + "): compute it with this network's backprop");
        }
    }
}
