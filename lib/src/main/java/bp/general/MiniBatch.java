package bp.general;

import bp.Require;

/**
 * Room for the matrix form of a mini-batch of up to K samples (text 004): row k of each matrix
 * belongs to sample k. Z[m] and O[m] are the batch's z and o of layer m (K × size of layer m),
 * delta[m] its delta (the 附加变量, see {@link Gradients#delta}), and {@link #gradients()} the sums ΔW = Σ_k ∂Err_k/∂W, Δb and Σ_k Err_k.
 * Made once with {@link #sizedFor} and reused batch after batch, so a training loop allocates nothing.
 */
public final class MiniBatch {

    /** Z[m][k][j]: z^m_j of sample k. */
    final double[][][] Z;

    /** O[m][k][j]: o^m_j of sample k; O[0][k] is the sample's input x itself (not a copy). */
    final double[][][] O;

    /** delta[m][k][j]: delta[m][j] of sample k. */
    final double[][][] delta;

    private final Gradients sum;
    private final int capacity;
    private int rows;

    private MiniBatch(Network net, int capacity) {
        int N = net.outputLayer();
        this.capacity = capacity;
        Z = new double[N + 1][][];
        O = new double[N + 1][][];
        delta = new double[N + 1][][];
        O[0] = new double[capacity][];
        double[][][] dW = new double[N + 1][][];
        double[][] dB = new double[N + 1][];
        for (int m = 1; m <= N; m++) {
            Z[m] = new double[capacity][net.size(m)];
            O[m] = new double[capacity][net.size(m)];
            delta[m] = new double[capacity][net.size(m)];
            dW[m] = new double[net.size(m)][net.size(m - 1)];
            dB[m] = new double[net.b[m].length];
        }
        sum = new Gradients(null, dW, dB, 0);
    }

    /** Room for batches of up to {@code K} samples in {@code net}. */
    public static MiniBatch sizedFor(Network net, int K) {
        Require.atLeastOne("batch size K", K);
        return new MiniBatch(net, K);
    }

    /** The largest batch this room holds. */
    public int capacity() {
        return capacity;
    }

    /** How many samples the last batch had. */
    public int rows() {
        return rows;
    }

    /** Row k of the last batch's output O^N. */
    public double[] output(int k) {
        return O[O.length - 1][k];
    }

    /** ΔW, Δb and Σ Err of the last batch (no δ: that belongs to single samples). */
    public Gradients gradients() {
        return sum;
    }

    /** Puts the inputs X in as O^0 after checking them; gives the number of rows. */
    int load(Network net, double[][] X) {
        if (X == null || X.length == 0 || X.length > capacity) {
            throw new IllegalArgumentException("a batch of " + (X == null ? 0 : X.length) + " samples, but this room holds 1.."
                    + capacity + ": make it with MiniBatch.sizedFor(net, K) for a K at least as large");
        }
        if (Z.length != net.outputLayer() + 1 || Z[Z.length - 1][0].length != net.outputs()
                || sum.dW[1][0].length != net.inputs()) {
            throw new IllegalArgumentException("this MiniBatch was made for another network than " + net
                    + ": make it with MiniBatch.sizedFor(net, K) for this one");
        }
        for (int k = 0; k < X.length; k++) {
            O[0][k] = Require.finiteOfLength("x of sample " + k, X[k], net.inputs());
        }
        rows = X.length;
        return rows;
    }
}
