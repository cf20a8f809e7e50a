package bp.train;

import bp.general.Gradients;
import bp.general.Network;

import java.util.Arrays;

/** ΔW and Δb of 《机器学习之神经网络bp算法推导》: the gradients of a batch's samples, added up (ΔW += δ oᵀ). */
final class GradientSum {

    /** dW[m][j][i] = Σ_k ∂Err_k/∂w^m_{j,i}. */
    final double[][][] dW;

    /** dB[m][k] = Σ_k ∂Err_k/∂b^m (shared) or ∂Err_k/∂b^m_k. */
    final double[][] dB;

    /** Σ_k Err_k. */
    private double err;

    GradientSum(Network net) {
        int N = net.outputLayer();
        dW = new double[N + 1][][];
        dB = new double[N + 1][];
        for (int m = 1; m <= N; m++) {
            dW[m] = new double[net.size(m)][net.size(m - 1)];
            dB[m] = new double[net.b[m].length];
        }
    }

    void clear() {
        for (int m = 1; m < dW.length; m++) {
            for (double[] row : dW[m]) {
                Arrays.fill(row, 0);
            }
            Arrays.fill(dB[m], 0);
        }
        err = 0;
    }

    void add(Gradients g) {
        for (int m = 1; m < dW.length; m++) {
            for (int j = 0; j < dW[m].length; j++) {
                for (int i = 0; i < dW[m][j].length; i++) {
                    dW[m][j][i] += g.dW[m][j][i];
                }
            }
            for (int k = 0; k < dB[m].length; k++) {
                dB[m][k] += g.dB[m][k];
            }
        }
        err += g.err;
    }

    /** The sums as one {@link Gradients} (no delta: it belongs to single samples). */
    Gradients total() {
        return new Gradients(null, dW, dB, err);
    }
}
