package bp.book;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EtaRegimesTest {

    private static final double[] X = {1.0, 0.5};

    @Test
    void bisectionFindsWhereAPropertyTurnsTrue() {
        double found = EtaRegimes.bisect(0, 3, eta -> eta * eta > 2);
        assertEquals(Math.sqrt(2), found, 3.0 / (1 << EtaRegimes.HALVINGS), "within the last interval's width");
        assertTrue(found * found > 2, "the end where the property holds");
    }

    @Test
    void bisectionRefusesAnIntervalWithoutTheThresholdInside() {
        assertThrows(IllegalArgumentException.class, () -> EtaRegimes.bisect(2, 3, eta -> eta > 5));
        assertThrows(IllegalArgumentException.class, () -> EtaRegimes.bisect(3, 2, eta -> eta > 2.5));
    }

    @Test
    void theThresholdsOfTheSmallestNetworkAreOrdered() {
        double flips = EtaRegimes.flipsWithin(Net221::example, X, 0.5, 300, 1, 30);
        double firstStep = EtaRegimes.firstStepOvershoots(Net221::example, X, 0.5, 1, 30);
        double swinging = EtaRegimes.keepsSwinging(Net221::example, X, 0.5, 10_000, 1e-3, 20, 40);

        assertTrue(flips < firstStep && firstStep < swinging, flips + " < " + firstStep + " < " + swinging);
        assertEquals(9.46, flips, 0.01);
        assertTrue(swinging > 31 && swinging < 33, "K ≥ 1/16 at every solution, so swinging stays from about 2/(1/16) = 32: " + swinging);
    }

    @Test
    void risesCountsTheStepsWhereTheLossWentUp() {
        assertEquals(2, EtaRegimes.rises(new double[] {1, 0.5, 0.7, 0.2, 0.2, 0.3}));
        assertEquals(0, EtaRegimes.rises(new double[] {1}));
    }

    @Test
    void solvedCountsTheStartsThatReachTheTarget() {
        var xor = bp.data.Xor.data();
        int easy = EtaRegimes.solved(Net221::random, xor, 2, 10, 2000, 0.01);
        int impossible = EtaRegimes.solved(Net221::random, xor, 2, 10, 1, 1e-9);

        assertTrue(easy > 0 && easy <= 10, "some of 10 random starts solve XOR in 2000 epochs: " + easy);
        assertEquals(0, impossible);
    }
}
