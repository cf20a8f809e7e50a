package bp.data;

import bp.Require;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Samples to train or test a network on: row k holds an input {@code x[k]} and its target
 * {@code y[k]} (one-hot for a classifier, a single number for XOR).
 *
 * <p>A data set never changes: {@link #shuffle}, {@link #split} and {@link #scaled} give new ones.
 * The arrays are copied in, so {@code x} and {@code y} may be read freely.
 * Class names are present when the targets are one-hot classes ({@code Iris}); then
 * {@link #classOf(int)} is the class of row k.
 */
public final class DataSet implements java.io.Serializable {

    /** x[k][i]: input i of sample k. */
    public final double[][] x;

    /** y[k][j]: target j of sample k. */
    public final double[][] y;

    private final List<String> featureNames;
    private final List<String> classNames;

    /**
     * Checks that there is at least one sample, that x and y have the same number of rows, that
     * every row has the same length and that every number is finite.
     *
     * @param classNames one name per target column for a one-hot classifier, or an empty list
     */
    public DataSet(double[][] x, double[][] y, List<String> featureNames, List<String> classNames) {
        this.x = rows("x", x);
        this.y = rows("y", y);
        Require.sameCount("targets (rows of y)", y.length, "inputs (rows of x)", x.length,
                "every input needs exactly one target");
        this.featureNames = names("feature names", featureNames, this.x[0].length);
        this.classNames = classNames == null || classNames.isEmpty()
                ? List.of() : names("class names", classNames, this.y[0].length);
    }

    /** A data set whose inputs are called x1, x2, … and whose targets have no class names. */
    public static DataSet of(double[][] x, double[][] y) {
        int inputs = x == null || x.length == 0 || x[0] == null ? 0 : x[0].length;
        return new DataSet(x, y, defaultNames(inputs), List.of());
    }

    private static List<String> defaultNames(int inputs) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= inputs; i++) {
            names.add("x" + i);
        }
        return names;
    }

    // ---- shape -------------------------------------------------------------------------------

    /** The number of samples. */
    public int size() {
        return x.length;
    }

    /** The number of inputs per sample (the network's input layer size). */
    public int inputs() {
        return x[0].length;
    }

    /** The number of targets per sample (the network's output layer size). */
    public int outputs() {
        return y[0].length;
    }

    /**
     * This data set, if each sample has {@code inputs} numbers and {@code outputs} targets: the
     * shape of {@code network}, which the message names ("the network 4-5-3 …"), as it names the
     * data ({@code what}, e.g. "training data"). Otherwise an error that gives both shapes.
     */
    public DataSet requireShape(String what, int inputs, int outputs, String network) {
        if (inputs() != inputs || outputs() != outputs) {
            throw new IllegalArgumentException(what + " has " + inputs() + " inputs and " + outputs()
                    + " targets per sample, but " + network + " has " + inputs + " inputs and " + outputs + " outputs");
        }
        return this;
    }

    public List<String> featureNames() {
        return featureNames;
    }

    /** The names of the classes, in the order of the one-hot columns; empty if not a classifier. */
    public List<String> classNames() {
        return classNames;
    }

    /** The class of sample k: the column where its one-hot target is largest. */
    public int classOf(int k) {
        return OneHot.argmax(y[k]);
    }

    // ---- new data sets from this one ------------------------------------------------------------

    /** The same samples in an order drawn from {@code seed}: the same seed gives the same order. */
    public DataSet shuffle(long seed) {
        int[] order = Shuffle.order(size(), new Random(seed));
        double[][] xs = new double[size()][];
        double[][] ys = new double[size()][];
        for (int k = 0; k < size(); k++) {
            xs[k] = x[order[k]];
            ys[k] = y[order[k]];
        }
        return new DataSet(xs, ys, featureNames, classNames);
    }

    /** The first {@code n} samples for training, the rest for validation (text 003: 130 / 20). */
    public Split split(int n) {
        if (n < 1 || n >= size()) {
            throw new IllegalArgumentException("split at n = " + n + ", but n must be between 1 and "
                    + (size() - 1) + " so that both parts of the " + size() + " samples are non-empty");
        }
        return new Split(rows(0, n), rows(n, size()));
    }

    /** Samples from (inclusive) … to (exclusive). */
    public DataSet rows(int from, int to) {
        if (from < 0 || to > size() || from >= to) {
            throw new IllegalArgumentException("rows " + from + ".." + to + " of a data set of "
                    + size() + " samples: expected 0 ≤ from < to ≤ " + size());
        }
        return new DataSet(Arrays.copyOfRange(x, from, to), Arrays.copyOfRange(y, from, to),
                featureNames, classNames);
    }

    /** Every input mapped to [0, 1] by a scaler fitted on this data set's own inputs. */
    public DataSet scaled() {
        return scaled(MinMaxScaler.fit(this));
    }

    /** Every input mapped by {@code scaler}, fitted elsewhere (e.g. on the training set). */
    public DataSet scaled(MinMaxScaler scaler) {
        return new DataSet(scaler.apply(x), y, featureNames, classNames);
    }

    /** Two parts of one data set: the samples to train on and those kept aside to validate. */
    public record Split(DataSet train, DataSet validation) {
    }

    @Override
    public String toString() {
        return size() + " samples, inputs " + featureNames
                + (classNames.isEmpty() ? ", " + outputs() + " target(s)" : ", classes " + classNames);
    }

    // ---- checks ------------------------------------------------------------------------------

    private static double[][] rows(String what, double[][] rows) {
        if (rows == null || rows.length == 0) {
            throw new IllegalArgumentException(what + " has no rows: a data set needs at least one sample");
        }
        double[][] copy = new double[rows.length][];
        int width = rows[0] == null ? 0 : rows[0].length;
        if (width == 0) {
            throw new IllegalArgumentException(what + "[0] is empty: every sample needs at least one number");
        }
        for (int k = 0; k < rows.length; k++) {
            if (rows[k] == null || rows[k].length != width) {
                throw new IllegalArgumentException(what + "[" + k + "] = " + Arrays.toString(rows[k])
                        + " has " + (rows[k] == null ? 0 : rows[k].length) + " numbers, but " + what
                        + "[0] has " + width + ": every sample must have the same length");
            }
            copy[k] = Require.finite(what + "[" + k + "]", rows[k]).clone();
        }
        return copy;
    }

    private static List<String> names(String what, List<String> names, int expected) {
        if (names == null || names.size() != expected) {
            throw new IllegalArgumentException(what + " " + names + ": expected " + expected + " names");
        }
        return List.copyOf(names);
    }
}
