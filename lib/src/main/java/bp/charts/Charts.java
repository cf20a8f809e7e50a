package bp.charts;

import bp.Require;
import bp.general.Network;
import bp.train.Epoch;
import bp.train.TrainingResult;
import org.knowm.xchart.style.Styler.LegendPosition;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.ToDoubleBiFunction;
import java.util.stream.IntStream;

/**
 * The charts of the course, one static method each, every one a {@link Plot} of 640 × 400
 * pixels that shows itself when it ends a notebook cell. Titles and axes use English and
 * symbols only (η, Err, o − y), so they render without a CJK font.
 *
 * <p>None of them throws on NaN, ±∞ or a run that blew up: such values are cut at the edge
 * of the y-range (see {@link LineChart}). Bad arguments (no series, lengths that disagree)
 * give an {@link IllegalArgumentException} naming the value.
 */
public final class Charts {

    /** Default chart width in pixels. */
    public static final int WIDTH = ChartStyle.WIDTH;

    /** Default chart height in pixels. */
    public static final int HEIGHT = ChartStyle.HEIGHT;

    private Charts() {
    }

    // ---- loss ---------------------------------------------------------------------------------

    /** Err against step for one run (step 0 is the loss before the first update). */
    public static Plot loss(double[] err) {
        return loss("Err against step", "step", one("Err", err), false);
    }

    /** Several runs overlaid, e.g. one per η: {@code loss(Map.of("η = 0.1", a, "η = 0.5", b), true)}. */
    public static Plot loss(Map<String, double[]> runs, boolean logY) {
        return loss("Err against step", "step", runs, logY);
    }

    /** Loss curves with your own title and x-axis ("step" or "epoch"), optionally on a log y-axis. */
    public static Plot loss(String title, String xLabel, Map<String, double[]> runs, boolean logY) {
        LineChart chart = LineChart.titled(title).xLabel(xLabel).yLabel("Err").series(runs);
        return (logY ? chart.logY() : chart).plot();
    }

    /** A training run's loss per epoch, on training and (if the run had one) validation data. */
    public static Plot loss(TrainingResult run) {
        return loss(run, false);
    }

    /** A training run's loss per epoch, optionally on a log y-axis. */
    public static Plot loss(TrainingResult run, boolean logY) {
        LineChart chart = historyChart(run, "Loss per epoch", "Err", run.losses(), run.validationLosses());
        return (logY ? chart.logY() : chart).plot();
    }

    // ---- accuracy -----------------------------------------------------------------------------

    /** Accuracy per epoch (epochs 1, 2, …) on training and validation data; validation may be null. */
    public static Plot accuracy(double[] train, double[] validation) {
        LineChart chart = accuracyChart().series("train", epochs(train), train);
        if (validation != null) {
            requireSameLength("validation", validation, "train", train);
            chart.series("validation", epochs(validation), validation);
        }
        return chart.plot();
    }

    /** A training run's accuracy per epoch, on training and (if the run had one) validation data. */
    public static Plot accuracy(TrainingResult run) {
        return historyChart(run, "Accuracy per epoch", "accuracy", run.accuracies(), run.validationAccuracies())
                .legend(LegendPosition.OutsideE).yRange(0, 1.02).plot();
    }

    private static LineChart accuracyChart() {
        return LineChart.titled("Accuracy per epoch").xLabel("epoch").yLabel("accuracy")
                .legend(LegendPosition.OutsideE).yRange(0, 1.02);
    }

    // ---- (o − y) ------------------------------------------------------------------------------

    /**
     * (o − y) against step for several runs, with a dashed line at 0: at a high η the
     * error flips sign from one step to the next.
     */
    public static Plot residuals(Map<String, double[]> runs) {
        return LineChart.titled("(o − y) against step").xLabel("step").yLabel("o − y")
                .series(runs).referenceLine(0).legend(LegendPosition.OutsideE).plot();
    }

    // ---- gradients per layer --------------------------------------------------------------------

    /**
     * Mean |∂Err/∂w| of each layer m = 1..N on a log y-axis, one series per run
     * (e.g. "sigmoid", "ReLU"): shows gradients vanishing towards the input.
     * Each array holds layers 1..N in order.
     */
    public static Plot gradientsPerLayer(Map<String, double[]> meanAbsGradient) {
        LineChart chart = LineChart.titled("Mean |∂Err/∂w| per layer").xLabel("layer m")
                .yLabel("mean |∂Err/∂w|").logY().keepAllFinite().integerX().legend(LegendPosition.OutsideE);
        if (meanAbsGradient == null || meanAbsGradient.isEmpty()) {
            throw new IllegalArgumentException("meanAbsGradient = " + meanAbsGradient
                    + ": give at least one series of per-layer values");
        }
        meanAbsGradient.forEach((name, g) -> chart.series(name, layers(name, g), g));
        return chart.plot();
    }

