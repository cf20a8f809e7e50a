package bp.deep;

import bp.data.DataSet;
import bp.general.Gradients;
import bp.general.Network;

/**
 * How large the weight gradients of each layer are (chapter 6, vanishing gradients).
 * Every ∂Err/∂w^m_{j,i} = a^m_j o^{m−1}_i carries the product of f' and w along the path back
 * from the output, so in a deep sigmoid network the layers near the input get the smallest ones.
 */
public final class LayerGradients {

    private LayerGradients() {
    }

    /**
     * For each layer m = 1..N, the mean of |∂Err/∂w^m_{j,i}| over all its weights and over all
     * samples (one backward pass per sample, nothing is updated). Index 0 holds layer 1.
     */
    public static double[] meanAbs(Network net, DataSet data) {
        requireFits(net, data);
        int N = net.outputLayer();
        double[] mean = new double[N];
        for (int k = 0; k < data.size(); k++) {
            Gradients g = net.backprop(data.x[k], data.y[k]);
            for (int m = 1; m <= N; m++) {
                mean[m - 1] += meanAbs(g.dW[m]) / data.size();
            }
        }
        return mean;
    }

    /** The mean |value| of one layer's weight gradients dW[m][j][i]. */
    static double meanAbs(double[][] dW) {
        double sum = 0;
        int count = 0;
        for (double[] row : dW) {
            for (double d : row) {
                sum += Math.abs(d);
                count++;
            }
        }
        return sum / count;
    }

    static void requireFits(Network net, DataSet data) {
        if (net == null || data == null) {
            throw new IllegalArgumentException("network " + net + ", data " + data + ": give both");
        }
        data.requireShape("data", net.inputs(), net.outputs(), "the network " + net);
    }
}
