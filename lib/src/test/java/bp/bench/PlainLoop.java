package bp.bench;

import bp.general.Network;

/**
 * The yardstick: a one-hidden-layer sigmoid network (one bias per neuron) trained with the same
 * arithmetic as the library, written as bare loops over flat {@code double[]} arrays with every
 * buffer allocated once. It starts from a copy of a {@link Network}'s parameters, so both reach
 * the same numbers.
 */
final class PlainLoop {

    private final int in;
    private final int hidden;
    private final int out;
    /** w1[j * in + i], w2[l * hidden + j]. */
    private final double[] w1;
    private final double[] b1;
    private final double[] w2;
    private final double[] b2;
    private final double[] gw1;
    private final double[] gb1;
    private final double[] gw2;
    private final double[] gb2;
    private final double[] o1;
    private final double[] o2;
    private final double[] d1;
    private final double[] d2;

    PlainLoop(Network net) {
        in = net.size(0);
        hidden = net.size(1);
        out = net.size(2);
        w1 = flat(net.w[1]);
        w2 = flat(net.w[2]);
        b1 = net.b[1].clone();
        b2 = net.b[2].clone();
        gw1 = new double[w1.length];
        gw2 = new double[w2.length];
        gb1 = new double[hidden];
        gb2 = new double[out];
        o1 = new double[hidden];
        o2 = new double[out];
        d1 = new double[hidden];
        d2 = new double[out];
    }

    /** One update from samples order[start..end): w ← w − (η / K) Σ ∂Err/∂w; gives Σ Err. */
    double step(double[][] x, double[][] y, int[] order, int start, int end, double eta) {
        java.util.Arrays.fill(gw1, 0);
        java.util.Arrays.fill(gw2, 0);
        java.util.Arrays.fill(gb1, 0);
        java.util.Arrays.fill(gb2, 0);
        double err = 0;
        for (int n = start; n < end; n++) {
            err += addGradient(x[order[n]], y[order[n]]);
        }
        double rate = eta / (end - start);
        for (int p = 0; p < w1.length; p++) {
            w1[p] -= rate * gw1[p];
        }
        for (int p = 0; p < w2.length; p++) {
            w2[p] -= rate * gw2[p];
        }
        for (int j = 0; j < hidden; j++) {
            b1[j] -= rate * gb1[j];
        }
        for (int l = 0; l < out; l++) {
            b2[l] -= rate * gb2[l];
        }
        return err;
    }

    private double addGradient(double[] x, double[] y) {
        forward(x);
        double err = 0;
        for (int l = 0; l < out; l++) {
            double e = o2[l] - y[l];
            err += e * e / 2;
            d2[l] = e * o2[l] * (1 - o2[l]);
        }
        for (int j = 0; j < hidden; j++) {
            double sum = 0;
            for (int l = 0; l < out; l++) {
                sum += d2[l] * w2[l * hidden + j];
            }
            d1[j] = o1[j] * (1 - o1[j]) * sum;
        }
        for (int l = 0; l < out; l++) {
            for (int j = 0; j < hidden; j++) {
                gw2[l * hidden + j] += d2[l] * o1[j];
            }
            gb2[l] += d2[l];
        }
        for (int j = 0; j < hidden; j++) {
            for (int i = 0; i < in; i++) {
                gw1[j * in + i] += d1[j] * x[i];
            }
            gb1[j] += d1[j];
        }
        return err;
    }

    private void forward(double[] x) {
        for (int j = 0; j < hidden; j++) {
            double z = b1[j];
            for (int i = 0; i < in; i++) {
                z += w1[j * in + i] * x[i];
            }
            o1[j] = 1 / (1 + Math.exp(-z));
        }
        for (int l = 0; l < out; l++) {
            double z = b2[l];
            for (int j = 0; j < hidden; j++) {
                z += w2[l * hidden + j] * o1[j];
            }
            o2[l] = 1 / (1 + Math.exp(-z));
        }
    }

    /** {mean Err, accuracy} over the samples. */
    double[] evaluate(double[][] x, double[][] y) {
        double err = 0;
        int right = 0;
        for (int k = 0; k < x.length; k++) {
            forward(x[k]);
            int best = 0;
            int target = 0;
            for (int l = 0; l < out; l++) {
                double e = o2[l] - y[k][l];
                err += e * e / 2;
                best = o2[l] > o2[best] ? l : best;
                target = y[k][l] > y[k][target] ? l : target;
            }
            right += best == target ? 1 : 0;
        }
        return new double[] {err / x.length, (double) right / x.length};
    }

    private static double[] flat(double[][] w) {
        double[] flat = new double[w.length * w[0].length];
        for (int j = 0; j < w.length; j++) {
            System.arraycopy(w[j], 0, flat, j * w[0].length, w[0].length);
        }
        return flat;
    }
}
