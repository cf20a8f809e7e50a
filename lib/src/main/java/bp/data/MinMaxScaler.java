package bp.data;

import java.util.Arrays;

/**
 * Min-max scaling, text 003's preprocessing: each input column x_i is mapped to
 * (x_i − min_i) / (max_i − min_i), so the samples it was fitted on land in [0, 1].
 * A constant column (max = min) carries no information and is mapped to 0.
 * Fit once, then apply the same min and max to every data set.
 */
public final class MinMaxScaler {

    private final double[] min;
    private final double[] max;

    private MinMaxScaler(double[] min, double[] max) {
        this.min = min;
        this.max = max;
    }

    /** The smallest and largest value of every input column of {@code data}. */
    public static MinMaxScaler fit(DataSet data) {
        int n = data.inputs();
        double[] min = new double[n];
        double[] max = new double[n];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (double[] row : data.x) {
            for (int i = 0; i < n; i++) {
                min[i] = Math.min(min[i], row[i]);
                max[i] = Math.max(max[i], row[i]);
            }
        }
        return new MinMaxScaler(min, max);
    }

    /** One sample scaled. */
    public double[] apply(double[] x) {
        if (x == null || x.length != min.length) {
            throw new IllegalArgumentException("x = " + Arrays.toString(x) + ": this scaler was fitted on "
                    + min.length + " inputs");
        }
        double[] scaled = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double range = max[i] - min[i];
            scaled[i] = range == 0 ? 0 : (x[i] - min[i]) / range;
        }
        return scaled;
    }

    /** Every sample scaled. */
    public double[][] apply(double[][] x) {
        double[][] scaled = new double[x.length][];
        for (int k = 0; k < x.length; k++) {
            scaled[k] = apply(x[k]);
        }
        return scaled;
    }

    /** The smallest value of each input column, as fitted. */
    public double[] min() {
        return min.clone();
    }

    /** The largest value of each input column, as fitted. */
    public double[] max() {
        return max.clone();
    }

    @Override
    public String toString() {
        return "MinMaxScaler[min " + Arrays.toString(min) + ", max " + Arrays.toString(max) + "]";
    }
}
