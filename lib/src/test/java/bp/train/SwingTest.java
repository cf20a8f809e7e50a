package bp.train;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class SwingTest {

    private static TrainingResult run(double[] loss, double[] valAccuracy) {
        IntColumn epoch = IntColumn.create("epoch");
        for (int e = 1; e <= loss.length; e++) {
            epoch.append(e);
        }
        Table h = Table.create("h", epoch, DoubleColumn.create("loss", loss),
                DoubleColumn.create("accuracy", new double[loss.length]),
                DoubleColumn.create("val_loss", new double[loss.length]), DoubleColumn.create("val_accuracy", valAccuracy));
        return new TrainingResult(null, loss.length, h, null, null, false);
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
    void comparisonPutsOneSwingPerRunInATable() {
        Map<String, TrainingResult> runs = new LinkedHashMap<>();
        runs.put("calm", run(new double[] {0.5, 0.4, 0.3}, new double[] {0.9, 0.9, 0.9}));
        runs.put("swinging", run(new double[] {0.5, 0.6, 0.3}, new double[] {0.9, 0.7, 1.0}));
        Table t = Comparison.swings("eta", runs, 1, 3);
        assertEquals(2, t.rowCount());
        assertEquals(0, t.intColumn("loss_rises").getInt(0));
        assertEquals(1, t.intColumn("loss_rises").getInt(1));
        assertEquals(0.7, t.doubleColumn("val_acc_min").getDouble(1));
    }

    @Test
    void firstEpochWithAccuracyReadsTheTrainingColumnNotTheValidationOne() {
        IntColumn epoch = IntColumn.create("epoch", new int[] {1, 2, 3});
        Table h = Table.create("h", epoch, DoubleColumn.create("loss", new double[] {0.3, 0.2, 0.1}),
                DoubleColumn.create("accuracy", new double[] {0.5, 1.0, 1.0}),
                DoubleColumn.create("val_loss", new double[3]), DoubleColumn.create("val_accuracy", new double[] {0.2, 0.5, 1.0}));
        TrainingResult r = new TrainingResult(null, 3, h, null, null, false);
        assertEquals(2, r.firstEpochWithAccuracy(1.0).getAsInt());
        assertEquals(3, r.firstEpochReaching(1.0).getAsInt());
        assertTrue(r.firstEpochWithAccuracy(1.1).isEmpty());
    }
}
