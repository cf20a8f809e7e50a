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

class Net2231Test {

    private static final double[] X = {0.5, 1.0};

    @Test
    void forwardPassFollowsTheBookWiring() {
        Net2231 net = Net2231.example().withActivation(Activation.IDENTITY);
        Net2231.Pass p = net.forward(1, 2);
        assertEquals(0.1 * 1 + 0.3 * 2 + 0.1, p.z1, 1e-12);          // w1·x1 + w3·x2 + b1
        assertEquals(0.2 * 1 + 0.4 * 2 + 0.1, p.z2, 1e-12);          // w2·x1 + w4·x2 + b1
        assertEquals(0.5 * 0.8 + 0.8 * 1.1 + 0.2, p.z3, 1e-12);      // w5·o1 + w8·o2 + b2
        assertEquals(0.6 * 0.8 + 0.9 * 1.1 + 0.2, p.z4, 1e-12);      // w6·o1 + w9·o2 + b2
        assertEquals(0.7 * 0.8 + 1.0 * 1.1 + 0.2, p.z5, 1e-12);      // w7·o1 + w10·o2 + b2
        assertEquals(1.1 * 1.48 + 1.2 * 1.67 + 1.3 * 1.86 + 0.3, p.z6, 1e-12);
        assertEquals(6.35, p.o6, 1e-12);
    }

    @Test
    void everyClosedFormGradientMatchesCentralDifferencesOnRandomNetworks() {
        Random random = new Random(4);
        for (long seed = 1; seed <= 6; seed++) {
            Net2231 net = Net2231.random(seed);
            for (int sample = 0; sample < 4; sample++) {
                assertGradientsMatchCentralDifferences(net, randomInput(random), random.nextDouble());
            }
        }
        assertGradientsMatchCentralDifferences(Net2231.random(8).withActivation(Activation.TANH), X, 0.3);
        assertGradientsMatchCentralDifferences(Net2231.example(), X, 0.0);
    }

    @Test
    void generalNetworkGivesTheSameZAndOAsTheBookForwardPass() {
        for (long seed = 1; seed <= 5; seed++) {
            Net2231 book = Net2231.random(seed);
            double[] x = randomInput(new Random(seed));
            Net2231.Pass p = book.forward(x);
            ForwardPass general = book.toNetwork().forward(x);
            double[] bookZ = {p.z1, p.z2, p.z3, p.z4, p.z5, p.z6};
            double[] bookO = {p.o1, p.o2, p.o3, p.o4, p.o5, p.o6};
            double[] generalZ = {general.z[1][0], general.z[1][1],
                    general.z[2][0], general.z[2][1], general.z[2][2], general.z[3][0]};
            double[] generalO = {general.o[1][0], general.o[1][1],
                    general.o[2][0], general.o[2][1], general.o[2][2], general.o[3][0]};
            for (int k = 0; k < 6; k++) {
                assertEquals(bookZ[k], generalZ[k], 1e-12, "z" + (k + 1));
                assertEquals(bookO[k], generalO[k], 1e-12, "o" + (k + 1));
            }
        }
    }

    @Test
    void everyClosedFormGradientEqualsGeneralBackprop() {
        Random random = new Random(6);
        for (long seed = 1; seed <= 5; seed++) {
            assertGradientsMatchGeneralBackprop(Net2231.random(seed), randomInput(random), random.nextDouble());
        }
        assertGradientsMatchGeneralBackprop(Net2231.random(12).withActivation(Activation.TANH), X, 0.1);
    }

