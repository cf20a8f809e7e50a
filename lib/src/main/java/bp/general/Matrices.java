package bp.general;

import bp.neuron.Activation;

/**
 * The few matrix operations the matrix form of backpropagation needs, each named after
 * what it does. A matrix W is {@code double[rows][columns]}; {@code w[m]} of a
 * {@link Network} is W^m, with a row for each neuron j of layer m and a column for each
 * neuron i of layer m−1.
 */
public final class Matrices {

    private Matrices() {
    }

    /** W v: row j is Σ_i W_{j,i} v_i. The forward pass carries signals this way. */
    public static double[] times(double[][] W, double[] v) {
        double[] result = new double[W.length];
        for (int j = 0; j < W.length; j++) {
            for (int i = 0; i < v.length; i++) {
                result[j] += W[j][i] * v[i];
            }
        }
        return result;
    }

    /** Wᵀ v: entry i is Σ_j W_{j,i} v_j. The backward pass carries errors this way. */
    public static double[] transposeTimes(double[][] W, double[] v) {
        double[] result = new double[W[0].length];
        for (int j = 0; j < W.length; j++) {
            for (int i = 0; i < result.length; i++) {
                result[i] += W[j][i] * v[j];
            }
        }
        return result;
    }

    /** Wᵀ, for showing: (Wᵀ)_{i,j} = W_{j,i}. */
    public static double[][] transpose(double[][] W) {
        double[][] result = new double[W[0].length][W.length];
        for (int j = 0; j < W.length; j++) {
            for (int i = 0; i < W[j].length; i++) {
                result[i][j] = W[j][i];
            }
        }
        return result;
    }

    /** u vᵀ: entry (j, i) is u_j v_i. */
    public static double[][] outer(double[] u, double[] v) {
        double[][] result = new double[u.length][v.length];
        for (int j = 0; j < u.length; j++) {
            for (int i = 0; i < v.length; i++) {
                result[j][i] = u[j] * v[i];
            }
        }
        return result;
    }

    /** u ⊙ v, entry by entry: (u ⊙ v)_j = u_j v_j. */
    public static double[] hadamard(double[] u, double[] v) {
        double[] result = new double[u.length];
        for (int j = 0; j < u.length; j++) {
            result[j] = u[j] * v[j];
        }
        return result;
    }

    /** u + v. */
    public static double[] plus(double[] u, double[] v) {
        double[] result = new double[u.length];
        for (int j = 0; j < u.length; j++) {
            result[j] = u[j] + v[j];
        }
        return result;
    }

    /** u − v. */
    public static double[] minus(double[] u, double[] v) {
        double[] result = new double[u.length];
        for (int j = 0; j < u.length; j++) {
            result[j] = u[j] - v[j];
        }
        return result;
    }

    /** Σ_j v_j. */
    public static double sum(double[] v) {
        double total = 0;
        for (double value : v) {
            total += value;
        }
        return total;
    }

    /** f(z), entry by entry. */
    public static double[] f(Activation f, double[] z) {
        double[] result = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            result[j] = f.f(z[j]);
        }
        return result;
    }

    /** f'(z), entry by entry. */
    public static double[] fPrime(Activation f, double[] z) {
        double[] result = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            result[j] = f.fPrime(z[j]);
        }
        return result;
    }

    // ---- a whole mini-batch at once: row k of A is sample k; only the first `rows` rows are used ----

    /** out = A Wᵀ: out_{k,j} = Σ_i A_{k,i} W_{j,i}. Each sample's row carried forward through W. */
    public static void timesTransposed(double[][] A, int rows, double[][] W, double[][] out) {
        for (int k = 0; k < rows; k++) {
            double[] row = A[k];
            for (int j = 0; j < W.length; j++) {
                double[] w = W[j];
                double sum = 0;
                for (int i = 0; i < w.length; i++) {
                    sum += row[i] * w[i];
                }
                out[k][j] = sum;
            }
        }
    }

    /** out = A W: out_{k,i} = Σ_j A_{k,j} W_{j,i}. Each sample's errors carried back through W. */
    public static void times(double[][] A, int rows, double[][] W, double[][] out) {
        for (int k = 0; k < rows; k++) {
            double[] o = out[k];
            java.util.Arrays.fill(o, 0);
            for (int j = 0; j < W.length; j++) {
                double a = A[k][j];
                double[] w = W[j];
                for (int i = 0; i < o.length; i++) {
                    o[i] += a * w[i];
                }
            }
        }
    }

    /** out = Aᵀ B: out_{j,i} = Σ_k A_{k,j} B_{k,i}. The batch's outer products δ oᵀ, added up. */
    public static void transposeTimes(double[][] A, int rows, double[][] B, double[][] out) {
        for (double[] row : out) {
            java.util.Arrays.fill(row, 0);
        }
        for (int k = 0; k < rows; k++) {
            double[] b = B[k];
            for (int j = 0; j < out.length; j++) {
                double a = A[k][j];
                double[] o = out[j];
                for (int i = 0; i < o.length; i++) {
                    o[i] += a * b[i];
                }
            }
        }
    }
}