    /** Mean |∂Err/∂w| per layer for one network. */
    public static Plot gradientsPerLayer(double[] meanAbsGradient) {
        return gradientsPerLayer(one("mean |∂Err/∂w|", meanAbsGradient));
    }

    // ---- decision boundary --------------------------------------------------------------------

    /**
     * The output of a two-input model over the data's bounding box (plus a margin), with the
     * line o = 0.5 and the points coloured by class (0 blue, 1 red). The model's output is read
     * as the probability of class 1.
     */
    public static Plot decisionBoundary(String title, DoubleBinaryOperator model, double[][] points, int[] classes) {
        return decisionBoundary(title, model, points, classes, classNames(classes));
    }

    /** As {@link #decisionBoundary(String, DoubleBinaryOperator, double[][], int[])}, with class names. */
    public static Plot decisionBoundary(String title, DoubleBinaryOperator model, double[][] points, int[] classes,
                                        List<String> classNames) {
        DecisionBoundary.check(points, classes, classNames);
        return DecisionBoundary.plot(title, requireModel(model), points, classes, classNames, paddedBox(points));
    }

    /** The output of the model over the rectangle [xMin, xMax] × [yMin, yMax]. */
    public static Plot decisionBoundary(String title, DoubleBinaryOperator model, double[][] points, int[] classes,
                                        double xMin, double xMax, double yMin, double yMax) {
        List<String> names = classNames(classes);
        DecisionBoundary.check(points, classes, names);
        double[] box = {xMin, xMax, yMin, yMax};
        requireBox(box);
        return DecisionBoundary.plot(title, requireModel(model), points, classes, names, box);
    }

    /** Scalar targets (e.g. XOR's 0/1): a target ≥ 0.5 is class 1. */
    public static Plot decisionBoundary(String title, DoubleBinaryOperator model, double[][] points, double[] targets) {
        return decisionBoundary(title, model, points, classesOf(targets));
    }

    /** A 2-input, 1-output network's o over the data. */
    public static Plot decisionBoundary(String title, Network net, double[][] points, int[] classes) {
        return decisionBoundary(title, asModel(net), points, classes);
    }

    /** A 2-input, 1-output network's o over the data, scalar targets. */
    public static Plot decisionBoundary(String title, Network net, double[][] points, double[] targets) {
        return decisionBoundary(title, asModel(net), points, classesOf(targets));
    }

    /** Adapts a boxed model {@code (Double x1, Double x2) -> o} for the decision-boundary charts. */
    public static DoubleBinaryOperator model(ToDoubleBiFunction<Double, Double> boxed) {
        if (boxed == null) {
            throw new IllegalArgumentException("model is null: give a function (x1, x2) -> o");
        }
        return boxed::applyAsDouble;
    }

    // ---- confusion matrix ---------------------------------------------------------------------

    /** counts[a][p]: how many samples of actual class a were predicted as class p. */
    public static Plot confusionMatrix(int[][] counts, List<String> classNames) {
        return ConfusionMatrix.plot("Confusion matrix", counts, classNames);
    }

    /** Counts the pairs (actual[n], predicted[n]) and draws the matrix. */
    public static Plot confusionMatrix(int[] actual, int[] predicted, List<String> classNames) {
        if (classNames == null || classNames.isEmpty()) {
            throw new IllegalArgumentException("class names = " + classNames + ": give one name per class");
        }
        return confusionMatrix(ConfusionMatrix.count(actual, predicted, classNames.size()), classNames);
    }

    // ---- generic lines ------------------------------------------------------------------------

    /** Any number of named series against their index 0, 1, 2, …. */
    public static Plot lines(String title, String xLabel, String yLabel, Map<String, double[]> series) {
        return LineChart.titled(title).xLabel(xLabel).yLabel(yLabel).series(series).plot();
    }

    /** Any number of named series against shared x values. */
    public static Plot lines(String title, String xLabel, String yLabel, double[] x, Map<String, double[]> series) {
        if (series == null || series.isEmpty()) {
            throw new IllegalArgumentException("series = " + series + ": give at least one named series");
        }
        LineChart chart = LineChart.titled(title).xLabel(xLabel).yLabel(yLabel);
        series.forEach((name, y) -> chart.series(name, x, y));
        return chart.plot();
    }

