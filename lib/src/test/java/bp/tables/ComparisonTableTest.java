package bp.tables;

import bp.data.DataSet;
import bp.data.Xor;
import bp.general.Network;
import bp.train.FakeRuns;
import bp.train.Trainer;
import bp.train.TrainingResult;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ComparisonTableTest {

    private static TrainingResult xor(double eta, int epochs) {
        DataSet data = Xor.data();
        Network net = Network.layers(2, 3, 1).biasPerNeuron().build().initScaled(1);
        return new Trainer().eta(eta).epochs(epochs).validation(data).progress(false).train(net, data);
    }

    @Test
    void oneRowPerRunInOrderWithTheirFinalNumbers() {
        Map<String, TrainingResult> runs = new LinkedHashMap<>();
        runs.put("η = 2", xor(2, 3000));
        runs.put("η = 0.01", xor(0.01, 50));
        Table t = ComparisonTable.of("eta", runs, 1.0);

        assertEquals(List.of("η = 2", "η = 0.01"), t.stringColumn("eta").asList());
        assertEquals(runs.get("η = 2").loss(), t.doubleColumn("loss").get(0));
        assertEquals(runs.get("η = 0.01").validationAccuracy(), t.doubleColumn("val_accuracy").get(1));
        assertEquals(runs.get("η = 2").firstEpochReaching(1.0).orElseThrow(), t.intColumn("epoch_val_1.0").get(0));
        assertEquals(0, t.intColumn("epoch_val_1.0").get(1), "a run that never reached the target shows 0");
    }

    @Test
    void swingsPutOneSwingPerRunInATable() {
        Map<String, TrainingResult> runs = new LinkedHashMap<>();
        runs.put("calm", FakeRuns.of(new double[] {0.5, 0.4, 0.3}, new double[] {0.9, 0.9, 0.9}));
        runs.put("swinging", FakeRuns.of(new double[] {0.5, 0.6, 0.3}, new double[] {0.9, 0.7, 1.0}));
        Table t = ComparisonTable.swings("eta", runs, 1, 3);
        assertEquals("eta, epochs 1–3", t.name());
        assertEquals(2, t.rowCount());
        assertEquals(0, t.intColumn("loss_rises").getInt(0));
        assertEquals(1, t.intColumn("loss_rises").getInt(1));
        assertEquals(0.3, t.doubleColumn("loss_min").getDouble(1));
        assertEquals(0.7, t.doubleColumn("val_acc_min").getDouble(1));
        assertEquals(1.0, t.doubleColumn("val_acc_max").getDouble(1));
    }
}
