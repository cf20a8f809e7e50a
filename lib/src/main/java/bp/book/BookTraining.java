package bp.book;

import bp.Require;
import bp.data.DataSet;
import bp.general.ForwardPass;
import bp.general.Gradients;
import bp.general.Network;
import bp.neuron.Err;
import bp.train.Metrics;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.DoubleSupplier;
import java.util.stream.IntStream;

/**
 * Gradient descent for the book's small networks (chapters 2–3): on one sample step by step,
 * watching the gap (o − y) and when it changes sign, or on a few samples epoch by epoch, each
 * epoch one {@link BookNetwork#step} per sample in the data set's order.
 */
public final class BookTraining {

    private BookTraining() {
    }

    /** Gaps smaller than this are rounding noise, not a side of y. */
    static final double NOISE = 1e-12;

    /**
     * Trains {@code net} in place on the one sample (x, y); entry t is the gap (o − y) after t
     * steps, from t = 0 (before training) to {@code steps}. An interrupt ends it early with the
     * gaps so far.
     */
    public static double[] gapPerStep(BookNetwork net, double[] x, double y, double eta, int steps) {
        Require.atLeastOne("steps", steps);
        Require.positive("η (eta)", eta);
        return afterEach(steps, () -> net.step(x, y, eta), () -> Err.dErr_do(net.output(x), y));
    }

    /** Err = ½(o − y)² for every entry of a gap trace. */
    public static double[] errOf(double[] gap) {
        return Arrays.stream(gap).map(Err::ofGap).toArray();
    }

    /** How many times the gap changes sign from one step to the next (gaps below 1e-12 count as 0). */
    public static int signFlips(double[] gap) {
        return (int) IntStream.range(1, gap.length).filter(t -> flipsAt(gap, t)).count();
    }

    /** The first step t at which the gap has the other sign than at t − 1; −1 if it never flips. */
    public static int firstFlip(double[] gap) {
        return IntStream.range(1, gap.length).filter(t -> flipsAt(gap, t)).findFirst().orElse(-1);
    }

    private static boolean flipsAt(double[] gap, int t) {
        boolean real = Math.abs(gap[t]) > NOISE && Math.abs(gap[t - 1]) > NOISE;
        return real && Math.signum(gap[t]) != Math.signum(gap[t - 1]);
    }

    /** The mean loss (1/K) Σ_k ½(o − y_k)² over the K samples. */
    public static double meanErr(BookNetwork net, DataSet data) {
        requireFits(net, data);
        double sum = 0;
        for (int k = 0; k < data.size(); k++) {
            sum += net.err(data.x[k], data.y[k][0]);
        }
        return sum / data.size();
    }

    /**
     * Trains {@code net} in place; returns the mean Err before training (entry 0) and after each
     * epoch. An interrupt (IJava's stop button) ends the run early with the epochs done so far.
     */
    public static double[] errPerEpoch(BookNetwork net, DataSet data, double eta, int epochs) {
        Require.atLeastOne("epochs", epochs);
        return afterEach(epochs, () -> epoch(net, data, eta), () -> meanErr(net, data));
    }

    /**
     * {@code measure} before anything (entry 0) and after each of {@code times} runs of
     * {@code act}; an interrupt ends it early with the entries so far.
     */
    private static double[] afterEach(int times, Runnable act, DoubleSupplier measure) {
        double[] values = new double[times + 1];
        values[0] = measure.getAsDouble();
        for (int t = 1; t <= times; t++) {
            if (Thread.interrupted()) {
                return Arrays.copyOf(values, t);
            }
            act.run();
            values[t] = measure.getAsDouble();
        }
        return values;
    }

    /**
     * Trains {@code net} in place until the mean Err falls below {@code target}; true if that
     * happens within {@code maxEpochs}. An interrupt stops it with a CancellationException.
     */
    public static boolean reaches(BookNetwork net, DataSet data, double eta, int maxEpochs, double target) {
        requireFits(net, data);
        return reachesBelow(target, maxEpochs, () -> epoch(net, data, eta), () -> meanErr(net, data));
    }

    /**
     * The same for a general network, e.g. a book network's twin {@link BookNetwork#toNetwork()}:
     * one step per sample in the data set's order, p ← p − η ∂Err/∂p from {@code backprop}, which
     * reuses one room for every sample.
     */
    public static boolean reaches(Network net, DataSet data, double eta, int maxEpochs, double target) {
        Require.positive("η (eta)", eta);
        Metrics.requireFits(net, data, "data");
        Gradients g = Gradients.sizedFor(net);
        ForwardPass pass = ForwardPass.sizedFor(net);
        Runnable epoch = () -> {
            for (int k = 0; k < data.size(); k++) {
                net.step(net.backprop(data.x[k], data.y[k], g), eta);
            }
        };
        return reachesBelow(target, maxEpochs, epoch, () -> Metrics.evaluate(net, data, pass).loss());
    }

    private static boolean reachesBelow(double target, int maxEpochs, Runnable epoch, DoubleSupplier meanErr) {
        Require.atLeastOne("maxEpochs", maxEpochs);
        Require.positive("target", target);
        for (int e = 1; e <= maxEpochs; e++) {
            if (Thread.interrupted()) {
                throw new CancellationException("interrupted in epoch " + e + " of " + maxEpochs);
            }
            epoch.run();
            if (meanErr.getAsDouble() < target) {
                return true;
            }
        }
        return false;
    }

    private static void epoch(BookNetwork net, DataSet data, double eta) {
        for (int k = 0; k < data.size(); k++) {
            net.step(data.x[k], data.y[k][0], eta);
        }
    }

    private static void requireFits(BookNetwork net, DataSet data) {
        if (net == null || data == null) {
            throw new IllegalArgumentException("network and data must not be null: pass a book network and a DataSet");
        }
        data.requireShape("data", 2, 1, "a book network (it takes samples like those of Xor.data())");
    }
}
