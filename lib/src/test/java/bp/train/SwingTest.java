package bp.train;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class SwingTest {

    private static TrainingResult run(double[] loss, double[] valAccuracy) {
        return FakeRuns.of(loss, valAccuracy);
    }

    @Test
    void countsTheEpochsWhoseLossRoseInsideTheWindow() {
        TrainingResult r = run(new double[] {0.5, 0.6, 0.4, 0.45, 0.3, 0.35}, new double[] {0.5, 0.9, 0.7, 1.0, 0.8, 0.85});
        Swing all = Swing.of(r, 1, 6);
        assertEquals(3, all.lossRises());
        assertEquals(0.3, all.lossMin());
        assertEquals(0.6, all.lossMax());
        assertEquals(0.5, all.valAccuracyMin());
        assertEquals(1.0, all.valAccuracyMax());
        Swing late = Swing.of(r, 4, 6);
        assertEquals(2, late.lossRises(), "epoch 4 rose from epoch 3, epoch 6 from 5");
        assertEquals(0.3, late.lossMin());
        assertEquals(0.45, late.lossMax());
        assertEquals(0.8, late.valAccuracyMin());
    }

    @Test
    void aWindowPastTheEndIsClippedAndAnEmptyOneRefused() {
        TrainingResult r = run(new double[] {0.5, 0.4, 0.3}, new double[] {0.1, 0.2, 0.3});
        assertEquals(3, Swing.of(r, 2, 300).to());
        assertEquals(0, Swing.of(r, 2, 300).lossRises());
        assertThrows(IllegalArgumentException.class, () -> Swing.of(r, 5, 10));
        assertThrows(IllegalArgumentException.class, () -> Swing.of(r, 0, 2));
    }

    @Test
    void firstEpochWithAccuracyReadsTheTrainingColumnNotTheValidationOne() {
        TrainingResult r = FakeRuns.of(new double[] {0.3, 0.2, 0.1}, new double[] {0.5, 1.0, 1.0},
                new double[] {0.2, 0.5, 1.0});
        assertEquals(2, r.firstEpochWithAccuracy(1.0).getAsInt());
        assertEquals(3, r.firstEpochReaching(1.0).getAsInt());
        assertTrue(r.firstEpochWithAccuracy(1.1).isEmpty());
    }
}
