package bp.train;

import bp.data.DataSet;
import bp.data.Xor;
import bp.general.Network;
import org.junit.jupiter.api.Test;

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
        List<Epoch> h = run.history();
        int first = run.firstEpochReaching(1.0).orElseThrow();
        int row = first - 1;
        assertEquals(1.0, h.get(row).validationAccuracy());
        for (int r = 0; r < row; r++) {
            assertTrue(h.get(r).validationAccuracy() < 1.0, "epoch " + (r + 1));
        }
    }

    @Test
    void aTargetNeverReachedIsEmpty() {
        assertTrue(xor(0.01, 5).firstEpochReaching(1.0).isEmpty());
        assertTrue(xor(2, 5).firstEpochReaching(1.01).isEmpty());
    }

    @Test
    void lossCurvesAreTheLossColumnsByName() {
        Map<String, TrainingResult> runs = new LinkedHashMap<>();
        runs.put("a", xor(1, 20));
        runs.put("b", xor(0.5, 10));
        Map<String, double[]> curves = Comparison.lossCurves(runs);

        assertEquals(List.of("a", "b"), List.copyOf(curves.keySet()));
        assertArrayEquals(runs.get("b").history().stream().mapToDouble(Epoch::loss).toArray(), curves.get("b"));
        assertEquals(20, curves.get("a").length);
    }

    @Test
    void validationCurvesAreTheValidationAccuraciesByName() {
        Map<String, TrainingResult> runs = new LinkedHashMap<>();
        runs.put("a", xor(1, 20));
        Map<String, double[]> curves = Comparison.validationCurves(runs);
        assertArrayEquals(runs.get("a").history().stream().mapToDouble(Epoch::validationAccuracy).toArray(), curves.get("a"));
        assertEquals(runs.get("a").validationAccuracy(), curves.get("a")[19]);
    }
}
