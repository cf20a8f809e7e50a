package bp.deep;

import bp.data.Xor;
import bp.general.Network;
import bp.neuron.Activation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class DeadReLUsTest {

    @Test
    void aNeuronWithNegativeWeightsAndBiasIsDeadOnXor() {
        Network net = Network.layers(2, 2, 1).activation(Activation.RELU).activation(2, Activation.SIGMOID)
                .biasPerNeuron().build();
        net.w[1] = new double[][] {{-1, -1}, {1, 1}};
        net.b[1] = new double[] {-0.5, 0};
        assertArrayEquals(new int[] {1}, DeadReLUs.perLayer(net, Xor.data()));
        net.b[1][0] = 0.5;   // now (0, 0) gives z = 0.5 > 0
        assertEquals(0, DeadReLUs.count(net, Xor.data()));
    }

    @Test
    void aDeadLayerStopsEveryGradientBelowIt() {
        Network net = WeightInit.he(Network.layers(2, 4, 4, 1).activation(Activation.RELU)
                .activation(3, Activation.SIGMOID).biasPerNeuron().build(), 1);
        for (double[] row : net.w[2]) {
            java.util.Arrays.fill(row, -1);
        }
        java.util.Arrays.fill(net.b[2], -1);
        assertEquals(4, DeadReLUs.perLayer(net, Xor.data())[1]);
        double[] g = LayerGradients.meanAbs(net, Xor.data());
        assertEquals(0, g[0]);
        assertEquals(0, g[1]);
    }
}
