package bp.train;

import bp.data.DataSet;
import bp.general.Gradients;
import bp.general.Network;
import bp.general.Parameter;

import java.util.List;
import java.util.Random;

/**
 * How sharply the loss curves where the network stands, the number that decides which η
 * converges, oscillates (振荡) or diverges.
 *
 * <p>Chapter 1's story: a step multiplies the distance to the minimum by 1 − η·curvature
 * (on (x − 2)² the curvature is 2, hence the thresholds 0.5 and 1). It turns negative — the
 * error flips sign every step — once η > 1/curvature, and its size passes 1 — the error grows —
 * once η > 2/curvature. Two curvatures, for the two ways of stepping:
 * <ul>
 * <li>{@link #ofSample}: one per-sample step changes the output by about −η·J Jᵀ(o − y), J = ∂o/∂θ,
 * so the error o − y is multiplied by 1 − η·K with K the largest eigenvalue of J Jᵀ (for one
 * output K = Σ_θ (∂o/∂θ)², chapter 2's exercise 2);</li>
 * <li>{@link #sharpest}: a full-batch step on the mean loss L = (1/K) Σ_k Err_k; the curvature
 * is the largest eigenvalue of the Hessian ∇²L, found by power iteration with each
 * Hessian-vector product the central difference (∇L(θ + εv) − ∇L(θ − εv)) / 2ε.</li>
 * </ul>
 */
public final class Curvature {

    private static final double EPSILON = 1e-5;
    private static final int ITERATIONS = 100;

    private Curvature() {
    }

    /**
     * The largest (most positive) eigenvalue of ∇²L at the network's current parameters (the
     * network is left as it was). Away from a minimum ∇²L can also have negative eigenvalues; if
     * one of those is the largest in size, a second power iteration on ∇²L − λ·I finds the top.
     */
    public static double sharpest(Network net, DataSet data) {
        Metrics.requireFits(net, data, "data");
        List<Parameter> params = Parameter.all(net);
        double dominant = powerIteration(net, data, params, 0);
        return dominant >= 0 ? dominant : dominant + powerIteration(net, data, params, dominant);
    }

    /** The eigenvalue of largest size of ∇²L − shift·I. */
    private static double powerIteration(Network net, DataSet data, List<Parameter> params, double shift) {
        double[] v = new Random(1).doubles(params.size(), -1, 1).toArray();
        double eigenvalue = 0;
        for (int it = 0; it < ITERATIONS; it++) {
            normalise(v);
            double[] hv = hessianTimes(net, data, params, v);
            for (int p = 0; p < hv.length; p++) {
                hv[p] -= shift * v[p];
            }
            eigenvalue = dot(v, hv);
            v = hv;
        }
        return eigenvalue;
    }

    /**
     * K of one sample: the largest eigenvalue of J Jᵀ with J_{j,θ} = ∂o^N_j/∂θ over every weight
     * and bias. A per-sample step with η > 1/K overshoots on this sample, η > 2/K makes its error grow.
     */
    public static double ofSample(Network net, double[] x) {
        double[] o = net.output(x);
        List<Parameter> params = Parameter.all(net);
        double[][] jacobian = new double[o.length][];
        for (int j = 0; j < o.length; j++) {
            double[] y = o.clone();
            y[j] -= 1;                       // o − y = e_j, so ∂Err/∂θ = ∂o_j/∂θ
            Gradients g = net.backprop(x, y);
            jacobian[j] = params.stream().mapToDouble(p -> p.of(g)).toArray();
        }
        double[][] gram = new double[o.length][o.length];
        for (int j = 0; j < o.length; j++) {
            for (int l = 0; l < o.length; l++) {
                gram[j][l] = dot(jacobian[j], jacobian[l]);
            }
        }
        return largestEigenvalue(gram);
    }

    /** K of {@link #ofSample} for every sample of {@code data}, in the data set's order. */
    public static double[] perSample(Network net, DataSet data) {
        Metrics.requireFits(net, data, "data");
        double[] k = new double[data.size()];
        for (int n = 0; n < k.length; n++) {
            k[n] = ofSample(net, data.x[n]);
        }
        return k;
    }

    /** The largest K of {@link #ofSample} over the samples of {@code data}: the sample that limits η first. */
    public static double largestOverSamples(Network net, DataSet data) {
        Metrics.requireFits(net, data, "data");
        double largest = 0;
        for (double[] x : data.x) {
            largest = Math.max(largest, ofSample(net, x));
        }
        return largest;
    }

    /** Power iteration on a small symmetric positive semi-definite matrix. */
    private static double largestEigenvalue(double[][] matrix) {
        double[] v = new double[matrix.length];
        java.util.Arrays.fill(v, 1);
        double eigenvalue = 0;
        for (int it = 0; it < 500; it++) {
            double norm = Math.sqrt(dot(v, v));
            if (norm == 0) {
                return 0;
            }
            double[] next = new double[v.length];
            for (int j = 0; j < v.length; j++) {
                next[j] = dot(matrix[j], v) / norm;
            }
            eigenvalue = dot(next, v) / norm;
            v = next;
        }
        return eigenvalue;
    }

    private static double[] hessianTimes(Network net, DataSet data, List<Parameter> params, double[] v) {
        double[] theta = new double[params.size()];
        for (int p = 0; p < theta.length; p++) {
            theta[p] = params.get(p).get(net);
        }
        double[] plus = gradientAt(net, data, params, theta, v, EPSILON);
        double[] minus = gradientAt(net, data, params, theta, v, -EPSILON);
        set(net, params, theta);
        double[] hv = new double[theta.length];
        for (int p = 0; p < hv.length; p++) {
            hv[p] = (plus[p] - minus[p]) / (2 * EPSILON);
        }
        return hv;
    }

    /** ∇L at θ + h·v. */
    private static double[] gradientAt(Network net, DataSet data, List<Parameter> params, double[] theta, double[] v, double h) {
        double[] shifted = new double[theta.length];
        for (int p = 0; p < theta.length; p++) {
            shifted[p] = theta[p] + h * v[p];
        }
        set(net, params, shifted);
        double[] grad = new double[theta.length];
        for (int k = 0; k < data.size(); k++) {
            Gradients g = net.backprop(data.x[k], data.y[k]);
            for (int p = 0; p < grad.length; p++) {
                grad[p] += params.get(p).of(g) / data.size();
            }
        }
        return grad;
    }

    private static void set(Network net, List<Parameter> params, double[] values) {
        for (int p = 0; p < values.length; p++) {
            params.get(p).set(net, values[p]);
        }
    }

    private static void normalise(double[] v) {
        double norm = Math.sqrt(dot(v, v));
        for (int p = 0; p < v.length; p++) {
            v[p] /= norm;
        }
    }

    private static double dot(double[] u, double[] v) {
        double s = 0;
        for (int p = 0; p < u.length; p++) {
            s += u[p] * v[p];
        }
        return s;
    }
}
