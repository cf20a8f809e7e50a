package bp.train;

import bp.data.DataSet;
import bp.data.Iris;
import bp.data.Xor;
import bp.general.Gradients;
import bp.general.Network;
import bp.neuron.Activation;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

class TrainerTest {

    private static final Path IRIS = Path.of("../datasets/iris.csv");

    private static Network xorNet(long seed) {
        return Network.layers(2, 3, 1).biasPerNeuron().build().initScaled(seed);
    }

    /** y = 2x, which a single linear neuron can fit and a too-large η makes explode. */
    private static DataSet line() {
        return DataSet.of(new double[][]{{1}, {2}, {3}}, new double[][]{{2}, {4}, {6}});
    }

    private static Network linear() {
        return Network.layers(1, 1).activation(Activation.IDENTITY).build();
    }

    // ---- learning ------------------------------------------------------------------------------

    @Test
    void perSampleTrainingLearnsXor() {
        Network net = xorNet(1);
        TrainingResult r = new Trainer().eta(2).epochs(3000).train(net, Xor.data());
        DataSet xor = Xor.data();
        for (int k = 0; k < 4; k++) {
            double o = net.output(xor.x[k])[0];
            assertEquals(xor.y[k][0], o >= 0.5 ? 1 : 0, "XOR" + java.util.Arrays.toString(xor.x[k]) + " gave o = " + o);
        }
        assertEquals(1.0, r.accuracy());
        assertTrue(r.loss() < 0.01, "loss " + r.loss());
        assertFalse(r.diverged());
        assertFalse(r.interrupted());
        assertSame(net, r.network());
    }

    @Test
    void irisWithText003sSettingsReachesNinetyPercentOnValidation() {
        DataSet iris = Iris.load(IRIS).scaled();
        for (long seed = 1; seed <= 5; seed++) {
            DataSet.Split split = iris.shuffle(seed).split(130);
            Network net = Network.layers(4, 5, 3).biasPerNeuron().build().initUniform(seed);
            TrainingResult r = new Trainer().eta(0.2).epochs(300).batchSize(1).noShuffle()
                    .validation(split.validation()).train(net, split.train());
            assertEquals(300, r.epochs());
            assertTrue(r.validationAccuracy() >= 0.9, "seed " + seed + ": " + r);
            assertTrue(r.accuracy() >= 0.9, "seed " + seed + ": " + r);
            int[][] counts = r.confusionMatrix(split.validation());
            int diagonal = counts[0][0] + counts[1][1] + counts[2][2];
            assertEquals(r.validationAccuracy(), diagonal / 20.0, 1e-12);
        }
    }

    @Test
    void fullBatchReducesTheLoss() {
        Network net = xorNet(2);
        double before = Metrics.loss(net, Xor.data());
        TrainingResult r = new Trainer().eta(1).epochs(500).fullBatch().train(net, Xor.data());
        assertTrue(r.loss() < before, before + " → " + r.loss());
        assertLossMostlyFalls(r.losses());
    }

    @Test
    void miniBatchesReduceTheLoss() {
        DataSet iris = Iris.load(IRIS).scaled().shuffle(3);
        Network net = Network.layers(4, 5, 3).biasPerNeuron().build().initScaled(3);
        double before = Metrics.loss(net, iris);
        TrainingResult r = new Trainer().eta(1).epochs(200).batchSize(16).shuffleEachEpoch(5).train(net, iris);
        assertTrue(r.loss() < before / 2, before + " → " + r.loss());
        assertTrue(r.accuracy() > 0.8, r.toString());
        assertLossMostlyFalls(r.losses());
    }

    private static void assertLossMostlyFalls(double[] loss) {
        int n = loss.length;
        assertTrue(loss[n - 1] < loss[n / 2] && loss[n / 2] < loss[0],
                "loss should fall: first " + loss[0] + ", middle " + loss[n / 2] + ", last " + loss[n - 1]);
    }

    // ---- one step by hand -----------------------------------------------------------------------

