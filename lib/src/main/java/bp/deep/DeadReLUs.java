package bp.deep;

import bp.data.DataSet;
import bp.general.ForwardPass;
import bp.general.Network;

/**
 * Hidden neurons that output exactly 0 for every sample ("dead" ReLUs, chapter 6): f'(z) = 0 there
 * for every sample, so no error passes through them and their incoming weights never change again.
 */
public final class DeadReLUs {

    private DeadReLUs() {
    }

    /** For each hidden layer m = 1..N−1 (index m − 1), how many of its neurons output 0 on every sample of {@code data}. */
    public static int[] perLayer(Network net, DataSet data) {
        LayerGradients.requireFits(net, data);
        int N = net.outputLayer();
        boolean[][] everActive = new boolean[N][];
        for (int m = 1; m < N; m++) {
            everActive[m] = new boolean[net.size(m)];
        }
        for (double[] x : data.x) {
            ForwardPass pass = net.forward(x);
            for (int m = 1; m < N; m++) {
                for (int j = 0; j < net.size(m); j++) {
                    everActive[m][j] |= pass.o[m][j] != 0;
                }
            }
        }
        int[] dead = new int[N - 1];
        for (int m = 1; m < N; m++) {
            for (boolean active : everActive[m]) {
                dead[m - 1] += active ? 0 : 1;
            }
        }
        return dead;
    }

    /** All dead hidden neurons of the network, summed over its hidden layers. */
    public static int count(Network net, DataSet data) {
        int total = 0;
        for (int d : perLayer(net, data)) {
            total += d;
        }
        return total;
    }
}
