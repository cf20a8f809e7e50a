package bp.check;

import bp.book.BookLabels;
import bp.book.Net221;
import bp.book.Net2231;
import bp.book.SharedBias221;
import bp.general.Gradients;
import bp.general.MatrixBackprop;
import bp.general.Network;
import bp.general.RandomNetworks;
import bp.neuron.Activation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradientCheckTest {

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"SIGMOID", "TANH"})
    void backpropPassesOnRandomNetworks(Activation f) {
        long seed = 900;
        for (Network net : RandomNetworks.all(f, seed)) {
            double[] x = RandomNetworks.vector(net.inputs(), seed++, false);
            double[] y = RandomNetworks.vector(net.outputs(), seed++, true);
            CheckResult result = GradientCheck.of(net, x, y);
            assertTrue(result.maxRelativeError() < 1e-6, net + ": " + result);
            CheckResult matrix = GradientCheck.of(net, x, y, MatrixBackprop.backprop(net, x, y));
            assertTrue(matrix.maxRelativeError() < 1e-6, net + " (matrix form): " + matrix);
        }
    }

    @Test
    void everyParameterIsCheckedAgainstItsCentralDifference() {
        Network net = RandomNetworks.of(Network.layers(2, 2, 3, 1).build(), 1).withLabels(BookLabels.net2231());
        double[] x = {0.5, -1};
        double[] y = {1};
        CheckResult result = GradientCheck.of(net, x, y);
        assertEquals(16, result.rows().size());
        CheckResult.Row w1 = result.rows().get(0);
        assertEquals("w1", w1.name());
        assertEquals(net.backprop(x, y).dW[1][0][0], w1.analytic());
        double h = GradientCheck.H;
        Network plus = net.copy();
        plus.w[1][0][0] += h;
        Network minus = net.copy();
        minus.w[1][0][0] -= h;
        assertEquals((plus.err(x, y) - minus.err(x, y)) / (2 * h), w1.numeric(), 1e-15);
    }

    @Test
    void aWrongGradientIsCaughtAndNamed() {
        Network net = RandomNetworks.of(Network.layers(2, 2, 3, 1).build(), 2).withLabels(BookLabels.net2231());
        double[] x = {0.3, 0.9};
        double[] y = {0};
        Gradients right = net.backprop(x, y);
        Gradients wrong = new Gradients(right.delta, copy(right.dW), copy(right.dB), right.err);
        wrong.dW[2][1][0] *= 1.01;
        CheckResult result = GradientCheck.of(net, x, y, wrong);
        assertEquals("w6", result.worst().name());
        assertTrue(result.maxRelativeError() > 1e-3, result.toString());
        assertFalse(result.passes(1e-6));
        assertTrue(GradientCheck.of(net, x, y, right).passes(1e-6));
    }

    @Test
    void aGradientThatForgotTheOutputSlopeIsCaught() {
        Network net = RandomNetworks.of(Network.layers(2, 3, 1).build(), 3);
        double[] x = {1, 1};
        double[] y = {0.5};
        Gradients right = net.backprop(x, y);
        double fPrimeOut = Activation.SIGMOID.fPrime(net.forward(x).z[2][0]);
        double[][][] dW = copy(right.dW);
        for (int i = 0; i < dW[2][0].length; i++) {
            dW[2][0][i] /= fPrimeOut;
        }
        CheckResult result = GradientCheck.of(net, x, y, new Gradients(right.delta, dW, right.dB, right.err));
        assertTrue(result.maxRelativeError() > 0.5, result.toString());
    }

    @Test
    void theNetworkIsRestoredExactly() {
        Network net = RandomNetworks.of(Network.layers(3, 4, 2).biasPerNeuron().build(), 4);
        Network before = net.copy();
        GradientCheck.of(net, new double[] {0.1, 0.2, 0.3}, new double[] {1, 0});
        GradientCheck.ofBatch(net, new double[][] {{0.1, 0.2, 0.3}, {1, 0, -1}}, new double[][] {{1, 0}, {0, 1}});
        for (int m = 1; m <= net.outputLayer(); m++) {
            assertArrayEquals(before.b[m], net.b[m], 0.0);
            for (int j = 0; j < net.size(m); j++) {
                assertArrayEquals(before.w[m][j], net.w[m][j], 0.0);
            }
        }
    }

    @Test
    void aParameterIsRestoredEvenWhenTheLossFails() {
        Map<String, Double> values = new LinkedHashMap<>(Map.of("a", 0.1));
        assertThrows(IllegalStateException.class, () -> GradientCheck.of(List.of("a"), values::get, values::put,
                () -> {
                    throw new IllegalStateException("loss failed");
                }, Map.of("a", 1.0)));
        assertEquals(0.1, values.get("a"));
    }

    @Test
    void batchMeanGradientPasses() {
        Network net = RandomNetworks.of(Network.layers(2, 3, 2).activation(Activation.TANH).build(), 5);
        double[][] xs = {{0, 1}, {1, 0}, {0.5, 0.5}, {-1, 0.2}};
        double[][] ys = {{1, 0}, {0, 1}, {0.5, 0.5}, {0, 0}};
        CheckResult result = GradientCheck.ofBatch(net, xs, ys);
        assertTrue(result.passes(1e-6), result.toString());
        double meanDw = 0;
        for (int s = 0; s < xs.length; s++) {
            meanDw += net.backprop(xs[s], ys[s]).dW[1][0][0] / xs.length;
        }
        assertEquals(meanDw, result.rows().get(0).analytic(), 1e-15);
    }

    @Test
    void bookNetworksClosedFormsPass() {
        double[] x = {0.35, 0.9};
        CheckResult net221 = GradientCheck.of(Net221.random(7), x, 0.5);
        assertEquals(9, net221.rows().size());
        assertEquals("w1", net221.rows().get(0).name());
        assertTrue(net221.passes(1e-6), net221.toString());
        CheckResult shared = GradientCheck.of(SharedBias221.random(7), x, 0.5);
        assertEquals(8, shared.rows().size());
        assertTrue(shared.passes(1e-6), shared.toString());
        Net2231 book = Net2231.random(7);
        CheckResult net2231 = GradientCheck.of(book, x, 0.5);
        assertEquals(16, net2231.rows().size());
        assertTrue(net2231.passes(1e-6), net2231.toString());
        CheckResult general = GradientCheck.of(book.toNetwork(), x, new double[] {0.5});
        assertEquals(net2231.rows().stream().map(CheckResult.Row::name).toList(),
                general.rows().stream().map(CheckResult.Row::name).toList());
    }

    @Test
    void vectorFormLeavesThetaAlone() {
        double[] theta = {1.5, -2};
        // Err(θ) = θ0² + 3 θ0 θ1, so ∂Err/∂θ0 = 2θ0 + 3θ1 and ∂Err/∂θ1 = 3θ0
        CheckResult right = GradientCheck.of(new String[] {"θ0", "θ1"}, theta,
                t -> t[0] * t[0] + 3 * t[0] * t[1], new double[] {2 * 1.5 + 3 * -2, 3 * 1.5}, 1e-4);
        assertTrue(right.passes(1e-8), right.toString());
        CheckResult wrong = GradientCheck.of(new String[] {"θ0", "θ1"}, theta,
                t -> t[0] * t[0] + 3 * t[0] * t[1], new double[] {2 * 1.5, 3 * 1.5}, 1e-4);
        assertEquals("θ0", wrong.worst().name());
        assertArrayEquals(new double[] {1.5, -2}, theta, 0.0);
    }

    @Test
    void relativeError() {
        assertEquals(0, GradientCheck.relativeError(0, 0));
        assertEquals(2, GradientCheck.relativeError(1, -1));
        assertEquals(0.5, GradientCheck.relativeError(2, 1));
        assertEquals(1e-12 / GradientCheck.TINY, GradientCheck.relativeError(1e-12, 0), 1e-20);
    }

    @Test
    void badInputIsRefused() {
        Network net = Network.layers(2, 2, 1).build();
        assertThrows(IllegalArgumentException.class,
                () -> GradientCheck.of(net, new double[] {1}, new double[] {0}));
        assertThrows(IllegalArgumentException.class,
                () -> GradientCheck.of(net, new double[] {1, Double.NaN}, new double[] {0}));
        assertThrows(IllegalArgumentException.class,
                () -> GradientCheck.of(net, new double[] {1, 2}, new double[] {0},
                        Network.layers(2, 3, 1).build().backprop(new double[] {1, 2}, new double[] {0})));
        assertThrows(IllegalArgumentException.class,
                () -> GradientCheck.ofBatch(net, new double[][] {{1, 2}}, new double[][] {}));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> GradientCheck.of(List.of("a", "b"), n -> 0, (n, v) -> { }, () -> 0, Map.of("a", 1.0)));
        assertTrue(missing.getMessage().contains("\"b\""), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GradientCheck.of(new String[] {"θ0"},
                new double[] {1, 2}, t -> 0, new double[] {0, 0}, 1e-5));
    }

    private static double[][][] copy(double[][][] a) {
        double[][][] c = new double[a.length][][];
        for (int m = 0; m < a.length; m++) {
            c[m] = a[m] == null ? null : copy(a[m]);
        }
        return c;
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int k = 0; k < a.length; k++) {
            c[k] = a[k] == null ? null : a[k].clone();
        }
        return c;
    }
}