    @Test
    void aFullBatchStepIsText004sFormula() {
        Network net = Network.layers(2, 2, 1).build().initUniform(7);
        Network before = net.copy();
        DataSet two = DataSet.of(new double[][]{{0.3, 0.9}, {0.8, 0.1}}, new double[][]{{1}, {0}});
        double eta = 0.5, lambda = 0.1;
        Gradients g0 = before.backprop(two.x[0], two.y[0]);
        Gradients g1 = before.backprop(two.x[1], two.y[1]);

        new Trainer().eta(eta).lambda(lambda).epochs(1).fullBatch().train(net, two);

        for (int m = 1; m <= 2; m++) {
            for (int j = 0; j < net.size(m); j++) {
                for (int i = 0; i < net.size(m - 1); i++) {
                    double w = before.w[m][j][i];
                    double deltaW = g0.dW[m][j][i] + g1.dW[m][j][i];
                    assertEquals(w - eta * (deltaW / 2 + lambda * w), net.w[m][j][i], 1e-15, "w[" + m + "][" + j + "][" + i + "]");
                }
            }
            double b = before.b[m][0];
            assertEquals(b - eta * (g0.dB[m][0] + g1.dB[m][0]) / 2, net.b[m][0], 1e-15, "b[" + m + "] is not decayed");
        }
    }

    @Test
    void weightDecayShrinksWeightsButNotBiases() {
        Network plain = Network.layers(2, 2, 1).biasPerNeuron().build().initUniform(11);
        Network decayed = plain.copy();
        DataSet one = DataSet.of(new double[][]{{0.5, 0.2}}, new double[][]{{1}});
        double eta = 0.3, lambda = 0.2;

        new Trainer().eta(eta).epochs(1).train(plain, one);
        new Trainer().eta(eta).lambda(lambda).epochs(1).train(decayed, one);

        Network start = Network.layers(2, 2, 1).biasPerNeuron().build().initUniform(11);
        for (int m = 1; m <= 2; m++) {
            for (int j = 0; j < start.size(m); j++) {
                for (int i = 0; i < start.size(m - 1); i++) {
                    double w = start.w[m][j][i];
                    assertEquals(-eta * lambda * w, decayed.w[m][j][i] - plain.w[m][j][i], 1e-15);
                }
                assertEquals(plain.b[m][j], decayed.b[m][j], 0.0, "biases are not decayed");
            }
        }
    }

    @Test
    void overManyEpochsWeightDecayKeepsTheWeightsSmaller() {
        Network plain = xorNet(1);
        Network decayed = plain.copy();
        new Trainer().eta(2).epochs(2000).train(plain, Xor.data());
        new Trainer().eta(2).epochs(2000).lambda(0.001).train(decayed, Xor.data());
        assertTrue(decayed.sumOfSquaredWeights() < 0.8 * plain.sumOfSquaredWeights(),
                decayed.sumOfSquaredWeights() + " vs " + plain.sumOfSquaredWeights());
    }

    @Test
    void perSampleStepsFollowTheDataOrderWithoutShuffle() {
        Network a = xorNet(4);
        Network b = a.copy();
        new Trainer().eta(0.5).epochs(1).train(a, Xor.data());
        DataSet xor = Xor.data();
        for (int k = 0; k < 4; k++) {
            b.step(b.backprop(xor.x[k], xor.y[k]), 0.5);
        }
        assertArrayEquals(b.w[1], a.w[1]);
        assertArrayEquals(b.w[2], a.w[2]);
        assertArrayEquals(b.b[1], a.b[1]);
    }

    @Test
    void shufflingEachEpochRepeatsWithItsSeedAndDiffersFromTheFixedOrder() {
        Network a = xorNet(5), b = a.copy(), c = a.copy();
        new Trainer().eta(0.5).epochs(3).shuffleEachEpoch(9).train(a, Xor.data());
        new Trainer().eta(0.5).epochs(3).shuffleEachEpoch(9).train(b, Xor.data());
        new Trainer().eta(0.5).epochs(3).noShuffle().train(c, Xor.data());
        assertArrayEquals(a.w[1], b.w[1]);
        assertFalse(java.util.Arrays.deepEquals(a.w[1], c.w[1]));
    }

