package bp.train;

import bp.data.DataSet;
import bp.general.Network;
import bp.neuron.Activation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class RegimeTest {

    private static TrainingResult run(double... loss) {
        return FakeRuns.of(loss, new double[loss.length]);
    }

    @Test
    void eachOutcomeIsNamedByTheLateEpochs() {
        assertEquals(Regime.SETTLES, Regime.of(run(0.3, 0.1, 0.05, 0.04, 0.03), 3, 5, 0, 0.2));
        assertEquals(Regime.SWINGS, Regime.of(run(0.3, 0.1, 0.05, 0.09, 0.03, 0.08), 3, 6, 1, 0.2));
        assertEquals(Regime.SETTLES, Regime.of(run(0.3, 0.1, 0.05, 0.09, 0.03, 0.02), 3, 6, 1, 0.2), "one rise allowed");
        assertEquals(Regime.SATURATES, Regime.of(run(0.3, 0.33, 0.34, 0.33, 0.34), 3, 5, 0, 0.2));
    }

    @Test
    void aRunThatBlewUpDiverges() {
        Network net = Network.layers(1, 1).activation(Activation.IDENTITY).build();
        DataSet line = DataSet.of(new double[][] {{1}, {2}, {3}}, new double[][] {{2}, {4}, {6}});
        TrainingResult r = new Trainer().eta(5).epochs(1000).progress(false).train(net, line);
        assertEquals(Regime.DIVERGES, Regime.of(r, 1, 1000, 0, 1e9));
    }
}
