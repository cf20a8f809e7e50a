package bp.general;

import bp.neuron.Activation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatrixBackpropTest {

    private static final double EXACT = 1e-12;

    @ParameterizedTest
    @EnumSource(Activation.class)
    void matrixFormGivesTheLoopFormsNumbers(Activation f) {
        long seed = 100;
        for (Network net : RandomNetworks.all(f, seed)) {
            for (int sample = 0; sample < 3; sample++) {
                double[] x = RandomNetworks.vector(net.inputs(), seed++, false);
                double[] y = RandomNetworks.vector(net.outputs(), seed++, true);
                assertSameGradients(net.backprop(x, y), MatrixBackprop.backprop(net, x, y), net.toString());
            }
        }
    }

    @Test
    void matrixFormFollowsEachLayersOwnActivation() {
        Network net = RandomNetworks.of(Network.layers(3, 4, 3, 2).activation(1, Activation.TANH)
                .activation(2, Activation.RELU).activation(3, Activation.SIGMOID).biasPerNeuron().build(), 7);
        double[] x = {0.3, -0.8, 0.5};
        double[] y = {1, 0};
        assertSameGradients(net.backprop(x, y), MatrixBackprop.backprop(net, x, y), net.toString());
    }

    @Test
    void matrixForwardPassGivesTheLoopFormsNumbers() {
        for (Network net : RandomNetworks.all(Activation.SIGMOID, 5)) {
            double[] x = RandomNetworks.vector(net.inputs(), 9, false);
            ForwardPass loop = net.forward(x);
            ForwardPass matrix = MatrixBackprop.forward(net, x);
            for (int m = 0; m <= net.outputLayer(); m++) {
                assertArrayEquals(loop.z[m], matrix.z[m], EXACT, "z^" + m);
                assertArrayEquals(loop.o[m], matrix.o[m], EXACT, "o^" + m);
            }
        }
    }

    /** 1-1-1 with f(z) = z, worked by hand: z1 = 3·2 = 6, z2 = 4·6 = 24, δ2 = 24 − 20 = 4, δ1 = 4·4 = 16. */
    @Test
    void handWorkedIdentityNetwork() {
        Network net = Network.layers(1, 1, 1).activation(Activation.IDENTITY).build();
        net.w[1][0][0] = 3;
        net.w[2][0][0] = 4;
        Gradients g = MatrixBackprop.backprop(net, new double[] {2}, new double[] {20});
        assertEquals(4, g.delta[2][0]);
        assertEquals(16, g.delta[1][0]);
        assertEquals(4 * 6, g.dW[2][0][0]);
        assertEquals(16 * 2, g.dW[1][0][0]);
        assertEquals(16, g.dB[1][0]);
        assertEquals(0.5 * 16, g.err);
    }

    @Test
    void sharedBiasGradientIsTheSumOfTheLayersDeltas() {
        Network net = RandomNetworks.of(Network.layers(2, 3, 2).sharedBias().build(), 11);
        Gradients g = MatrixBackprop.backprop(net, new double[] {0.2, 0.9}, new double[] {0, 1});
        assertEquals(1, g.dB[1].length);
        assertEquals(g.delta[1][0] + g.delta[1][1] + g.delta[1][2], g.dB[1][0], EXACT);
    }

    @Test
    void errorFlowsBackThroughTheTransposedWeights() {
        Network net = RandomNetworks.of(Network.layers(2, 2, 3, 1).build(), 3);
        double[] x = {1, 0.5};
        double[] y = {0.2};
        ErrorFlow flow = MatrixBackprop.errorFlow(net, x, y);
        ForwardPass pass = net.forward(x);
        assertEquals(pass.o[3][0] - y[0], flow.error[3][0], EXACT);
        for (int m = 1; m <= 2; m++) {
            for (int j = 0; j < net.size(m); j++) {
                double arriving = 0;
                for (int l = 0; l < net.size(m + 1); l++) {
                    arriving += net.w[m + 1][l][j] * flow.delta[m + 1][l];
                }
                assertEquals(arriving, flow.error[m][j], EXACT, "error reaching neuron " + j + " of layer " + m);
            }
        }
        Gradients loop = net.backprop(x, y);
        for (int m = 1; m <= 3; m++) {
            for (int j = 0; j < net.size(m); j++) {
                assertEquals(net.f[m].fPrime(pass.z[m][j]), flow.fPrime[m][j], EXACT);
                assertEquals(flow.error[m][j] * flow.fPrime[m][j], flow.delta[m][j], EXACT);
                assertEquals(loop.delta[m][j], flow.delta[m][j], EXACT);
            }
        }
    }

    @Test
    void refusesWrongOrNonFiniteInput() {
        Network net = Network.layers(2, 2, 1).build();
        IllegalArgumentException wrongSize = assertThrows(IllegalArgumentException.class,
                () -> MatrixBackprop.backprop(net, new double[] {1, 2, 3}, new double[] {1}));
        assertTrue(wrongSize.getMessage().contains("x has 3 entries"), wrongSize.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> MatrixBackprop.backprop(net, new double[] {1, Double.NaN}, new double[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> MatrixBackprop.backprop(net, new double[] {1, 2}, new double[] {1, 0}));
        assertThrows(IllegalArgumentException.class,
                () -> MatrixBackprop.errorFlow(net, new double[] {1, 2}, new double[] {Double.POSITIVE_INFINITY}));
    }

    static void assertSameGradients(Gradients loop, Gradients matrix, String net) {
        assertEquals(loop.err, matrix.err, EXACT, net + ": Err");
        assertEquals(loop.dW.length, matrix.dW.length);
        for (int m = 1; m < loop.dW.length; m++) {
            assertArrayEquals(loop.delta[m], matrix.delta[m], EXACT, net + ": delta^" + m);
            assertArrayEquals(loop.dB[m], matrix.dB[m], EXACT, net + ": ∂Err/∂b^" + m);
            for (int j = 0; j < loop.dW[m].length; j++) {
                assertArrayEquals(loop.dW[m][j], matrix.dW[m][j], EXACT, net + ": ∂Err/∂w^" + m + "_" + j);
            }
        }
    }
}