    /** Columns of a Tablesaw table against its column xColumn; the y-axis is left untitled if several. */
    public static Plot lines(Table table, String title, String xColumn, String... yColumns) {
        if (yColumns == null || yColumns.length == 0) {
            throw new IllegalArgumentException("yColumns = []: name at least one column of " + columnsOf(table));
        }
        LineChart chart = LineChart.titled(title).xLabel(xColumn).yLabel(yColumns.length == 1 ? yColumns[0] : "");
        double[] x = column(table, xColumn);
        for (String y : yColumns) {
            chart.series(y, x, column(table, y));
        }
        return chart.plot();
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static LineChart historyChart(TrainingResult run, String title, String yLabel,
                                          double[] train, double[] validation) {
        if (run == null) {
            throw new IllegalArgumentException("run is null: give the TrainingResult of Trainer.train(…)");
        }
        double[] epochs = run.history().stream().mapToDouble(Epoch::number).toArray();
        LineChart chart = LineChart.titled(title).xLabel("epoch").yLabel(yLabel).series("train", epochs, train);
        if (run.validated()) {
            chart.series("validation", epochs, validation);
        }
        return chart;
    }

    /** A numeric column as doubles (missing values become NaN, which charts cut). */
    static double[] column(Table table, String name) {
        if (table == null) {
            throw new IllegalArgumentException("table is null: give a Tablesaw table");
        }
        if (!table.columnNames().contains(name)) {
            throw new IllegalArgumentException("column \"" + name + "\" is not in the table; its columns are "
                    + table.columnNames());
        }
        if (!(table.column(name) instanceof tech.tablesaw.api.NumericColumn<?> numeric)) {
            throw new IllegalArgumentException("column \"" + name + "\" holds " + table.column(name).type()
                    + ", but a chart needs numbers");
        }
        return numeric.asDoubleArray();
    }

    private static String columnsOf(Table table) {
        return table == null ? "(no table)" : table.columnNames().toString();
    }

    /** A one-series map that, unlike Map.of, lets a null array through to the named check. */
    private static Map<String, double[]> one(String name, double[] values) {
        Map<String, double[]> map = new java.util.LinkedHashMap<>();
        map.put(name, values);
        return map;
    }

    private static double[] epochs(double[] values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("accuracy values are " + (values == null ? "null" : "empty")
                    + ": give one value per epoch");
        }
        return IntStream.rangeClosed(1, values.length).asDoubleStream().toArray();
    }

    private static double[] layers(String name, double[] perLayer) {
        if (perLayer == null || perLayer.length == 0) {
            throw new IllegalArgumentException("series \"" + name + "\" is " + (perLayer == null ? "null" : "empty")
                    + ": give one value per layer 1..N");
        }
        return IntStream.rangeClosed(1, perLayer.length).asDoubleStream().toArray();
    }

    private static void requireSameLength(String a, double[] av, String b, double[] bv) {
        if (av.length != bv.length) {
            throw new IllegalArgumentException(a + " has " + av.length + " values but " + b + " has "
                    + bv.length + ": give one value per epoch in each");
        }
    }

    private static DoubleBinaryOperator requireModel(DoubleBinaryOperator model) {
        if (model == null) {
            throw new IllegalArgumentException("model is null: give a function (x1, x2) -> o");
        }
        return model;
    }

    private static DoubleBinaryOperator asModel(Network net) {
        if (net == null || net.inputs() != 2 || net.outputs() != 1) {
            throw new IllegalArgumentException("network " + net + ": a decision boundary needs 2 inputs and 1 output");
        }
        return (x1, x2) -> net.output(x1, x2)[0];
    }

    private static List<String> classNames(int[] classes) {
        int max = classes == null ? 1 : Math.max(1, Arrays.stream(classes).max().orElse(1));
        List<String> names = new ArrayList<>();
        for (int k = 0; k <= max; k++) {
            names.add("class " + k);
        }
        return names;
    }

    private static int[] classesOf(double[] targets) {
        if (targets == null) {
            throw new IllegalArgumentException("targets is null: give one target per point");
        }
        Require.finite("targets", targets);
        return Arrays.stream(targets).mapToInt(t -> t >= DecisionBoundary.THRESHOLD ? 1 : 0).toArray();
    }

    /** The points' bounding box widened by 15 % on each side (at least 0.5 if all points coincide). */
    private static double[] paddedBox(double[][] points) {
        double[] box = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[] p : points) {
            box[0] = Math.min(box[0], p[0]);
            box[1] = Math.max(box[1], p[0]);
            box[2] = Math.min(box[2], p[1]);
            box[3] = Math.max(box[3], p[1]);
        }
        double padX = box[1] > box[0] ? 0.15 * (box[1] - box[0]) : 0.5;
        double padY = box[3] > box[2] ? 0.15 * (box[3] - box[2]) : 0.5;
        return new double[]{box[0] - padX, box[1] + padX, box[2] - padY, box[3] + padY};
    }

    private static void requireBox(double[] box) {
        for (int k = 0; k < 4; k++) {
            Require.finite(new String[]{"xMin", "xMax", "yMin", "yMax"}[k], box[k]);
        }
        if (!(box[0] < box[1]) || !(box[2] < box[3])) {
            throw new IllegalArgumentException("rectangle x ∈ [" + box[0] + ", " + box[1] + "], y ∈ ["
                    + box[2] + ", " + box[3] + "]: each min must be below its max");
        }
    }
}
