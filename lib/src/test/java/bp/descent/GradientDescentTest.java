package bp.descent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradientDescentTest {

    private static GradientDescent parabola(double eta) {
        return GradientDescent.on(Objective.PARABOLA).from(10).eta(eta);
    }

    @Test
    void traceFromTenWithEtaOneHundredthMatchesTheBookDigitForDigit() {
        Trace t = parabola(0.01).steps(1000).run();

        assertEquals(1000, t.size());
        assertEquals(10.0, t.x(0));
        assertEquals(9.84, t.x(1));
        assertEquals(9.6832, t.x(2));
        assertEquals(9.529536, t.x(3));
        assertEquals(9.37894528, t.x(4));
        assertEquals(9.2313663744, t.x(5));
        assertEquals(2.0099751868912272, t.x(331));
        assertEquals(2.000000013738508, t.x(999));
        assertEquals("step 331 x= 2.0099751868912272\n", t.print(331));
    }

    @Test
    void eachRowHoldsYAndTheChangeTheStepApplies() {
        Trace t = parabola(0.01).steps(3).run();

        assertEquals(64.0, t.y(0));
        assertEquals(-0.16, t.dx(0), 1e-15);
        assertEquals(t.x(1), t.x(0) + t.dx(0));
        assertEquals(3, t.dxs().length);
        assertEquals(t.dx(2), t.dxs()[2]);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.55, 0.7, 0.9, 0.99})
    void etaBetweenHalfAndOneOscillatesAroundTwoAndShrinks(double eta) {
        Trace t = parabola(eta).steps(60).run();

        // until x−2 is too small for a double to tell its sign from the rounding of x
        for (int k = 1; k < t.size() && Math.abs(t.x(k) - 2) > 1e-12; k++) {
            double before = t.x(k - 1) - 2;
            double now = t.x(k) - 2;
            assertTrue(Math.signum(before) == -Math.signum(now), "x−2 must flip sign at step " + k);
            assertTrue(Math.abs(now) < Math.abs(before), "|x−2| must shrink at step " + k);
        }
    }

    @Test
    void etaOneHalfReachesTwoInOneStep() {
        Trace t = parabola(0.5).steps(5).run();

        assertEquals(2.0, t.x(1));
        assertEquals(2.0, t.x(4));
    }

    @Test
    void etaOneBouncesBetweenTenAndMinusSixForever() {
        Trace t = parabola(1.0).steps(1000).run();

        for (int k = 0; k < t.size(); k++) {
            assertEquals(k % 2 == 0 ? 10.0 : -6.0, t.x(k), "step " + k);
        }
        assertFalse(t.diverged());
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.01, 1.5, 3.0})
    void etaAboveOneGrowsWithoutBound(double eta) {
        Trace t = parabola(eta).steps(200).run();

        for (int k = 1; k < t.size(); k++) {
            assertTrue(Math.abs(t.x(k) - 2) > Math.abs(t.x(k - 1) - 2), "|x−2| must grow at step " + k);
        }
    }

    @Test
    void aRunThatOverflowsStopsAndIsMarkedDivergedInsteadOfThrowing() {
        Trace t = parabola(50).steps(1000).run();

        assertTrue(t.diverged());
        assertTrue(t.size() < 1000);
    }

    @Test
    void stopsWhenTheChangeInXIsSmall() {
        Trace t = parabola(0.1).steps(1000).stopWhenChangeBelow(1e-6).run();

        assertEquals(Trace.Ending.CONVERGED, t.ending());
        assertTrue(Math.abs(t.dx(t.size() - 1)) < 1e-6);
        assertTrue(Math.abs(t.dx(t.size() - 2)) >= 1e-6);
        assertEquals(2.0, t.lastX(), 1e-5);
    }

    @Test
    void anInterruptStopsTheLoopAndClearsTheFlag() {
        Thread.currentThread().interrupt();
        Trace t = parabola(0.01).steps(1000).run();

        assertEquals(Trace.Ending.INTERRUPTED, t.ending());
        assertEquals(1, t.size());
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.1, Double.NaN, Double.POSITIVE_INFINITY})
    void aLearningRateThatIsNotPositiveIsRejectedByValue(double eta) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parabola(eta));
        assertTrue(e.getMessage().contains("η (eta) = " + eta), e.getMessage());
    }

    @Test
    void aNaNStartIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GradientDescent.on(Objective.PARABOLA).from(Double.NaN));
        assertTrue(e.getMessage().contains("start x = NaN"), e.getMessage());
    }

    @Test
    void zeroStepsIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parabola(0.1).steps(0));
        assertTrue(e.getMessage().contains("steps = 0"), e.getMessage());
    }

    @Test
    void aFunctionThatReturnsNaNIsNamedWithTheXWhereItHappened() {
        Objective sqrt = new Objective("y = sqrt(x)", Math::sqrt, x -> 0.5 / Math.sqrt(x));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GradientDescent.on(sqrt).from(-4).eta(0.1).steps(5).run());
        assertTrue(e.getMessage().contains("returned NaN at x = -4.0"), e.getMessage());
        assertTrue(e.getMessage().contains("y = sqrt(x)"), e.getMessage());
    }

    @Test
    void asksForAStepThatWasNotRecordedWithTheRangeThatWas() {
        Trace t = parabola(0.1).steps(3).run();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.x(7));
        assertTrue(e.getMessage().contains("steps 0..2"), e.getMessage());
    }
}