    @Test
    void toNetworkPutsEachParameterWhereTheBookDrawsIt() {
        Net2231 book = Net2231.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
        Network net = book.toNetwork();
        assertTrue(net.sharedBias());
        assertEquals(List.of(2, 2, 3, 1), java.util.Arrays.stream(net.sizes()).boxed().toList());
        double[][][] w = net.w;
        assertEquals(1, w[1][0][0]);
        assertEquals(3, w[1][0][1]);
        assertEquals(2, w[1][1][0]);
        assertEquals(4, w[1][1][1]);
        assertEquals(5, w[2][0][0]);
        assertEquals(8, w[2][0][1]);
        assertEquals(6, w[2][1][0]);
        assertEquals(9, w[2][1][1]);
        assertEquals(7, w[2][2][0]);
        assertEquals(10, w[2][2][1]);
        assertEquals(11, w[3][0][0]);
        assertEquals(12, w[3][0][1]);
        assertEquals(13, w[3][0][2]);
        assertEquals(14, net.bias(1, 1));
        assertEquals(15, net.bias(2, 2));
        assertEquals(16, net.bias(3, 0));
    }

    @Test
    void generalNetworkPrintsTheBookNames() {
        Labels names = Net2231.example().toNetwork().labels();
        assertEquals("n2", names.neuron(0, 1));
        assertEquals("n3", names.neuron(1, 0));
        assertEquals("n7", names.neuron(2, 2));
        assertEquals("n8", names.neuron(3, 0));
        assertEquals("x1", names.o(0, 0));
        assertEquals("o2", names.o(1, 1));
        assertEquals("z4", names.z(2, 1));
        assertEquals("o5", names.o(2, 2));
        assertEquals("z6", names.z(3, 0));
        assertEquals("w8", names.weight(2, 0, 1));
        assertEquals("w10", names.weight(2, 2, 1));
        assertEquals("w13", names.weight(3, 0, 2));
        assertEquals("b2", names.bias(2, 0));
        assertEquals("b2", names.bias(2, 2));
        assertEquals("b3", names.bias(3, 0));
        assertEquals("y", names.target(0, 1));
    }

    @Test
    void oneStepMatchesAStepComputedByHand() {
        // identity activation, so every f' = 1 and each gradient is a sum of products of weights
        Net2231 net = Net2231.example().withActivation(Activation.IDENTITY);
        double o1 = 0.8, o2 = 1.1, o3 = 1.48, o4 = 1.67, o5 = 1.86;  // see forwardPassFollowsTheBookWiring
        double e = 6.35 - 6;                                          // o6 − y
        double viaN3 = 0.5 * 1.1 + 0.6 * 1.2 + 0.7 * 1.3;            // w5·w11 + w6·w12 + w7·w13
        double viaN4 = 0.8 * 1.1 + 0.9 * 1.2 + 1.0 * 1.3;            // w8·w11 + w9·w12 + w10·w13
        double eta = 0.1;

        net.step(new double[] {1, 2}, 6, eta);

        assertEquals(0.1 - eta * (1 * viaN3 * e), net.w1, 1e-12);
        assertEquals(0.2 - eta * (1 * viaN4 * e), net.w2, 1e-12);
        assertEquals(0.3 - eta * (2 * viaN3 * e), net.w3, 1e-12);
        assertEquals(0.4 - eta * (2 * viaN4 * e), net.w4, 1e-12);
        assertEquals(0.5 - eta * (e * 1.1 * o1), net.w5, 1e-12);
        assertEquals(0.6 - eta * (e * 1.2 * o1), net.w6, 1e-12);
        assertEquals(0.7 - eta * (e * 1.3 * o1), net.w7, 1e-12);
        assertEquals(0.8 - eta * (e * 1.1 * o2), net.w8, 1e-12);
        assertEquals(0.9 - eta * (e * 1.2 * o2), net.w9, 1e-12);
        assertEquals(1.0 - eta * (e * 1.3 * o2), net.w10, 1e-12);
        assertEquals(1.1 - eta * (e * o3), net.w11, 1e-12);
        assertEquals(1.2 - eta * (e * o4), net.w12, 1e-12);
        assertEquals(1.3 - eta * (e * o5), net.w13, 1e-12);
        assertEquals(0.1 - eta * ((viaN3 + viaN4) * e), net.b1, 1e-12);
        assertEquals(0.2 - eta * (e * (1.1 + 1.2 + 1.3)), net.b2, 1e-12);
        assertEquals(0.3 - eta * e, net.b3, 1e-12);
        assertEquals(0.1 - 0.1 * 2.18 * 0.35, net.w1, 1e-12);
    }

