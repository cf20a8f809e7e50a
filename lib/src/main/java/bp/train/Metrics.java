package bp.train;

import bp.Require;
import bp.data.DataSet;
import bp.data.OneHot;
import bp.general.ForwardPass;
import bp.general.Network;

/**
 * Loss, accuracy and confusion matrix of a network on a data set.
 *
 * <p>The class of an output vector is the index of its largest entry (argmax); a network with a
 * single output answers class 1 when o ≥ 0.5 and class 0 otherwise, and its target y is read the
 * same way.
 */
public final class Metrics {

    private Metrics() {
    }

    /** Mean loss and accuracy from one forward pass per sample. */
    public static Evaluation evaluate(Network net, DataSet data) {
        requireFits(net, data, "data");
        return evaluate(net, data, ForwardPass.sizedFor(net));     // one room for every sample's pass
    }

    /**
     * The same, every sample's forward pass written into {@code pass} ({@link ForwardPass#sizedFor}),
     * for a loop that evaluates after every epoch; the data must fit the network ({@link #requireFits}).
     */
    public static Evaluation evaluate(Network net, DataSet data, ForwardPass pass) {
        double errSum = 0;
        int right = 0;
        for (int k = 0; k < data.size(); k++) {
            double[] o = net.forward(data.x[k], pass).output();
            errSum += Network.squaredError(o, data.y[k]);
            if (classOf(o) == classOf(data.y[k])) {
                right++;
            }
        }
        return new Evaluation(errSum / data.size(), (double) right / data.size());
    }

    /** The mean Err over the samples. */
    public static double loss(Network net, DataSet data) {
        return evaluate(net, data).loss();
    }

    /** The fraction of samples whose predicted class is their target class. */
    public static double accuracy(Network net, DataSet data) {
        return evaluate(net, data).accuracy();
    }

    /** The class the network predicts for input x. */
    public static int predictedClass(Network net, double[] x) {
        return classOf(net.output(x));
    }

    /** The class an output or target vector stands for: argmax, or o ≥ 0.5 for a single output. */
    public static int classOf(double[] v) {
        if (v.length == 1) {
            return v[0] >= 0.5 ? 1 : 0;
        }
        return OneHot.argmax(v);
    }

    /**
     * counts[a][p]: how many samples of actual class a the network put in class p. Rows and
     * columns follow the data set's class order (2 × 2 for a single output).
     */
    public static int[][] confusionMatrix(Network net, DataSet data) {
        requireFits(net, data, "data");
        int classes = Math.max(2, data.outputs());
        int[][] counts = new int[classes][classes];
        for (int k = 0; k < data.size(); k++) {
            counts[classOf(data.y[k])][predictedClass(net, data.x[k])]++;
        }
        return counts;
    }

    /** The data set's samples must fit the network's input and output layers. */
    public static void requireFits(Network net, DataSet data, String what) {
        Require.notNull("network", net, "pass the Network to train or evaluate");
        Require.notNull(what, data, "pass a DataSet with at least one sample");
        data.requireShape(what, net.inputs(), net.outputs(), "the network " + net);
    }
}
