package bp.tables;

import bp.data.DataSet;
import bp.data.Xor;
import bp.general.Network;
import bp.train.Trainer;
import bp.train.TrainingResult;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HistoryTableTest {

    private static Network xorNet() {
        return Network.layers(2, 3, 1).biasPerNeuron().build().initScaled(1);
    }

    @Test
    void oneRowPerEpochWithTheRunsScores() {
        DataSet xor = Xor.data();
        TrainingResult run = new Trainer().eta(1).epochs(5).validation(xor).progress(false).train(xorNet(), xor);
        Table h = HistoryTable.of(run);
        assertEquals(List.of("epoch", "loss", "accuracy", "val_loss", "val_accuracy"), h.columnNames());
        assertEquals(List.of(1, 2, 3, 4, 5), h.intColumn("epoch").asList());
        assertArrayEquals(run.losses(), h.doubleColumn("loss").asDoubleArray(), 0.0);
        assertArrayEquals(run.accuracies(), h.doubleColumn("accuracy").asDoubleArray(), 0.0);
        assertArrayEquals(run.validationAccuracies(), h.doubleColumn("val_accuracy").asDoubleArray(), 0.0);
        assertEquals(run.validationLoss(), h.doubleColumn("val_loss").get(4));
    }

    @Test
    void withoutValidationTheValColumnsAreMissingValues() {
        TrainingResult run = new Trainer().eta(1).epochs(3).progress(false).train(xorNet(), Xor.data());
        Table h = HistoryTable.of(run);
        assertEquals(3, h.doubleColumn("val_loss").countMissing());
        assertEquals(3, h.doubleColumn("val_accuracy").countMissing());
        assertEquals(0, h.doubleColumn("loss").countMissing());
    }

    @Test
    void stepsHaveOneRowPerUpdate() {
        TrainingResult run = new Trainer().eta(1).epochs(2).recordSteps().progress(false).train(xorNet(), Xor.data());
        Table steps = HistoryTable.steps(run);
        assertEquals(List.of("step", "epoch", "err"), steps.columnNames());
        assertEquals(2 * 4, steps.rowCount(), "XOR has 4 samples, K = 1");
        assertEquals(List.of(1, 1, 1, 1, 2, 2, 2, 2), steps.intColumn("epoch").asList());
        assertArrayEquals(run.stepErr(), steps.doubleColumn("err").asDoubleArray(), 0.0);
    }

    @Test
    void stepsOfARunThatDidNotRecordThemAreRefused() {
        TrainingResult run = new Trainer().eta(1).epochs(1).progress(false).train(xorNet(), Xor.data());
        assertThrows(IllegalStateException.class, () -> HistoryTable.steps(run));
    }
}
