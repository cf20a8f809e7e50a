package bp.deep;

import bp.Require;
import bp.data.DataSet;
import bp.general.ForwardPass;
import bp.general.Network;

/**
 * The two factors a^m_j = f'(z^m_j) Σ_l a^{m+1}_l w^{m+1}_{l,j} multiplies in at every layer on the
 * way back (chapter 6): how large f' is, and how large the weights that carry the delta back are.
 */
public final class LayerFactors {

    private LayerFactors() {
    }

    /** For each layer m = 1..N (index m − 1), the mean of f'(z^m_j) over its neurons and the samples. */
    public static double[] meanFPrime(Network net, DataSet data) {
        LayerGradients.requireFits(net, data);
        int N = net.outputLayer();
        double[] mean = new double[N];
        for (double[] x : data.x) {
            ForwardPass pass = net.forward(x);
            for (int m = 1; m <= N; m++) {
                for (int j = 0; j < net.size(m); j++) {
                    mean[m - 1] += net.f[m].fPrime(pass.z[m][j]) / (net.size(m) * data.size());
                }
            }
        }
        return mean;
    }

    /**
     * For each layer m = 1..N (index m − 1), the mean over the neurons j of layer m − 1 of
     * Σ_l (w^m_{l,j})²: the squared size of the weights through which the deltas of layer m
     * reach neuron j. With Var(w) = 1/n and n_m = n_{m−1} it is about 1; out of a single output
     * neuron it is one weight², much smaller.
     */
    public static double[] backwardSquares(Network net) {
        Require.notNull("network", net, "give the network to measure");
        int N = net.outputLayer();
        double[] mean = new double[N];
        for (int m = 1; m <= N; m++) {
            for (double[] row : net.w[m]) {
                for (double wlj : row) {
                    mean[m - 1] += wlj * wlj / net.size(m - 1);
                }
            }
        }
        return mean;
    }
}
