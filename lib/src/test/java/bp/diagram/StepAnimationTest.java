package bp.diagram;

import bp.descent.GradientDescent;
import bp.descent.Objective;
import bp.descent.Trace;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StepAnimationTest {

    @Test
    void everyStepInsideTheRangeIsAFrameOfTheAnimation() {
        Trace slow = GradientDescent.on(Objective.PARABOLA).from(10).eta(0.1).steps(30).run();
        StepAnimation animation = StepAnimation.of(slow, -8, 12);
        String svg = animation.svg();

        assertEquals(30, animation.frames());
        assertTrue(svg.startsWith("<svg") && svg.contains("<animate attributeName=\"cx\""), svg);
        assertEquals(30, svg.split(";", -1).length / 2 + 1, "30 values per animated coordinate");
    }

    @Test
    void aDivergingRunEndsWhereItLeavesThePicture() {
        Trace diverging = GradientDescent.on(Objective.PARABOLA).from(10).eta(1.2).steps(30).run();
        StepAnimation animation = StepAnimation.of(diverging, -8, 12);

        assertTrue(animation.frames() < 5, "x − 2 grows by 1.4 each step: " + animation.frames());
        assertTrue(animation.svg().endsWith("</svg>\n"));
    }

    @Test
    void aMissingTraceOrAnEmptyRangeIsRefused() {
        Trace t = GradientDescent.on(Objective.PARABOLA).from(10).eta(0.1).steps(3).run();
        assertThrows(IllegalArgumentException.class, () -> StepAnimation.of(null, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> StepAnimation.of(t, 1, 1));
    }
}
