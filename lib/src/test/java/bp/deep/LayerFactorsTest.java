package bp.deep;

import bp.data.DataSet;
import bp.data.Xor;
import bp.general.Network;
import bp.neuron.Activation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class LayerFactorsTest {

    @Test
    void meanFPrimeOfZeroWeightsIsAQuarterForSigmoid() {
        Network net = Network.layers(2, 3, 1).biasPerNeuron().build();   // all weights and biases 0: z = 0
        double[] fp = LayerFactors.meanFPrime(net, Xor.data());
        assertEquals(0.25, fp[0], 1e-15);
        assertEquals(0.25, fp[1], 1e-15);
    }

    @Test
    void meanFPrimeAveragesOverNeuronsAndSamples() {
        Network net = Network.layers(1, 2).activation(Activation.TANH).build();
        net.w[1][0][0] = 1;
        net.w[1][1][0] = -2;
        DataSet data = DataSet.of(new double[][] {{0.5}, {1}}, new double[][] {{0, 0}, {0, 0}});
        double expected = (Activation.TANH.fPrime(0.5) + Activation.TANH.fPrime(-1)
                + Activation.TANH.fPrime(1) + Activation.TANH.fPrime(-2)) / 4;
        assertEquals(expected, LayerFactors.meanFPrime(net, data)[0], 1e-15);
    }

    @Test
    void backwardSquaresSumsEachColumnAndAveragesOverTheSendingNeurons() {
        Network net = Network.layers(2, 2, 1).build();
        net.w[1] = new double[][] {{1, 2}, {3, 4}};       // columns: 1² + 3² = 10, 2² + 4² = 20
        net.w[2] = new double[][] {{0.5, -0.5}};         // columns: 0.25, 0.25
        double[] s = LayerFactors.backwardSquares(net);
        assertEquals(15, s[0], 1e-15);
        assertEquals(0.25, s[1], 1e-15);
    }

    @Test
    void lecunWeightsGiveColumnsOfSquaredSizeAboutOneBetweenEqualLayers() {
        Network net = WeightInit.lecun(Network.layers(2, 50, 50, 50, 1).build(), 4);
        double[] s = LayerFactors.backwardSquares(net);
        assertEquals(1, s[1], 0.15);
        assertEquals(1, s[2], 0.15);
        assertTrue(s[3] < 0.1, "one output neuron fed by 50: " + s[3]);
    }
}