    @Test
    void oneSigmoidStepEqualsAStepOfTheGeneralNetwork() {
        Net2231 book = Net2231.random(21);
        Network net = book.toNetwork();
        net.step(net.backprop(X, new double[] {0.4}), 2.0);
        book.step(X, 0.4, 2.0);
        assertEquals(net.w[2][2][1], book.w10, 1e-12);
        assertEquals(net.w[1][1][0], book.w2, 1e-12);
        assertEquals(net.b[1][0], book.b1, 1e-12);
        assertEquals(net.b[2][0], book.b2, 1e-12);
        assertGradientsMatchGeneralBackprop(book, X, 0.4); // compares every parameter too
    }

    @Test
    void parametersAreReadAndWrittenByName() {
        Net2231 net = Net2231.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
        assertEquals(List.of("w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "w9", "w10", "w11", "w12", "w13",
                "b1", "b2", "b3"), net.parameterNames());
        for (int k = 0; k < 16; k++) {
            assertEquals(k + 1, net.get(net.parameterNames().get(k)));
        }
        net.set("w10", -0.5);
        net.set("b2", 0.25);
        assertEquals(-0.5, net.w10);
        assertEquals(0.25, net.b2);
    }

    @Test
    void randomIsRepeatableForASeed() {
        assertEquals(Net2231.random(5).toString(), Net2231.random(5).toString());
        assertNotEquals(Net2231.random(5).toString(), Net2231.random(6).toString());
    }

    @Test
    void toStringReadsLikeTheNetwork() {
        String s = Net2231.example().toString();
        assertTrue(s.contains("n5: z3 = w5·o1 + w8·o2 + b2"), s);
        assertTrue(s.contains("n8: z6 = w11·o3 + w12·o4 + w13·o5 + b3"), s);
        assertTrue(s.contains("w13 = 1.3"), s);
    }

    // ---- bad input ---------------------------------------------------------------------------

    @Test
    void unknownParameterNameIsRefusedWithTheValidNames() {
        Net2231 net = Net2231.example();
        var e = assertThrows(IllegalArgumentException.class, () -> net.get("w14"));
        assertTrue(e.getMessage().contains("\"w14\""), e.getMessage());
        assertTrue(e.getMessage().contains("w1, w2, w3, w4, w5, w6, w7, w8, w9, w10, w11, w12, w13, b1, b2, b3"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> net.set("b4", 0));
    }

    @Test
    void nonFiniteInputOrTargetIsRefusedNamingTheValue() {
        Net2231 net = Net2231.example();
        var e = assertThrows(IllegalArgumentException.class, () -> net.forward(Double.NaN, 0));
        assertTrue(e.getMessage().contains("x1 = NaN"), e.getMessage());
        var t = assertThrows(IllegalArgumentException.class, () -> net.err(X, Double.POSITIVE_INFINITY));
        assertTrue(t.getMessage().contains("y = Infinity"), t.getMessage());
        assertThrows(IllegalArgumentException.class, () -> net.gradient(new double[] {0, Double.NaN}, 0));
        assertThrows(IllegalArgumentException.class, () -> net.gradient(new double[] {0}, 0));
        assertThrows(IllegalArgumentException.class, () -> net.dErr_db1(net.forward(X), Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> net.set("w7", Double.NaN));
    }

    @Test
    void learningRateMustBePositive() {
        Net2231 net = Net2231.example();
        var e = assertThrows(IllegalArgumentException.class, () -> net.step(X, 1, -0.5));
        assertTrue(e.getMessage().contains("η (eta) = -0.5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> net.step(X, 1, 0));
        assertEquals(Net2231.example().toString(), net.toString());
    }
}
