package bp.book;

import bp.Require;
import bp.data.DataSet;

import java.util.Arrays;
import java.util.concurrent.CancellationException;

/**
 * Per-sample gradient descent for the book's small networks on a few samples (chapters 2–3):
 * each epoch takes one {@link BookNetwork#step} per sample, in the data set's order.
 */
public final class BookTraining {

    private BookTraining() {
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
        double[] err = new double[epochs + 1];
        err[0] = meanErr(net, data);
        for (int e = 1; e <= epochs; e++) {
            if (Thread.interrupted()) {
                return Arrays.copyOf(err, e);
            }
            epoch(net, data, eta);
            err[e] = meanErr(net, data);
        }
        return err;
    }

    /**
     * Trains {@code net} in place until the mean Err falls below {@code target}; true if that
     * happens within {@code maxEpochs}. An interrupt stops it with a CancellationException.
     */
    public static boolean reaches(BookNetwork net, DataSet data, double eta, int maxEpochs, double target) {
        Require.atLeastOne("maxEpochs", maxEpochs);
        Require.positive("target", target);
        for (int e = 1; e <= maxEpochs; e++) {
            if (Thread.interrupted()) {
                throw new CancellationException("interrupted in epoch " + e + " of " + maxEpochs);
            }
            epoch(net, data, eta);
            if (meanErr(net, data) < target) {
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
        if (data.inputs() != 2 || data.outputs() != 1) {
            throw new IllegalArgumentException("data has " + data.inputs() + " inputs and " + data.outputs()
                    + " targets per sample; the book's networks take 2 inputs and 1 target, e.g. Xor.data()");
        }
    }
}
