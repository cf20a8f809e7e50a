package bp.train;

import bp.data.DataSet;
import bp.data.Xor;
import bp.general.Network;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparisonTest {

    private static TrainingResult xor(double eta, int epochs) {
        DataSet data = Xor.data();
        Network net = Network.layers(2, 3, 1).biasPerNeuron().build().initScaled(1);
        return new Trainer().eta(eta).epochs(epochs).validation(data).progress(false).train(net, data);
    }

    @Test
    void firstEpochReachingIsTheFirstRowAtOrAboveTheTarget() {
        TrainingResult run = xor(2, 3000);
        Table h = run.history();
        int first = run.firstEpochReaching(1.0).orElseThrow();
        int row = first - 1;
        assertEquals(1.0, h.doubleColumn("val_accuracy").getDouble(row));
        for (int r = 0; r < row; r++) {
            assertTrue(h.doubleColumn("val_accuracy").getDouble(r) < 1.0, "epoch " + (r + 1));
        }
    }

    @Test
    void aTargetNeverReachedIsEmpty() {
        assertTrue(xor(0.01, 5).firstEpochReaching(1.0).isEmpty());
        assertTrue(xor(2, 5).firstEpochReaching(1.01).isEmpty());
    }

    @Test
    void tableHasOneRowPerRunInOrderWithTheirFinalNumbers() {
        Map<String, TrainingResult> runs = new LinkedHashMap<>();
        runs.put("η = 2", xor(2, 3000));
        runs.put("η = 0.01", xor(0.01, 50));
        Table t = Comparison.table("eta", runs, 1.0);

        assertEquals(List.of("η = 2", "η = 0.01"), t.stringColumn("eta").asList());
        assertEquals(runs.get("η = 2").loss(), t.doubleColumn("loss").get(0));
        assertEquals(runs.get("η = 0.01").validationAccuracy(), t.doubleColumn("val_accuracy").get(1));
        assertEquals(runs.get("η = 2").firstEpochReaching(1.0).orElseThrow(), t.intColumn("epoch_val_1.0").get(0));
        assertEquals(0, t.intColumn("epoch_val_1.0").get(1), "a run that never reached the target shows 0");
    }

    @Test
    void lossCurvesAreTheLossColumnsByName() {
        Map<String, TrainingResult> runs = new LinkedHashMap<>();
        runs.put("a", xor(1, 20));
        runs.put("b", xor(0.5, 10));
        Map<String, double[]> curves = Comparison.lossCurves(runs);

        assertEquals(List.of("a", "b"), List.copyOf(curves.keySet()));
        assertArrayEquals(runs.get("b").history().doubleColumn("loss").asDoubleArray(), curves.get("b"));
        assertEquals(20, curves.get("a").length);
    }
}
