package bp.book;

import bp.general.ForwardPass;
import bp.general.Labels;
import bp.general.Network;
import bp.neuron.Activation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static bp.book.BookNetworkChecks.assertGradientsMatchCentralDifferences;
import static bp.book.BookNetworkChecks.assertGradientsMatchGeneralBackprop;
import static bp.book.BookNetworkChecks.randomInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SharedBias221Test {

    private static final double[] X = {0.5, 1.0};

    @Test
    void bothHiddenNeuronsAddTheSameBias() {
        SharedBias221.Pass p = SharedBias221.example().forward(0.5, 1.0);
        assertEquals(0.5 * 0.1 + 1.0 * 0.3 + 0.1, p.z1, 1e-15);
        assertEquals(0.5 * 0.2 + 1.0 * 0.4 + 0.1, p.z2, 1e-15);
        assertEquals(p.o1 * 0.5 + p.o2 * 0.6 + 0.3, p.z3, 1e-15);
        assertEquals(1 / (1 + Math.exp(-p.z3)), p.o3, 1e-15);
    }

    @Test
    void everyClosedFormGradientMatchesCentralDifferencesOnRandomNetworks() {
        Random random = new Random(3);
        for (long seed = 1; seed <= 6; seed++) {
            SharedBias221 net = SharedBias221.random(seed);
            for (int sample = 0; sample < 4; sample++) {
                assertGradientsMatchCentralDifferences(net, randomInput(random), random.nextDouble());
            }
        }
        assertGradientsMatchCentralDifferences(SharedBias221.random(8).withActivation(Activation.TANH), X, -0.4);
    }

    @Test
    void sharedBiasGradientIsTheSumOfTheTwoPathsOfChapterTwo() {
        SharedBias221 shared = SharedBias221.random(11);
        // the same numbers in the chapter-2 network, where each hidden neuron has its own copy of b1
        Net221 separate = Net221.of(shared.w1, shared.w2, shared.w3, shared.w4, shared.w5, shared.w6,
                shared.b1, shared.b1, shared.b2);
        var viaN3 = separate.gradient(X, 0.7).get("b1");
        var viaN4 = separate.gradient(X, 0.7).get("b2");
        assertEquals(viaN3 + viaN4, shared.gradient(X, 0.7).get("b1"), 1e-15);
        assertEquals(separate.gradient(X, 0.7).get("b3"), shared.gradient(X, 0.7).get("b2"), 1e-15);
        assertEquals(separate.err(X, 0.7), shared.err(X, 0.7), 1e-15);
    }

    @Test
    void generalNetworkGivesTheSameZAndOAsTheBookForwardPass() {
        for (long seed = 1; seed <= 5; seed++) {
            SharedBias221 book = SharedBias221.random(seed);
            double[] x = randomInput(new Random(seed));
            SharedBias221.Pass p = book.forward(x);
            ForwardPass general = book.toNetwork().forward(x);
            assertEquals(p.z1, general.z[1][0], 1e-12);
            assertEquals(p.o1, general.o[1][0], 1e-12);
            assertEquals(p.z2, general.z[1][1], 1e-12);
            assertEquals(p.o2, general.o[1][1], 1e-12);
            assertEquals(p.z3, general.z[2][0], 1e-12);
            assertEquals(p.o3, general.o[2][0], 1e-12);
        }
    }

    @Test
    void everyClosedFormGradientEqualsGeneralBackprop() {
        Random random = new Random(4);
        for (long seed = 1; seed <= 5; seed++) {
            assertGradientsMatchGeneralBackprop(SharedBias221.random(seed), randomInput(random), random.nextDouble());
        }
    }

    @Test
    void toNetworkSharesOneBiasPerLayer() {
        Network net = SharedBias221.of(1, 2, 3, 4, 5, 6, 7, 8).toNetwork();
        assertTrue(net.sharedBias());
        assertEquals(1, net.b[1].length);
        assertEquals(1, net.w[1][0][0]);
        assertEquals(3, net.w[1][0][1]);
        assertEquals(2, net.w[1][1][0]);
        assertEquals(4, net.w[1][1][1]);
        assertEquals(5, net.w[2][0][0]);
        assertEquals(6, net.w[2][0][1]);
        assertEquals(7, net.bias(1, 0));
        assertEquals(7, net.bias(1, 1));
        assertEquals(8, net.bias(2, 0));
        Labels names = net.labels();
        assertEquals("b1", names.bias(1, 0));
        assertEquals("b1", names.bias(1, 1));
        assertEquals("b2", names.bias(2, 0));
        assertEquals("n5", names.neuron(2, 0));
        assertEquals("o3", names.o(2, 0));
    }

    @Test
    void oneStepMatchesAStepComputedByHand() {
        // identity activation, so f' = 1 and every number can be followed on paper
        SharedBias221 net = SharedBias221.example().withActivation(Activation.IDENTITY);
        double z1 = 1 * 0.1 + 2 * 0.3 + 0.1;          // 0.8
        double z2 = 1 * 0.2 + 2 * 0.4 + 0.1;          // 1.1
        double o3 = z1 * 0.5 + z2 * 0.6 + 0.3;        // 1.36
        assertEquals(0.36, o3 - 1, 1e-12);

        net.step(new double[] {1, 2}, 1, 0.5);

        assertEquals(0.1 - 0.5 * (0.36 * 0.5 * 1), net.w1, 1e-12);
        assertEquals(0.2 - 0.5 * (0.36 * 0.6 * 1), net.w2, 1e-12);
        assertEquals(0.3 - 0.5 * (0.36 * 0.5 * 2), net.w3, 1e-12);
        assertEquals(0.4 - 0.5 * (0.36 * 0.6 * 2), net.w4, 1e-12);
        assertEquals(0.5 - 0.5 * (0.36 * 0.8), net.w5, 1e-12);
        assertEquals(0.6 - 0.5 * (0.36 * 1.1), net.w6, 1e-12);
        assertEquals(0.1 - 0.5 * (0.36 * (0.5 + 0.6)), net.b1, 1e-12); // two paths, old w5 and w6
        assertEquals(0.3 - 0.5 * 0.36, net.b2, 1e-12);
    }

    @Test
    void parametersAreReadAndWrittenByName() {
        SharedBias221 net = SharedBias221.of(1, 2, 3, 4, 5, 6, 7, 8);
        assertEquals(List.of("w1", "w2", "w3", "w4", "w5", "w6", "b1", "b2"), net.parameterNames());
        for (int k = 0; k < 8; k++) {
            assertEquals(k + 1, net.get(net.parameterNames().get(k)));
        }
        net.set("b1", -2.5);
        net.set("w5", 0.75);
        assertEquals(-2.5, net.b1);
        assertEquals(0.75, net.w5);
    }

    @Test
    void randomIsRepeatableForASeed() {
        assertEquals(SharedBias221.random(1).toString(), SharedBias221.random(1).toString());
        assertNotEquals(SharedBias221.random(1).toString(), SharedBias221.random(2).toString());
    }

    @Test
    void toStringShowsTheSharedBias() {
        String s = SharedBias221.example().toString();
        assertTrue(s.contains("z2 = x1·w2 + x2·w4 + b1"), s);
        assertTrue(s.contains("z3 = o1·w5 + o2·w6 + b2"), s);
        assertTrue(s.contains("b2 = 0.3"), s);
    }

    // ---- bad input ---------------------------------------------------------------------------

    @Test
    void unknownParameterNameIsRefusedWithTheValidNames() {
        SharedBias221 net = SharedBias221.example();
        var e = assertThrows(IllegalArgumentException.class, () -> net.get("b3"));
        assertTrue(e.getMessage().contains("\"b3\""), e.getMessage());
        assertTrue(e.getMessage().contains("w1, w2, w3, w4, w5, w6, b1, b2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> net.set("b3", 1));
    }

    @Test
    void nonFiniteInputOrTargetIsRefusedNamingTheValue() {
        SharedBias221 net = SharedBias221.example();
        var e = assertThrows(IllegalArgumentException.class, () -> net.forward(1, Double.NaN));
        assertTrue(e.getMessage().contains("x2 = NaN"), e.getMessage());
        var t = assertThrows(IllegalArgumentException.class, () -> net.gradient(X, Double.NEGATIVE_INFINITY));
        assertTrue(t.getMessage().contains("y = -Infinity"), t.getMessage());
        assertThrows(IllegalArgumentException.class, () -> net.err(new double[] {Double.NaN, 1}, 0));
        assertThrows(IllegalArgumentException.class, () -> net.dErr_db1(net.forward(X), Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> net.set("w1", Double.POSITIVE_INFINITY));
    }

    @Test
    void learningRateMustBePositive() {
        SharedBias221 net = SharedBias221.example();
        var e = assertThrows(IllegalArgumentException.class, () -> net.step(X, 1, 0));
        assertTrue(e.getMessage().contains("η (eta) = 0.0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> net.step(X, 1, -1));
        assertEquals(SharedBias221.example().toString(), net.toString());
    }
}
