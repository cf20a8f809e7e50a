package bp.general;

import bp.Require;
import bp.neuron.Err;

import java.util.Arrays;

import static bp.general.Matrices.fPrime;
import static bp.general.Matrices.minus;
import static bp.general.Matrices.times;
import static bp.general.Matrices.timesTransposed;
import static bp.general.Matrices.transposeTimes;

/**
 * Backpropagation in the matrix form of texts 001, 002 and 004: the same numbers as the
 * loop form {@link Network#backprop}, a whole layer at a time.
 *
 * <pre>
 *   z^m = W^m o^(m−1) + b^m,   o^m = f(z^m)            forward
 *   δ^N = (o^N − y) ⊙ f'(z^N)                           (BP1)
 *   δ^m = (W^(m+1))ᵀ δ^(m+1) ⊙ f'(z^m)                  (BP2)
 *   ∇W^m = δ^m (o^(m−1))ᵀ                               (BP3)
 *   ∇b^m = δ^m  (one bias per neuron),  Σ_j δ^m_j (shared)   (BP4)
 * </pre>
 *
 * δ^m is the book's a^m ({@link Gradients#delta}). What this leaves out: batches and weight decay (see bp.train).
 */
public final class MatrixBackprop {

    private MatrixBackprop() {
    }

    /** The forward pass a layer at a time: z^m = W^m o^(m−1) + b^m, o^m = f(z^m); o^0 = x. */
    public static ForwardPass forward(Network net, double[] x) {
        Require.finiteOfLength("x", x, net.inputs());
        MiniBatch one = MiniBatch.sizedFor(net, 1);
        forward(net, new double[][] {x}, one);
        return new ForwardPass(firstRows(one.Z, new double[0]), firstRows(one.O, x.clone()));
    }

    /** ∂Err/∂w and ∂Err/∂b of one sample (x, y), with every δ^m on the way: a batch of one. */
    public static Gradients backprop(Network net, double[] x, double[] y) {
        Require.finiteOfLength("x", x, net.inputs());
        Require.finiteOfLength("y", y, net.outputs());
        MiniBatch one = MiniBatch.sizedFor(net, 1);
        Gradients sum = backprop(net, new double[][] {x}, new double[][] {y}, one);
        return new Gradients(firstRows(one.delta, new double[0]), sum.dW, sum.dB, sum.err);
    }

    /**
     * The forward pass of a whole batch, row k = sample k: Z^m = O^(m−1) (W^m)ᵀ + b^m, O^m = f(Z^m),
     * O^0 = X. Into {@code room}, which also keeps the outputs ({@link MiniBatch#output}).
     */
    public static MiniBatch forward(Network net, double[][] X, MiniBatch room) {
        int K = room.load(net, X);
        for (int m = 1; m <= net.outputLayer(); m++) {
            timesTransposed(room.O[m - 1], K, net.w[m], room.Z[m]);
            for (int k = 0; k < K; k++) {
                double[] z = room.Z[m][k];
                double[] o = room.O[m][k];
                for (int j = 0; j < z.length; j++) {
                    z[j] += net.bias(m, j);
                    o[j] = net.f[m].f(z[j]);
                }
            }
        }
        return room;
    }

    /**
     * BP1–BP4 for a mini-batch at once (text 004), row k of each matrix = sample k:
     * Δ^N = (O^N − Y) ⊙ f'(Z^N),  Δ^m = Δ^(m+1) W^(m+1) ⊙ f'(Z^m),  ΔW^m = (Δ^m)ᵀ O^(m−1),
     * Δb^m = Σ_k Δ^m_k (summed over j too when the bias is shared). The result is the sum of the
     * samples' gradients and Errs, the same numbers as adding up {@link Network#backprop} sample by
     * sample; it lives in {@code room} and is overwritten by the next batch.
     */
    public static Gradients backprop(Network net, double[][] X, double[][] Y, MiniBatch room) {
        forward(net, X, room);
        int K = room.rows();
        int N = net.outputLayer();
        Gradients sum = room.gradients();
        sum.err = outputDeltas(net, Y, room);
        for (int m = N - 1; m >= 1; m--) {
            times(room.delta[m + 1], K, net.w[m + 1], room.delta[m]);
            for (int k = 0; k < K; k++) {
                for (int j = 0; j < net.size(m); j++) {
                    room.delta[m][k][j] *= net.f[m].fPrime(room.Z[m][k][j], room.O[m][k][j]);
                }
            }
        }
        for (int m = 1; m <= N; m++) {
            transposeTimes(room.delta[m], K, room.O[m - 1], sum.dW[m]);
            Arrays.fill(sum.dB[m], 0);
            for (int k = 0; k < K; k++) {
                for (int j = 0; j < net.size(m); j++) {
                    sum.dB[m][net.sharedBias() ? 0 : j] += room.delta[m][k][j];
                }
            }
        }
        return sum;
    }

    /** BP1 for every row, Δ^N = (O^N − Y) ⊙ f'(Z^N); gives Σ_k Err_k. */
    private static double outputDeltas(Network net, double[][] Y, MiniBatch room) {
        int N = net.outputLayer();
        Require.sameCount("targets", Y == null ? 0 : Y.length, "inputs", room.rows(), "give one target per sample");
        double err = 0;
        for (int k = 0; k < room.rows(); k++) {
            double[] y = Require.finiteOfLength("y of sample " + k, Y[k], net.outputs());
            double[] o = room.O[N][k];
            for (int j = 0; j < o.length; j++) {
                room.delta[N][k][j] = Err.dErr_do(o[j], y[j]) * net.f[N].fPrime(room.Z[N][k][j], o[j]);
            }
            err += Err.of(o, y);
        }
        return err;
    }

    /** Row 0 of every layer's matrix (the one sample of a batch of one); {@code layer0} for layer 0. */
    private static double[][] firstRows(double[][][] layers, double[] layer0) {
        double[][] rows = new double[layers.length][];
        rows[0] = layer0;
        for (int m = 1; m < layers.length; m++) {
            rows[m] = layers[m][0];
        }
        return rows;
    }

    /**
     * How the output error travels back (text 001): the error e^m that reaches each layer,
     * e^N = o^N − y at the output and e^m = (W^(m+1))ᵀ δ^(m+1) below it, next to f'(z^m)
     * and δ^m = e^m ⊙ f'(z^m).
     */
    public static ErrorFlow errorFlow(Network net, double[] x, double[] y) {
        Gradients g = backprop(net, x, y);
        ForwardPass pass = forward(net, x);
        int N = net.outputLayer();
        double[][] error = new double[N + 1][];
        double[][] slope = new double[N + 1][];
        error[0] = new double[0];
        slope[0] = new double[0];
        error[N] = minus(pass.o[N], y);
        for (int m = N - 1; m >= 1; m--) {
            error[m] = transposeTimes(net.w[m + 1], g.delta[m + 1]);
        }
        for (int m = 1; m <= N; m++) {
            slope[m] = fPrime(net.f[m], pass.z[m]);
        }
        return new ErrorFlow(net, error, slope, g.delta);
    }
}
