package bp.train;

import bp.data.DataSet;
import bp.general.Network;
import bp.neuron.Activation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class MetricsTest {

    /** o = x: a 1-1 identity network with w = 1, b = 0 answers its own input. */
    private static Network echo1() {
        Network net = Network.layers(1, 1).activation(Activation.IDENTITY).build();
        net.w[1][0][0] = 1;
        return net;
    }

    /** o_j = x_j for three outputs. */
    private static Network echo3() {
        Network net = Network.layers(3, 3).activation(Activation.IDENTITY).biasPerNeuron().build();
        for (int j = 0; j < 3; j++) {
            net.w[1][j][j] = 1;
        }
        return net;
    }

    @Test
    void aSingleOutputCountsAsClassOneFromOneHalf() {
        DataSet data = DataSet.of(new double[][]{{0.2}, {0.5}, {0.9}, {0.4}}, new double[][]{{0}, {1}, {0}, {1}});
        Evaluation e = Metrics.evaluate(echo1(), data);
        assertEquals(0.5, e.accuracy());
        double meanErr = (0.2 * 0.2 + 0.5 * 0.5 + 0.9 * 0.9 + 0.6 * 0.6) / 2 / 4;
        assertEquals(meanErr, e.loss(), 1e-15);
        assertEquals(meanErr, Metrics.loss(echo1(), data), 1e-15);
        assertArrayEquals(new int[][]{{1, 1}, {1, 1}}, Metrics.confusionMatrix(echo1(), data));
    }

    @Test
    void severalOutputsAreReadByArgmax() {
        DataSet data = new DataSet(
                new double[][]{{0.9, 0.1, 0}, {0.2, 0.7, 0.1}, {0.1, 0.3, 0.6}, {0.6, 0.3, 0.1}, {0.1, 0.1, 0.8}},
                new double[][]{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0, 1, 0}, {0, 1, 0}},
                List.of("a", "b", "c"), List.of("p", "q", "r"));
        assertEquals(3.0 / 5, Metrics.accuracy(echo3(), data), 1e-15);
        assertEquals(2, Metrics.predictedClass(echo3(), new double[]{0, 0.2, 0.3}));
        int[][] counts = Metrics.confusionMatrix(echo3(), data);
        assertArrayEquals(new int[][]{{1, 0, 0}, {1, 1, 1}, {0, 0, 1}}, counts);
    }

    @Test
    void classOfReadsOneOutputByThresholdAndSeveralByArgmax() {
        assertEquals(1, Metrics.classOf(new double[]{0.5}));
        assertEquals(0, Metrics.classOf(new double[]{0.49}));
        assertEquals(1, Metrics.classOf(new double[]{0.1, 0.8}));
    }

    @Test
    void dataMustFitTheNetwork() {
        DataSet two = DataSet.of(new double[][]{{1, 2}}, new double[][]{{1}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Metrics.evaluate(echo1(), two));
        assertTrue(e.getMessage().contains("data has 2 inputs"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Metrics.confusionMatrix(echo3(), two));
    }
}
