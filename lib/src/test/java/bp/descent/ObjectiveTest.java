package bp.descent;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ObjectiveTest {

    @Test
    void aSteeperParabolaHasItsMinimumAtTwoAndCurvatureTwoA() {
        Objective steep = Objective.parabola(4);

        assertEquals("y = 4(x-2)^2", steep.toString());
        assertEquals(0.0, steep.y(2));
        assertEquals(36.0, steep.y(5));
        assertEquals(24.0, steep.yPrime(5));
        assertEquals(8.0, steep.curvature(-3), 1e-9);
        assertEquals(2.0, Objective.PARABOLA.curvature(7), 1e-9);
    }

    @Test
    void etaOfOneOverTheCurvatureLandsInOneStep() {
        Trace t = GradientDescent.on(Objective.parabola(4)).from(10).eta(1 / 8.0).steps(2).run();

        assertEquals(2.0, t.x(1), 1e-12);
    }

    @Test
    void aFlatOrNegativeParabolaIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Objective.parabola(0));
        assertThrows(IllegalArgumentException.class, () -> Objective.parabola(-1));
        assertThrows(IllegalArgumentException.class, () -> Objective.parabola(Double.NaN));
    }
}
