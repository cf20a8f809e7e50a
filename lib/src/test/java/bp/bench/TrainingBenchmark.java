package bp.bench;

import bp.data.DataSet;
import bp.data.Digits;
import bp.data.Iris;
import bp.data.OneHot;
import bp.data.Shuffle;
import bp.general.ForwardPass;
import bp.general.Gradients;
import bp.general.MatrixBackprop;
import bp.general.MiniBatch;
import bp.general.Network;
import bp.train.Trainer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Times the two training runs the course cares about, each through the library and as a plain
 * {@code double[]} loop doing the same arithmetic (interleaved in this JVM), plus the digits run in
 * NumPy's matrix form, and writes BENCHMARKS.md in the course folder. Not a unit test: run it on a
 * quiet machine with {@value #COMMAND}.
 *
 * <p>(a) the Iris run of 《BP-Algorithm》 (chapter 7): 4-5-3 sigmoid, per-sample SGD, η = 0.2, 300 epochs over 130 rows,
 * loss and accuracy on the training and validation sets after every epoch.
 * (b) the digits of chapter 8: 64-30-10 sigmoid, mini-batches of K = 10 in matrix form, η = 3,
 * 30 epochs over 1500 images, a new order every epoch.
 *
 * <p>{@code -Dexec.args=iris-only} times (a) alone and writes nothing: a quick look while working on the loop form.
 */
public final class TrainingBenchmark {

    /** What a reader types in the course folder; `course bench` runs this class through Maven's exec plugin. */
    static final String COMMAND = "./course bench";

    static final int IRIS_EPOCHS = 300;
    static final double IRIS_ETA = 0.2;
    static final int DIGITS_EPOCHS = 30;
    static final int DIGITS_K = 10;
    static final double DIGITS_ETA = 3;
    static final int DIGITS_TRAIN = 1500;

    public static void main(String[] args) throws IOException {
        Path course = courseFolder();
        DataSet.Split iris = Iris.load(course.resolve("datasets/iris.csv")).scaled().shuffle(1).split(130);
        DataSet.Split digits = Digits.load(course.resolve("datasets/digits.csv.gz")).shuffle(1).split(DIGITS_TRAIN);

        if (args.length > 0 && args[0].equals("iris-only")) {
            System.out.println(Timing.interleaved("(a) Iris", "", 30, 21,
                    () -> irisThroughNetwork(iris), () -> irisPlain(iris), () -> irisTrainer(iris)).line());
            return;
        }
        List<Comparison> comparisons = new ArrayList<>();
        comparisons.add(Timing.interleaved("(a) Iris, 《BP-Algorithm》",
                "4-5-3 sigmoid, one bias per neuron, per-sample SGD, η = 0.2, 300 epochs × 130 rows, "
                        + "train + validation loss/accuracy every epoch", 30, 21,
                () -> irisThroughNetwork(iris), () -> irisPlain(iris), () -> irisTrainer(iris)));
        System.out.println(comparisons.get(0).line());
        comparisons.add(Timing.interleaved("(b) Digits, chapter 8",
                "64-30-10 sigmoid, one bias per neuron, mini-batch K = 10 in matrix form, η = 3, "
                        + "30 epochs × 1500 images, new order every epoch (seed 7)", 5, 11,
                () -> digitsThroughMatrixForm(digits), () -> digitsPlain(digits), () -> digitsTrainer(digits)));
        System.out.println(comparisons.get(1).line());
        NumPyReference numpy = NumPyReference.run(course);
        System.out.println(numpy.line());

        Path out = course.resolve("BENCHMARKS.md");
        Files.writeString(out, Report.markdown(comparisons, numpy) + Report.gradingSection(out));
        System.out.println("wrote " + out);
    }

    // ---- (a) Iris ------------------------------------------------------------------------------

    static Network irisNetwork() {
        return Network.layers(4, 5, 3).biasPerNeuron().build().initUniform(1);
    }

    /** Network.backprop into one reused Gradients, Network.step, evaluation through one reused ForwardPass. */
    static String irisThroughNetwork(DataSet.Split data) {
        Network net = irisNetwork();
        Gradients g = Gradients.sizedFor(net);
        ForwardPass pass = ForwardPass.sizedFor(net);
        double[] train = null;
        double[] val = null;
        for (int epoch = 1; epoch <= IRIS_EPOCHS; epoch++) {
            for (int k = 0; k < data.train().size(); k++) {
                net.backprop(data.train().x[k], data.train().y[k], g);
                net.step(g, IRIS_ETA);
            }
            train = evaluate(net, data.train(), pass);
            val = evaluate(net, data.validation(), pass);
        }
        return result(train, val);
    }

    static String irisPlain(DataSet.Split data) {
        PlainLoop net = new PlainLoop(irisNetwork());
        int[] order = inOrder(data.train().size());
        double[] train = null;
        double[] val = null;
        for (int epoch = 1; epoch <= IRIS_EPOCHS; epoch++) {
            for (int k = 0; k < order.length; k++) {
                net.step(data.train().x, data.train().y, order, k, k + 1, IRIS_ETA);
            }
            train = net.evaluate(data.train().x, data.train().y);
            val = net.evaluate(data.validation().x, data.validation().y);
        }
        return result(train, val);
    }

    static String irisTrainer(DataSet.Split data) {
        return new Trainer().eta(IRIS_ETA).epochs(IRIS_EPOCHS).validation(data.validation()).progress(false)
                .train(irisNetwork(), data.train()).toString();
    }

    // ---- (b) Digits ----------------------------------------------------------------------------

    static Network digitsNetwork() {
        return Network.layers(64, 30, 10).biasPerNeuron().build().initScaled(3);
    }

    /** MatrixBackprop's mini-batch form into one reused MiniBatch, then Network.step with η / K. */
    static String digitsThroughMatrixForm(DataSet.Split data) {
        Network net = digitsNetwork();
        MiniBatch room = MiniBatch.sizedFor(net, DIGITS_K);
        double[][] x = data.train().x;
        double[][] y = data.train().y;
        double[][] X = new double[DIGITS_K][];
        double[][] Y = new double[DIGITS_K][];
        Random random = new Random(7);
        for (int epoch = 1; epoch <= DIGITS_EPOCHS; epoch++) {
            int[] order = Shuffle.order(x.length, random);
            for (int start = 0; start < order.length; start += DIGITS_K) {
                for (int k = 0; k < DIGITS_K; k++) {
                    X[k] = x[order[start + k]];
                    Y[k] = y[order[start + k]];
                }
                net.step(MatrixBackprop.backprop(net, X, Y, room), DIGITS_ETA / DIGITS_K);
            }
        }
        return "held-out accuracy " + String.format("%.3f", evaluate(net, data.validation(), ForwardPass.sizedFor(net))[1]);
    }

    static String digitsPlain(DataSet.Split data) {
        PlainLoop net = new PlainLoop(digitsNetwork());
        Random random = new Random(7);
        for (int epoch = 1; epoch <= DIGITS_EPOCHS; epoch++) {
            int[] order = Shuffle.order(data.train().size(), random);
            for (int start = 0; start < order.length; start += DIGITS_K) {
                net.step(data.train().x, data.train().y, order, start, start + DIGITS_K, DIGITS_ETA);
            }
        }
        return "held-out accuracy " + String.format("%.3f", net.evaluate(data.validation().x, data.validation().y)[1]);
    }

    static String digitsTrainer(DataSet.Split data) {
        return new Trainer().eta(DIGITS_ETA).epochs(DIGITS_EPOCHS).batchSize(DIGITS_K).shuffleEachEpoch(7)
                .validation(data.validation()).progress(false).train(digitsNetwork(), data.train()).toString();
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** {mean Err, accuracy} of {@code net} on {@code data}, one reused forward pass. */
    static double[] evaluate(Network net, DataSet data, ForwardPass pass) {
        double err = 0;
        int right = 0;
        for (int k = 0; k < data.size(); k++) {
            double[] o = net.forward(data.x[k], pass).output();
            err += Network.squaredError(o, data.y[k]);
            right += OneHot.argmax(o) == OneHot.argmax(data.y[k]) ? 1 : 0;
        }
        return new double[] {err / data.size(), (double) right / data.size()};
    }

    static String result(double[] train, double[] val) {
        return String.format("loss %.5f, accuracy %.3f, val accuracy %.3f", train[0], train[1], val[1]);
    }

    static int[] inOrder(int n) {
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        return order;
    }

    /** The folder holding datasets/ and BENCHMARKS.md: the working directory or one above it. */
    static Path courseFolder() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("datasets/iris.csv"))) {
                return p;
            }
        }
        throw new IllegalStateException("run from the course folder: no datasets/iris.csv at or above " + here);
    }
}
