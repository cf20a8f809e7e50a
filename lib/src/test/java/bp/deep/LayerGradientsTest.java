package bp.deep;

import bp.data.DataSet;
import bp.data.Xor;
import bp.general.Gradients;
import bp.general.Network;
import bp.neuron.Activation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class LayerGradientsTest {

    @Test
    void averagesTheAbsoluteWeightGradientsOfEachLayerOverWeightsAndSamples() {
        Network net = Network.layers(2, 2, 1).biasPerNeuron().build().initUniform(3);
        DataSet xor = Xor.data();
        double layer1 = 0;
        double layer2 = 0;
        for (int k = 0; k < xor.size(); k++) {
            Gradients g = net.backprop(xor.x[k], xor.y[k]);
            layer1 += (Math.abs(g.dW[1][0][0]) + Math.abs(g.dW[1][0][1])
                    + Math.abs(g.dW[1][1][0]) + Math.abs(g.dW[1][1][1])) / 4;
            layer2 += (Math.abs(g.dW[2][0][0]) + Math.abs(g.dW[2][0][1])) / 2;
        }
        double[] mean = LayerGradients.meanAbs(net, xor);
        assertEquals(2, mean.length);
        assertEquals(layer1 / 4, mean[0], 1e-15);
        assertEquals(layer2 / 4, mean[1], 1e-15);
    }

    @Test
    void doesNotChangeTheNetwork() {
        Network net = Network.layers(2, 3, 1).build().initScaled(1);
        Network before = net.copy();
        LayerGradients.meanAbs(net, Xor.data());
        assertArrayEquals(before.w[1][2], net.w[1][2]);
        assertArrayEquals(before.b[2], net.b[2]);
    }

    @Test
    void sigmoidGradientsShrinkTowardsTheInputWhileReluOnesDoNot() {
        int[] sizes = {2, 8, 8, 8, 8, 8, 8, 8, 8, 8, 1};
        Network sigmoid = WeightInit.lecun(Network.layers(sizes).biasPerNeuron().build(), 1);
        Network relu = WeightInit.he(Network.layers(sizes).activation(Activation.RELU)
                .activation(sizes.length - 1, Activation.SIGMOID).biasPerNeuron().build(), 1);
        double[] s = LayerGradients.meanAbs(sigmoid, Xor.data());
        double[] r = LayerGradients.meanAbs(relu, Xor.data());
        assertTrue(s[0] / s[s.length - 1] < 1e-4, "sigmoid: first layer should be far smaller than the last");
        assertTrue(r[0] / r[r.length - 1] > 1e-2, "ReLU: first layer should be comparable to the last");
    }

    @Test
    void rejectsDataThatDoesNotFitTheNetwork() {
        Network net = Network.layers(3, 1).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LayerGradients.meanAbs(net, Xor.data()));
        assertTrue(e.getMessage().contains("2 inputs"));
        assertThrows(IllegalArgumentException.class, () -> LayerGradients.meanAbs(null, Xor.data()));
    }
}
