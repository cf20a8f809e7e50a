package bp.general;

import bp.Require;

import java.util.Arrays;

import static bp.general.Matrices.f;
import static bp.general.Matrices.fPrime;
import static bp.general.Matrices.hadamard;
import static bp.general.Matrices.minus;
import static bp.general.Matrices.outer;
import static bp.general.Matrices.plus;
import static bp.general.Matrices.sum;
import static bp.general.Matrices.times;
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
 * δ^m is the book's 附加变量 a^m. What this leaves out: batches and weight decay (see bp.train).
 */
public final class MatrixBackprop {

    private MatrixBackprop() {
    }

    /** The forward pass a layer at a time: z^m = W^m o^(m−1) + b^m, o^m = f(z^m); o^0 = x. */
    public static ForwardPass forward(Network net, double[] x) {
        Require.finiteOfLength("x", x, net.inputs());
        int N = net.outputLayer();
        double[][] z = new double[N + 1][];
        double[][] o = new double[N + 1][];
        z[0] = new double[0];
        o[0] = x.clone();
        for (int m = 1; m <= N; m++) {
            z[m] = plus(times(net.w[m], o[m - 1]), biasVector(net, m));
            o[m] = f(net.f[m], z[m]);
        }
        return new ForwardPass(z, o);
    }

    /** ∂Err/∂w and ∂Err/∂b of one sample (x, y), with every δ^m on the way. */
    public static Gradients backprop(Network net, double[] x, double[] y) {
        Require.finiteOfLength("y", y, net.outputs());
        ForwardPass pass = forward(net, x);
        double[][] z = pass.z;
        double[][] o = pass.o;
        int N = net.outputLayer();

        double[][] delta = new double[N + 1][];
        delta[0] = new double[0];
        delta[N] = hadamard(minus(o[N], y), fPrime(net.f[N], z[N]));
        for (int m = N - 1; m >= 1; m--) {
            delta[m] = hadamard(transposeTimes(net.w[m + 1], delta[m + 1]), fPrime(net.f[m], z[m]));
        }

        double[][][] dW = new double[N + 1][][];
        double[][] dB = new double[N + 1][];
        for (int m = 1; m <= N; m++) {
            dW[m] = outer(delta[m], o[m - 1]);
            dB[m] = net.sharedBias() ? new double[] {sum(delta[m])} : delta[m].clone();
        }
        return new Gradients(delta, dW, dB, Network.squaredError(o[N], y));
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

    /** b^m as a vector, one entry per neuron of layer m (the same entry repeated when shared). */
    private static double[] biasVector(Network net, int m) {
        double[] b = new double[net.size(m)];
        Arrays.setAll(b, j -> net.bias(m, j));
        return b;
    }
}