    // ---- history and steps -------------------------------------------------------------------------

    @Test
    void historyHasOneRowPerEpochAndTheValidationColumns() {
        DataSet xor = Xor.data();
        TrainingResult r = new Trainer().eta(1).epochs(5).validation(xor).train(xorNet(1), xor);
        List<Epoch> h = r.history();
        assertEquals(5, h.size());
        assertEquals(List.of(1, 2, 3, 4, 5), h.stream().map(Epoch::number).toList());
        assertArrayEquals(r.losses(), r.validationLosses(), 0.0);
        assertArrayEquals(r.accuracies(), r.validationAccuracies(), 0.0);
        assertTrue(r.validated());
        assertEquals(Metrics.loss(r.network(), xor), r.loss(), 1e-15);
        assertEquals(r.loss(), r.validationLoss(), 0.0);
    }

    @Test
    void withoutValidationTheValColumnsAreMissing() {
        TrainingResult r = new Trainer().eta(1).epochs(2).train(xorNet(1), Xor.data());
        assertEquals(2, r.history().stream().filter(e -> Double.isNaN(e.validationLoss())).count());
        assertFalse(r.validated());
        assertTrue(Double.isNaN(r.validationAccuracy()));
        assertFalse(r.toString().contains("val accuracy"), r.toString());
    }

    @Test
    void recordedStepsGiveErrPerStepForOneSample() {
        Network net = Network.layers(2, 2, 1).build().initUniform(1);
        DataSet one = DataSet.of(new double[][]{{1, 0.5}}, new double[][]{{0}});
        double first = net.err(one.x[0], one.y[0]);
        TrainingResult r = new Trainer().eta(0.5).epochs(50).recordSteps().train(net, one);
        List<Step> steps = r.steps();
        assertEquals(50, steps.size());
        assertEquals(new Step(50, 50, steps.get(49).err()), steps.get(49));
        double[] err = r.stepErr();
        assertEquals(first, err[0], 1e-15, "step 1 records Err before its update");
        assertTrue(err[49] < err[0]);
        for (int s = 1; s < err.length; s++) {
            assertTrue(err[s] < err[s - 1], "one sample, small η: Err falls every step");
        }
    }

    @Test
    void aMiniBatchRunHasCeilOfSizeOverKStepsPerEpoch() {
        DataSet iris = Iris.load(IRIS).scaled();
        TrainingResult r = new Trainer().eta(0.5).epochs(2).batchSize(32).recordSteps()
                .train(Network.layers(4, 3, 3).build().initScaled(1), iris);
        assertEquals(2 * 5, r.steps().size());
        assertEquals(List.of(1, 1, 1, 1, 1, 2, 2, 2, 2, 2), r.steps().stream().map(Step::epoch).toList());
    }

    @Test
    void stepsThatWereNotRecordedSaySo() {
        TrainingResult r = new Trainer().eta(1).epochs(1).train(xorNet(1), Xor.data());
        IllegalStateException e = assertThrows(IllegalStateException.class, r::steps);
        assertTrue(e.getMessage().contains("recordSteps()"), e.getMessage());
    }

    // ---- stopping early ------------------------------------------------------------------------------

    @Test
    void aTooLargeEtaIsReportedAsDivergenceNotThrown() {
        TrainingResult r = new Trainer().eta(5).epochs(1000).train(linear(), line());
        assertTrue(r.diverged());
        Divergence d = r.divergence().orElseThrow();
        assertTrue(d.epoch() > 1 && d.epoch() < 1000, "epoch " + d.epoch());
        assertTrue(d.step() >= 1 && d.step() <= 3, "step " + d.step());
        assertFalse(Double.isFinite(d.loss()));
        assertEquals("loss became " + d.loss() + " at epoch " + d.epoch() + ", step " + d.step()
                + ": η = 5.0 is too large, try a smaller η", d.message());
        assertEquals(d.epoch() - 1, r.epochs(), "the history keeps the epochs before it");
        for (double loss : r.losses()) {
            assertTrue(Double.isFinite(loss));
        }
        assertTrue(r.toString().contains("too large"), r.toString());
    }

