package bp.book;

import bp.general.ForwardPass;
import bp.general.Gradients;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Net221Test {

    private static final double[] X = {0.5, 1.0};

    @Test
    void forwardPassOfTheExampleMatchesArithmeticByHand() {
        Net221.Pass p = Net221.example().forward(0.5, 1.0);
        double z1 = 0.5 * 0.1 + 1.0 * 0.3 + 0.1;
        double z2 = 0.5 * 0.2 + 1.0 * 0.4 + 0.2;
        double o1 = 1 / (1 + Math.exp(-z1));
        double o2 = 1 / (1 + Math.exp(-z2));
        double z3 = o1 * 0.5 + o2 * 0.6 + 0.3;
        assertEquals(0.45, p.z1, 1e-15);
        assertEquals(0.7, p.z2, 1e-15);
        assertEquals(z1, p.z1, 1e-15);
        assertEquals(o1, p.o1, 1e-15);
        assertEquals(z2, p.z2, 1e-15);
        assertEquals(o2, p.o2, 1e-15);
        assertEquals(z3, p.z3, 1e-15);
        assertEquals(1 / (1 + Math.exp(-z3)), p.o3, 1e-15);
        assertEquals(0.5, p.x1);
        assertEquals(1.0, p.x2);
    }

    @Test
    void everyClosedFormGradientMatchesCentralDifferencesOnRandomNetworks() {
        Random random = new Random(2022);
        for (long seed = 1; seed <= 6; seed++) {
            Net221 net = Net221.random(seed);
            for (int sample = 0; sample < 4; sample++) {
                assertGradientsMatchCentralDifferences(net, randomInput(random), random.nextDouble());
            }
        }
    }

    @Test
    void closedFormsHoldForTanhToo() {
        Net221 net = Net221.random(7).withActivation(Activation.TANH);
        assertGradientsMatchCentralDifferences(net, new double[] {0.3, -1.2}, 0.8);
    }

    @Test
    void generalNetworkGivesTheSameZAndOAsTheBookForwardPass() {
        for (long seed = 1; seed <= 5; seed++) {
            Net221 book = Net221.random(seed);
            double[] x = randomInput(new Random(seed));
            Net221.Pass p = book.forward(x);
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
        Random random = new Random(5);
        for (long seed = 1; seed <= 5; seed++) {
            assertGradientsMatchGeneralBackprop(Net221.random(seed), randomInput(random), random.nextDouble());
        }
        assertGradientsMatchGeneralBackprop(Net221.random(9).withActivation(Activation.TANH), X, 0.2);
    }

    @Test
    void toNetworkPutsEachParameterWhereTheBookDrawsIt() {
        Net221 book = Net221.of(1, 2, 3, 4, 5, 6, 7, 8, 9);
        Network net = book.toNetwork();
        assertEquals(1, net.w[1][0][0]); // w1: x1 → n3
        assertEquals(3, net.w[1][0][1]); // w3: x2 → n3
        assertEquals(2, net.w[1][1][0]); // w2: x1 → n4
        assertEquals(4, net.w[1][1][1]); // w4: x2 → n4
        assertEquals(5, net.w[2][0][0]); // w5: n3 → n5
        assertEquals(6, net.w[2][0][1]); // w6: n4 → n5
        assertEquals(7, net.bias(1, 0));
        assertEquals(8, net.bias(1, 1));
        assertEquals(9, net.bias(2, 0));
        assertFalse(net.sharedBias());
        assertEquals(List.of(2, 2, 1), java.util.Arrays.stream(net.sizes()).boxed().toList());
    }

    @Test
    void toNetworkKeepsTheActivation() {
        Network net = Net221.example().withActivation(Activation.TANH).toNetwork();
        assertEquals(Activation.TANH, net.f[1]);
        assertEquals(Activation.TANH, net.f[2]);
        assertEquals(Activation.SIGMOID, Net221.example().toNetwork().f[2]);
    }

    @Test
    void generalNetworkPrintsTheBookNames() {
        Labels names = Net221.example().toNetwork().labels();
        assertEquals("n1", names.neuron(0, 0));
        assertEquals("n4", names.neuron(1, 1));
        assertEquals("n5", names.neuron(2, 0));
        assertEquals("x2", names.o(0, 1));
        assertEquals("z1", names.z(1, 0));
        assertEquals("o2", names.o(1, 1));
        assertEquals("z3", names.z(2, 0));
        assertEquals("o3", names.o(2, 0));
        assertEquals("w3", names.weight(1, 0, 1));
        assertEquals("w2", names.weight(1, 1, 0));
        assertEquals("w6", names.weight(2, 0, 1));
        assertEquals("b1", names.bias(1, 0));
        assertEquals("b2", names.bias(1, 1));
        assertEquals("b3", names.bias(2, 0));
        assertEquals("y", names.target(0, 1));
    }

    @Test
    void oneStepMatchesAStepComputedByHand() {
        // identity activation, so f' = 1 and every number can be followed on paper
        Net221 net = Net221.example().withActivation(Activation.IDENTITY);
        double x1 = 1, x2 = 2, y = 1, eta = 0.5;
        double z1 = 1 * 0.1 + 2 * 0.3 + 0.1;          // 0.8
        double z2 = 1 * 0.2 + 2 * 0.4 + 0.2;          // 1.2
        double o3 = z1 * 0.5 + z2 * 0.6 + 0.3;        // 1.42
        double e = o3 - y;                            // 0.42
        assertEquals(0.42, e, 1e-12);

        net.step(new double[] {x1, x2}, y, eta);

        assertEquals(0.1 - 0.5 * (0.42 * 0.5 * 1), net.w1, 1e-12);
        assertEquals(0.2 - 0.5 * (0.42 * 0.6 * 1), net.w2, 1e-12);
        assertEquals(0.3 - 0.5 * (0.42 * 0.5 * 2), net.w3, 1e-12);
        assertEquals(0.4 - 0.5 * (0.42 * 0.6 * 2), net.w4, 1e-12);
        assertEquals(0.5 - 0.5 * (0.42 * 0.8), net.w5, 1e-12);
        assertEquals(0.6 - 0.5 * (0.42 * 1.2), net.w6, 1e-12);
        assertEquals(0.1 - 0.5 * (0.42 * 0.5), net.b1, 1e-12);   // uses the old w5 = 0.5
        assertEquals(0.2 - 0.5 * (0.42 * 0.6), net.b2, 1e-12);   // uses the old w6 = 0.6
        assertEquals(0.3 - 0.5 * 0.42, net.b3, 1e-12);
        assertEquals(-0.005, net.w1, 1e-12);
    }

    @Test
    void oneSigmoidStepEqualsAStepOfTheGeneralNetwork() {
        Net221 book = Net221.random(3);
        Network net = book.toNetwork();
        Gradients g = net.backprop(X, new double[] {0.9});
        net.step(g, 0.7);
        book.step(X, 0.9, 0.7);
        assertGradientsMatchGeneralBackprop(book, X, 0.9); // compares the parameters too
        assertEquals(net.w[1][0][1], book.w3, 1e-12);
        assertEquals(net.b[1][1], book.b2, 1e-12);
        assertEquals(net.b[2][0], book.b3, 1e-12);
    }

    @Test
    void manySmallStepsLowerTheError() {
        Net221 net = Net221.example();
        double before = net.err(X, 1.0);
        for (int step = 0; step < 200; step++) {
            net.step(X, 1.0, 0.5);
        }
        assertTrue(net.err(X, 1.0) < before / 2, "Err should fall: " + before + " → " + net.err(X, 1.0));
    }

    @Test
    void errIsHalfTheSquaredDifference() {
        Net221 net = Net221.example();
        double o3 = net.forward(X).o3;
        assertEquals(0.5 * (o3 - 0.25) * (o3 - 0.25), net.err(X, 0.25), 1e-15);
    }

    @Test
    void parametersAreReadAndWrittenByName() {
        Net221 net = Net221.of(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertEquals(List.of("w1", "w2", "w3", "w4", "w5", "w6", "b1", "b2", "b3"), net.parameterNames());
        for (int k = 0; k < 9; k++) {
            assertEquals(k + 1, net.get(net.parameterNames().get(k)));
        }
        net.set("w4", -0.25);
        net.set("b3", 1.5);
        assertEquals(-0.25, net.w4);
        assertEquals(1.5, net.b3);
        net.w6 = 0.125;
        assertEquals(0.125, net.get("w6"));
    }

    @Test
    void randomIsRepeatableForASeedAndStaysInMinusOneToOne() {
        Net221 a = Net221.random(42);
        Net221 b = Net221.random(42);
        assertEquals(a.toString(), b.toString());
        assertNotEquals(a.toString(), Net221.random(43).toString());
        for (String p : a.parameterNames()) {
            assertTrue(a.get(p) >= -1 && a.get(p) < 1, p + " = " + a.get(p));
        }
        assertTrue(a.parameterNames().stream().anyMatch(p -> a.get(p) < 0), "some parameter is negative");
    }

    @Test
    void toStringReadsLikeTheNetwork() {
        String s = Net221.example().toString();
        assertTrue(s.contains("z1 = x1·w1 + x2·w3 + b1"), s);
        assertTrue(s.contains("z3 = o1·w5 + o2·w6 + b3"), s);
        assertTrue(s.contains("w5 = 0.5"), s);
        assertTrue(s.contains("sigmoid"), s);
        Net221.Pass pass = Net221.example().forward(X);
        assertTrue(pass.toString().contains("z1 = " + pass.z1 + ", o1 = " + pass.o1), pass.toString());
    }

    // ---- bad input ---------------------------------------------------------------------------

    @Test
    void unknownParameterNameIsRefusedWithTheValidNames() {
        Net221 net = Net221.example();
        var e = assertThrows(IllegalArgumentException.class, () -> net.get("w7"));
        assertTrue(e.getMessage().contains("w7"), e.getMessage());
        assertTrue(e.getMessage().contains("w1, w2, w3, w4, w5, w6, b1, b2, b3"), e.getMessage());
        var s = assertThrows(IllegalArgumentException.class, () -> net.set("W1", 0.5));
        assertTrue(s.getMessage().contains("W1"), s.getMessage());
        assertThrows(IllegalArgumentException.class, () -> net.get(null));
    }

    @Test
    void nonFiniteInputsAreRefusedNamingTheValue() {
        Net221 net = Net221.example();
        var e = assertThrows(IllegalArgumentException.class, () -> net.forward(Double.NaN, 1));
        assertTrue(e.getMessage().contains("x1 = NaN"), e.getMessage());
        var f = assertThrows(IllegalArgumentException.class, () -> net.forward(1, Double.POSITIVE_INFINITY));
        assertTrue(f.getMessage().contains("x2 = Infinity"), f.getMessage());
        var g = assertThrows(IllegalArgumentException.class,
                () -> net.gradient(new double[] {Double.NEGATIVE_INFINITY, 0}, 1));
        assertTrue(g.getMessage().contains("-Infinity"), g.getMessage());
        assertThrows(IllegalArgumentException.class, () -> net.step(new double[] {Double.NaN, 0}, 1, 0.1));
        assertThrows(IllegalArgumentException.class, () -> net.err(new double[] {1, 2, 3}, 1));
        assertThrows(IllegalArgumentException.class, () -> net.forward((double[]) null));
    }

    @Test
    void nonFiniteTargetIsRefusedNamingTheValue() {
        Net221 net = Net221.example();
        var e = assertThrows(IllegalArgumentException.class, () -> net.err(X, Double.NaN));
        assertTrue(e.getMessage().contains("y = NaN"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> net.gradient(X, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> net.step(X, Double.NaN, 0.1));
        assertThrows(IllegalArgumentException.class, () -> net.dErr_dw1(net.forward(X), Double.NaN));
    }

    @Test
    void learningRateMustBePositive() {
        Net221 net = Net221.example();
        for (double eta : new double[] {0, -0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            var e = assertThrows(IllegalArgumentException.class, () -> net.step(X, 1, eta));
            assertTrue(e.getMessage().contains("η") && e.getMessage().contains(String.valueOf(eta)), e.getMessage());
        }
        assertEquals(Net221.example().toString(), net.toString(), "a refused step changes nothing");
    }

    @Test
    void nonFiniteParameterValuesAndNullActivationAreRefused() {
        Net221 net = Net221.example();
        var e = assertThrows(IllegalArgumentException.class, () -> net.set("w2", Double.NaN));
        assertTrue(e.getMessage().contains("w2 = NaN"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Net221.of(0, 0, 0, 0, 0, 0, 0, 0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> net.withActivation(null));
        assertEquals(0.2, net.w2);
    }

    @Test
    void setAllTakesTheValuesInBookOrderAndRefusesAWrongCount() {
        Net221 net = Net221.example();
        net.setAll(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertEquals(4.0, net.w4);
        assertEquals(9.0, net.b3);
        var e = assertThrows(IllegalArgumentException.class, () -> net.setAll(1, 2, 3));
        assertTrue(e.getMessage().contains("3 values for 9 parameters") && e.getMessage().contains("b3"), e.getMessage());
        assertEquals(4.0, net.w4, "a refused setAll changes nothing");
    }
}
