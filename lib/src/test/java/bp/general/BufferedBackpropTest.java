package bp.general;

import bp.neuron.Activation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reused-room paths give exactly the numbers of the allocating ones, sample after sample. */
class BufferedBackpropTest {

    private static final double EXACT = 1e-12;

    @ParameterizedTest
    @EnumSource(Activation.class)
    void reusingOneGradientsGivesEachSamplesOwnNumbers(Activation f) {
        long seed = 300;
        for (Network net : RandomNetworks.all(f, seed)) {
            Gradients room = Gradients.sizedFor(net);
            ForwardPass pass = ForwardPass.sizedFor(net);
            for (int sample = 0; sample < 4; sample++) {
                double[] x = RandomNetworks.vector(net.inputs(), seed++, false);
                double[] y = RandomNetworks.vector(net.outputs(), seed++, true);
                Gradients fresh = net.backprop(x, y);
                assertSame(room, net.backprop(x, y, room));
                MatrixBackpropTest.assertSameGradients(fresh, room, net.toString());
                assertArrayEquals(fresh.pass.output(), net.forward(x, pass).output(), 0.0);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void aMiniBatchInMatrixFormIsTheSumOfItsSamplesLoopGradients(Activation f) {
        long seed = 500;
        for (Network net : RandomNetworks.all(f, seed)) {
            MiniBatch room = MiniBatch.sizedFor(net, 5);
            for (int K : new int[] {5, 3, 1}) {
                double[][] X = new double[K][];
                double[][] Y = new double[K][];
                double errSum = 0;
                double[][][] dW = Gradients.sizedFor(net).dW;
                double[][] dB = Gradients.sizedFor(net).dB;
                for (int k = 0; k < K; k++) {
                    X[k] = RandomNetworks.vector(net.inputs(), seed++, false);
                    Y[k] = RandomNetworks.vector(net.outputs(), seed++, true);
                    Gradients one = net.backprop(X[k], Y[k]);
                    errSum += one.err;
                    addTo(dW, dB, one);
                }
                Gradients batch = MatrixBackprop.backprop(net, X, Y, room);
                assertEquals(K, room.rows());
                assertEquals(errSum, batch.err, EXACT, net + ": Σ Err");
                for (int m = 1; m <= net.outputLayer(); m++) {
                    assertArrayEquals(dB[m], batch.dB[m], EXACT, net + ": Δb^" + m);
                    for (int j = 0; j < dW[m].length; j++) {
                        assertArrayEquals(dW[m][j], batch.dW[m][j], EXACT, net + ": ΔW^" + m + " row " + j);
                    }
                }
                assertArrayEquals(net.output(X[K - 1]), room.output(K - 1), EXACT);
            }
        }
    }

    @Test
    void roomMadeForAnotherNetworkIsRefusedWithWhatToDo() {
        Network small = Network.layers(2, 2, 1).build();
        Network other = Network.layers(2, 3, 1).build();
        IllegalArgumentException g = assertThrows(IllegalArgumentException.class,
                () -> small.backprop(new double[] {1, 2}, new double[] {1}, Gradients.sizedFor(other)));
        assertTrue(g.getMessage().contains("Gradients.sizedFor(net)"), g.getMessage());
        Gradients byHand = new Gradients(null, null, null, 0);
        assertThrows(IllegalArgumentException.class, () -> small.backprop(new double[] {1, 2}, new double[] {1}, byHand));
        IllegalArgumentException f = assertThrows(IllegalArgumentException.class,
                () -> small.forward(new double[] {1, 2}, ForwardPass.sizedFor(other)));
        assertTrue(f.getMessage().contains("ForwardPass.sizedFor(net)"), f.getMessage());
        IllegalArgumentException b = assertThrows(IllegalArgumentException.class,
                () -> MatrixBackprop.backprop(small, new double[3][2], new double[3][1], MiniBatch.sizedFor(small, 2)));
        assertTrue(b.getMessage().contains("a batch of 3 samples, but this room holds 1..2"), b.getMessage());
        IllegalArgumentException y = assertThrows(IllegalArgumentException.class,
                () -> MatrixBackprop.backprop(small, new double[2][2], new double[1][1], MiniBatch.sizedFor(small, 2)));
        assertTrue(y.getMessage().contains("1 targets for 2 inputs"), y.getMessage());
    }

    private static void addTo(double[][][] dW, double[][] dB, Gradients g) {
        for (int m = 1; m < dW.length; m++) {
            for (int j = 0; j < dW[m].length; j++) {
                for (int i = 0; i < dW[m][j].length; i++) {
                    dW[m][j][i] += g.dW[m][j][i];
                }
            }
            for (int k = 0; k < dB[m].length; k++) {
                dB[m][k] += g.dB[m][k];
            }
        }
    }
}