    @Test
    void aSmallEtaOnTheSameProblemConverges() {
        Network net = linear();
        TrainingResult r = new Trainer().eta(0.05).epochs(1000).train(net, line());
        assertFalse(r.diverged());
        assertTrue(r.divergence().isEmpty());
        assertEquals(2, net.w[1][0][0], 1e-6);
        assertEquals(0, net.b[1][0], 1e-6);
    }

    @Test
    void anInterruptBeforeTrainingReturnsAtOnceAndClearsTheFlag() {
        Network net = xorNet(1);
        Network untouched = net.copy();
        Thread.currentThread().interrupt();
        try {
            TrainingResult r = new Trainer().eta(1).epochs(100).train(net, Xor.data());
            assertTrue(r.interrupted());
            assertEquals(0, r.epochs());
            assertFalse(Thread.currentThread().isInterrupted(), "the flag is consumed");
            assertArrayEquals(untouched.w[1], net.w[1]);
            assertTrue(Double.isNaN(r.loss()));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void anInterruptDuringTrainingStopsItWithTheHistorySoFar() throws InterruptedException {
        // a first run finishes the one-time class initialisation, so the interrupt lands in training
        new Trainer().epochs(1).train(xorNet(1), Xor.data());
        AtomicReference<TrainingResult> result = new AtomicReference<>();
        AtomicBoolean flagAfter = new AtomicBoolean(true);
        Thread training = new Thread(() -> {
            result.set(new Trainer().eta(1).epochs(Integer.MAX_VALUE).train(xorNet(1), Xor.data()));
            flagAfter.set(Thread.currentThread().isInterrupted());
        });
        training.start();
        Thread.sleep(200);
        training.interrupt();
        training.join(10_000);
        assertFalse(training.isAlive(), "training did not stop after the interrupt");
        TrainingResult r = result.get();
        assertTrue(r.interrupted());
        assertFalse(r.diverged());
        assertTrue(r.epochs() > 0 && r.epochs() < Integer.MAX_VALUE, "epochs " + r.epochs());
        assertEquals(r.epochs(), r.history().get(r.epochs() - 1).number());
        assertFalse(flagAfter.get(), "the interrupt flag is cleared when train returns");
        assertTrue(r.toString().contains("interrupted"), r.toString());
    }

    // ---- bad input ---------------------------------------------------------------------------------

    @Test
    void everyBadSettingNamesItsValue() {
        assertMessage(() -> new Trainer().eta(0), "η (eta) = 0.0");
        assertMessage(() -> new Trainer().eta(-0.1), "η (eta) = -0.1");
        assertMessage(() -> new Trainer().eta(Double.NaN), "η (eta) = NaN");
        assertMessage(() -> new Trainer().epochs(0), "epochs = 0");
        assertMessage(() -> new Trainer().batchSize(0), "batch size K = 0");
        assertMessage(() -> new Trainer().lambda(-1), "λ (lambda, weight decay) = -1.0");
        assertMessage(() -> new Trainer().validation(null), "validation data is null");
    }

    @Test
    void dataThatDoesNotFitTheNetworkIsRejected() {
        Network net = Network.layers(4, 5, 3).build();
        assertMessage(() -> new Trainer().train(net, Xor.data()), "training data has 2 inputs and 1 targets");
        DataSet iris = Iris.load(IRIS);
        assertMessage(() -> new Trainer().validation(Xor.data()).train(net, iris), "validation data has 2 inputs");
        assertMessage(() -> new Trainer().train(net, null), "training data is null");
        assertMessage(() -> new Trainer().train(null, iris), "network is null");
        assertMessage(() -> new Trainer().train(Network.layers(4, 5, 2).build(), iris), "3 targets per sample");
    }

    @Test
    void emptyDataCannotReachTheTrainer() {
        assertMessage(() -> new Trainer().train(xorNet(1), DataSet.of(new double[0][], new double[0][])), "no rows");
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable call, String part) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(part), "expected \"" + part + "\" in: " + e.getMessage());
    }
}
