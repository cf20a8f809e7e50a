package bp.charts;

import bp.data.Xor;
import bp.general.Network;
import bp.tables.HistoryTable;
import bp.train.Trainer;
import bp.train.TrainingResult;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import tech.tablesaw.api.Table;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartsTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    // ---- loss -----------------------------------------------------------------------------------

    @Test
    void lossOfOneRunIsErrAgainstStep() throws IOException {
        Plot plot = Charts.loss(decay(0.5, 0.99, 200));
        assertEquals("Err against step", plot.xchart().getTitle());
        assertEquals("step", plot.xchart().getXAxisTitle());
        assertEquals("Err", plot.xchart().getYAxisTitle());
        assertEquals(List.of("Err"), seriesNames(plot));
        assertRendersAt(plot, Charts.WIDTH, Charts.HEIGHT, "loss-one");
    }

    @Test
    void lossOverlaysSeveralEtaInOrder() throws IOException {
        Map<String, double[]> runs = new LinkedHashMap<>();
        runs.put("η = 0.1", decay(0.5, 0.999, 500));
        runs.put("η = 0.5", decay(0.5, 0.99, 500));
        runs.put("η = 2", decay(0.5, 0.95, 500));
        Plot plot = Charts.loss(runs, true);
        assertEquals(List.of("η = 0.1", "η = 0.5", "η = 2"), seriesNames(plot));
        assertTrue(((XYChart) plot.xchart()).getStyler().isYAxisLogarithmic());
        assertRendersAt(plot, 640, 400, "loss-log");
    }

    @Test
    void divergentRunIsCutAtTenTimesTheStartingScaleNotThrown() throws IOException {
        Map<String, double[]> runs = new LinkedHashMap<>();
        runs.put("η = 0.1", gradientDescentOnParabola(0.1, 60));
        runs.put("η = 0.9", gradientDescentOnParabola(0.9, 60));
        runs.put("η = 1.1", gradientDescentOnParabola(1.1, 60));
        Plot plot = Charts.lines("x against step", "step", "x", runs);
        XYSeries divergent = series(plot, "η = 1.1");
        double limit = Clipping.FACTOR * 13.52; // the largest |x| of the first steps: x2 = 2 + 8·1.2² of η = 1.1

        for (double y : divergent.getYData()) {
            assertTrue(Double.isNaN(y) || Math.abs(y) <= limit + 1e-9, "kept " + y);
        }
        assertTrue(hasNaN(divergent.getYData()), "the run that left the chart is cut");
        assertEquals(limit, maxAbs(divergent.getYData()), 1e-9, "the line runs up to the chart's edge");
        assertEquals(60, series(plot, "η = 0.1").getYData().length, "stable runs are untouched");
        assertRendersAt(plot, 640, 400, "divergence");
    }

    @Test
    void aCurveThatOnlyPeaksHighIsDrawnWhole() {
        double[] slope = new double[121];
        for (int k = 0; k < slope.length; k++) {
            double f = 1 / (1 + Math.exp(-(k - 60) / 10.0));
            slope[k] = f * (1 - f); // f'(z) of the sigmoid: tiny at both ends, 0.25 in the middle
        }
        Plot plot = Charts.lines("f'(z)", "z", "f'(z)", Map.of("sigmoid", slope));

        assertFalse(hasNaN(series(plot, "sigmoid").getYData()), "nothing of a finite, settling curve is cut");
        assertEquals(0.25, maxAbs(series(plot, "sigmoid").getYData()), 1e-12);
    }

    @Test
    void nanInfinityAndHugeValuesDoNotThrowOnLinearOrLogAxes() throws IOException {
        double[] bad = {0.5, 0.4, Double.NaN, 0.3, Double.POSITIVE_INFINITY, 1e300, 0.2, Double.NEGATIVE_INFINITY, 0, -1};
        Plot linear = Charts.loss(Map.of("bad", bad), false);
        Plot log = Charts.loss(Map.of("bad", bad), true);
        for (Plot plot : List.of(linear, log)) {
            for (double y : series(plot, "bad").getYData()) {
                assertTrue(Double.isNaN(y) || Math.abs(y) <= Clipping.LOG_FACTOR * 0.5 + 1e-9, "kept " + y);
            }
        }
        for (double y : series(linear, "bad").getYData()) {
            assertTrue(Double.isNaN(y) || Math.abs(y) <= Clipping.FACTOR * 0.5 + 1e-9, "kept " + y);
        }
        for (double y : series(log, "bad").getYData()) {
            assertTrue(Double.isNaN(y) || y > 0, "a log axis keeps only positive values, got " + y);
        }
        assertRendersAt(linear, 640, 400, "bad-linear");
        assertRendersAt(log, 640, 400, "bad-log");
    }

    @Test
    void seriesEntirelyOutOfAGivenRangeStillDraws() throws IOException {
        Plot plot = LineChart.titled("all out").series("far", new double[]{1e9, 2e9, Double.NaN})
                .yRange(-1, 1).plot();
        assertTrue(java.util.Arrays.stream(series(plot, "far").getYData()).allMatch(Double::isNaN));
        assertRendersAt(plot, 640, 400, null);
        Plot allNaN = Charts.lines("nothing", "step", "y", Map.of("nan", new double[]{Double.NaN, Double.NaN}));
        assertRendersAt(allNaN, 640, 400, null);
    }

    @Test
    void clippingInsertsTheCrossingPointAtTheEdge() {
        Clipping.Cut cut = Clipping.cut(new double[]{0, 1, 2}, new double[]{0, 2, 0}, new Clipping.Band(-1, 1, false));
        assertEquals(List.of(0.0, 0.5, 1.0, 1.5, 2.0), boxed(cut.x()));
        assertEquals(0.0, cut.y()[0]);
        assertEquals(1.0, cut.y()[1], "leaves through the top edge");
        assertTrue(Double.isNaN(cut.y()[2]), "gap while outside");
        assertEquals(1.0, cut.y()[3], "re-enters through the top edge");
        assertEquals(0.0, cut.y()[4]);
        assertTrue(cut.clipped());
    }

    @Test
    void wellBehavedSeriesAreNotClipped() {
        Clipping.Band band = Clipping.autoBand(List.of(decay(64, 0.9, 100), new double[]{10, -6, 10, -6}), false);
        assertEquals(Double.NEGATIVE_INFINITY, band.lo());
        assertEquals(Double.POSITIVE_INFINITY, band.hi());
    }

    // ---- accuracy ---------------------------------------------------------------------------------

    @Test
    void accuracyShowsTrainAndValidationPerEpoch() throws IOException {
        double[] train = IntStream.range(0, 300).mapToDouble(e -> 1 - 0.6 * Math.exp(-e / 40.0)).toArray();
        double[] val = IntStream.range(0, 300).mapToDouble(e -> 0.95 - 0.6 * Math.exp(-e / 50.0)).toArray();
        Plot plot = Charts.accuracy(train, val);
        assertEquals("Accuracy per epoch", plot.xchart().getTitle());
        assertEquals(List.of("train", "validation"), seriesNames(plot));
        assertEquals(1.0, series(plot, "train").getXData()[0], "epochs count from 1");
        assertRendersAt(plot, 640, 400, "accuracy");
    }

    @Test
    void aRunGivesLossAndAccuracyCharts() throws IOException {
        TrainingResult run = xorRun(40, true);
        Plot loss = Charts.loss(run);
        Plot accuracy = Charts.accuracy(run);
        assertEquals(List.of("train", "validation"), seriesNames(loss));
        assertEquals(List.of("train", "validation"), seriesNames(accuracy));
        assertEquals(40, series(loss, "validation").getYData().length);
        assertEquals(run.history().get(7).validationLoss(), series(loss, "validation").getYData()[7]);
        assertEquals(1.0, series(accuracy, "train").getXData()[0], "epochs count from 1");
        assertRendersAt(loss, 640, 400, "history-loss");
        assertRendersAt(accuracy, 640, 400, "history-accuracy");
        Table history = HistoryTable.of(run);
        Plot columns = Charts.lines(history, "Loss and accuracy", "epoch", "loss", "accuracy");
        assertEquals(List.of("loss", "accuracy"), seriesNames(columns));
    }

    @Test
    void aRunWithoutValidationHasOnlyTrain() {
        assertEquals(List.of("train"), seriesNames(Charts.loss(xorRun(5, false))));
        assertEquals(List.of("train"), seriesNames(Charts.accuracy(xorRun(5, false))));
    }

    @Test
    void missingColumnNamesTheColumnAndListsTheOthers() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Charts.lines(HistoryTable.of(xorRun(3, true)), "t", "epoch", "lossy"));
        assertTrue(e.getMessage().contains("lossy") && e.getMessage().contains("val_accuracy"), e.getMessage());
    }

    // ---- (o − y) ----------------------------------------------------------------------------------

    @Test
    void residualsShowSignFlippingWithAZeroLine() throws IOException {
        Map<String, double[]> runs = new LinkedHashMap<>();
        runs.put("η = 0.5", IntStream.range(0, 80).mapToDouble(t -> 0.4 * Math.pow(0.95, t)).toArray());
        runs.put("η = 20", IntStream.range(0, 80).mapToDouble(t -> 0.4 * Math.pow(-0.97, t)).toArray());
        Plot plot = Charts.residuals(runs);
        assertEquals("(o − y) against step", plot.xchart().getTitle());
        assertEquals("o − y", plot.xchart().getYAxisTitle());
        assertTrue(seriesNames(plot).containsAll(runs.keySet()));
        XYSeries zero = series(plot, "y = 0");
        assertTrue(!zero.isShowInLegend() && zero.getYData()[0] == 0 && zero.getYData()[1] == 0);
        assertRendersAt(plot, 640, 400, "residuals");
    }

    // ---- gradients per layer ----------------------------------------------------------------------

    @Test
    void gradientsPerLayerUseLayerIndicesOnALogAxis() throws IOException {
        Map<String, double[]> runs = new LinkedHashMap<>();
        runs.put("sigmoid", new double[]{2e-7, 3e-6, 5e-5, 8e-4, 1e-2});
        runs.put("tanh", new double[]{1e-3, 3e-3, 6e-3, 9e-3, 1.5e-2});
        runs.put("ReLU", new double[]{1e-2, 1.2e-2, 0.9e-2, 1.1e-2, 1.3e-2});
        Plot plot = Charts.gradientsPerLayer(runs);
        assertEquals(List.of("sigmoid", "tanh", "ReLU"), seriesNames(plot));
        assertEquals(List.of(1.0, 2.0, 3.0, 4.0, 5.0), boxed(series(plot, "sigmoid").getXData()));
        assertTrue(((XYChart) plot.xchart()).getStyler().isYAxisLogarithmic());
        assertRendersAt(plot, 640, 400, "gradients");
        Plot zeros = Charts.gradientsPerLayer(new double[]{0, 1e-3, Double.NaN});
        assertRendersAt(zeros, 640, 400, null);
    }

    // ---- decision boundary ------------------------------------------------------------------------

    @Test
    void decisionBoundaryFillsTheModelAndColoursPointsByClass() throws IOException {
        double[][] xor = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        double[] y = {0, 1, 1, 0};
        Plot plot = Charts.decisionBoundary("XOR", (a, b) -> sigmoid(12 * (a + b - 0.5)) - sigmoid(12 * (a + b - 1.5)), xor, y);
        assertTrue(seriesNames(plot).containsAll(List.of("class 0", "class 1", "o = 0.5")), seriesNames(plot).toString());
        assertEquals(2, series(plot, "class 1").getXData().length);
        BufferedImage image = assertRendersAt(plot, 640, 400, "decision-boundary");
        XYChart chart = (XYChart) plot.xchart();
        Color insideClass1 = new Color(image.getRGB((int) chart.getScreenXFromChart(0.5), (int) chart.getScreenYFromChart(0.5)));
        Color insideClass0 = new Color(image.getRGB((int) chart.getScreenXFromChart(0.9), (int) chart.getScreenYFromChart(0.95)));
        assertTrue(insideClass1.getRed() > insideClass1.getBlue(), "o ≈ 1 is drawn red, got " + insideClass1);
        assertTrue(insideClass0.getBlue() > insideClass0.getRed(), "o ≈ 0 is drawn blue, got " + insideClass0);
    }

    @Test
    void decisionBoundarySurvivesNaNModelsAndChecksItsInput() throws IOException {
        double[][] points = {{0, 0}, {1, 1}};
        Plot plot = Charts.decisionBoundary("NaN model", (a, b) -> a > 0.5 ? Double.NaN : 1e9, points, new int[]{0, 1},
                -1, 2, -1, 2);
        assertRendersAt(plot, 640, 400, null);
        Plot boxed = Charts.decisionBoundary("boxed", Charts.model((a, b) -> a * b), points, new int[]{0, 1});
        assertRendersAt(boxed, 640, 400, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Charts.decisionBoundary("t", (a, b) -> a, points, new int[]{0}));
        assertTrue(e.getMessage().contains("1 entries for 2 points"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Charts.decisionBoundary("t", (a, b) -> a, points, new int[]{0, 1}, 1, 0, 0, 1));
        assertTrue(e.getMessage().contains("min must be below its max"), e.getMessage());
    }

    @Test
    void decisionBoundaryOfANetwork() throws IOException {
        bp.general.Network net = bp.general.Network.layers(2, 2, 1).build().initUniform(3);
        Plot plot = Charts.decisionBoundary("2-2-1", net, new double[][]{{0, 0}, {1, 1}}, new int[]{0, 1});
        assertRendersAt(plot, 640, 400, null);
        assertThrows(IllegalArgumentException.class, () -> Charts.decisionBoundary("t",
                bp.general.Network.layers(3, 1).build(), new double[][]{{0, 0}}, new int[]{0}));
    }

    // ---- confusion matrix -------------------------------------------------------------------------

    @Test
    void confusionMatrixCountsPairsAndShowsClassNames() throws IOException {
        List<String> iris = List.of("setosa", "versicolor", "virginica");
        int[] actual = {0, 0, 1, 1, 1, 2, 2, 2, 2};
        int[] predicted = {0, 0, 1, 2, 1, 2, 2, 1, 2};
        assertEquals(List.of(2, 0, 0, 0, 2, 1, 0, 1, 3), flat(ConfusionMatrix.count(actual, predicted, 3)));
        Plot plot = Charts.confusionMatrix(actual, predicted, iris);
        HeatMapChart chart = (HeatMapChart) plot.xchart();
        assertEquals("Confusion matrix", chart.getTitle());
        assertEquals(iris, chart.getSeriesMap().get("count").getXData());
        assertEquals(List.of("virginica", "versicolor", "setosa"), chart.getSeriesMap().get("count").getYData(),
                "first class on top");
        assertRendersAt(plot, 640, 400, "confusion");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Charts.confusionMatrix(new int[]{0, 3}, new int[]{0, 1}, iris));
        assertTrue(e.getMessage().contains("actual[1] = 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Charts.confusionMatrix(new int[][]{{1, 2}}, iris));
    }

    // ---- bad input --------------------------------------------------------------------------------

    @Test
    void emptyOrMismatchedSeriesNameTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Charts.lines("t", "x", "y", Map.of("η = 0.1", new double[0])));
        assertTrue(e.getMessage().contains("η = 0.1") && e.getMessage().contains("empty"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Charts.lines("t", "x", "y", new double[]{1, 2, 3}, Map.of("err", new double[]{1, 2})));
        assertTrue(e.getMessage().contains("err") && e.getMessage().contains("3 x values for 2 y values"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Charts.loss((double[]) null));
        assertTrue(e.getMessage().contains("series \"Err\" is null"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Charts.lines("t", "x", "y", Map.of()));
        assertTrue(e.getMessage().contains("at least one"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Charts.accuracy(new double[]{0.5, 0.6}, new double[]{0.5}));
        assertTrue(e.getMessage().contains("validation has 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LineChart.titled("t").series("a", new double[]{1}).yRange(2, 1));
        assertTrue(e.getMessage().contains("yRange(2.0, 1.0)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> LineChart.titled("t").series("a", new double[]{Double.NaN, 1}, new double[]{1, 2}));
        assertTrue(e.getMessage().contains("x of series \"a\"[0] = NaN"), e.getMessage());
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** Renders the plot, checks size and that something was drawn; saves a preview if -Dbp.preview=dir. */
    static BufferedImage assertRendersAt(Plot plot, int width, int height, String previewName) throws IOException {
        byte[] png = plot.png();
        assertTrue(png.length > 1000, "PNG has " + png.length + " bytes");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        assertTrue(distinctColours(image) > 5, "the chart is not blank: " + distinctColours(image) + " colours");
        String dir = System.getProperty("bp.preview");
        if (dir != null && previewName != null) {
            Files.createDirectories(Path.of(dir));
            plot.savePng(Path.of(dir, previewName + ".png"));
        }
        return image;
    }

    private static long distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 3) {
            for (int y = 0; y < image.getHeight(); y += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    static List<String> seriesNames(Plot plot) {
        List<String> names = new ArrayList<>();
        ((XYChart) plot.xchart()).getSeriesMap().forEach((name, s) -> {
            if (s.isShowInLegend()) {
                names.add(name);
            }
        });
        return names;
    }

    static XYSeries series(Plot plot, String name) {
        XYSeries s = ((XYChart) plot.xchart()).getSeriesMap().get(name);
        assertTrue(s != null, "no series \"" + name + "\" in " + ((XYChart) plot.xchart()).getSeriesMap().keySet());
        return s;
    }

    private static double[] decay(double start, double factor, int steps) {
        return IntStream.range(0, steps).mapToDouble(t -> start * Math.pow(factor, t)).toArray();
    }

    /** x ← x − η·2(x − 2) from x = 10, as in chapter 1. */
    private static double[] gradientDescentOnParabola(double eta, int steps) {
        double[] x = new double[steps];
        x[0] = 10;
        for (int t = 1; t < steps; t++) {
            x[t] = x[t - 1] - eta * 2 * (x[t - 1] - 2);
        }
        return x;
    }

    private static TrainingResult xorRun(int epochs, boolean validated) {
        Trainer trainer = new Trainer().eta(1).epochs(epochs).progress(false);
        if (validated) {
            trainer.validation(Xor.data());
        }
        return trainer.train(Network.layers(2, 3, 1).biasPerNeuron().build().initScaled(1), Xor.data());
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static boolean hasNaN(double[] values) {
        return java.util.Arrays.stream(values).anyMatch(Double::isNaN);
    }

    private static double maxAbs(double[] values) {
        return java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).map(Math::abs).max().orElse(0);
    }

    private static List<Double> boxed(double[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    private static List<Integer> flat(int[][] m) {
        return java.util.Arrays.stream(m).flatMapToInt(java.util.Arrays::stream).boxed().toList();
    }
}
