package bp.train;

import bp.data.DataSet;
import bp.general.Network;
import bp.neuron.Activation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class CurvatureTest {

    /** o = w·x + b: J = (x, 1), so K = x² + 1 for one sample. */
    @Test
    void ofSampleOfALinearNeuronIsXSquaredPlusOne() {
        Network net = Network.layers(1, 1).activation(Activation.IDENTITY).build();
        net.w[1][0][0] = 0.7;
        assertEquals(3 * 3 + 1, Curvature.ofSample(net, new double[] {3}), 1e-12);
    }

    /** L = ½(w·x + b − y)² on one sample: the Hessian is [[x², x], [x, 1]], largest eigenvalue x² + 1. */
    @Test
    void sharpestOfALinearNeuronIsTheHessiansLargestEigenvalue() {
        Network net = Network.layers(1, 1).activation(Activation.IDENTITY).build();
        DataSet one = DataSet.of(new double[][] {{2}}, new double[][] {{1}});
        assertEquals(5, Curvature.sharpest(net, one), 1e-6);
    }

    /** With several outputs K is the largest eigenvalue of J Jᵀ, at least each output's own Σ(∂o_j/∂θ)². */
    @Test
    void ofSampleWithSeveralOutputsIsAtLeastEachOutputsOwnSum() {
        Network net = Network.layers(3, 4, 2).biasPerNeuron().build().initScaled(3);
        double[] x = {0.3, -0.8, 1.2};
        double k = Curvature.ofSample(net, x);
        for (int j = 0; j < 2; j++) {
            double[] y = net.output(x).clone();
            y[j] -= 1;
            var g = net.backprop(x, y);
            double own = 0;
            for (var p : bp.general.Parameter.all(net)) {
                own += p.of(g) * p.of(g);
            }
            assertTrue(k >= own - 1e-12, "K " + k + " below output " + j + "'s " + own);
        }
    }

    /** The story of chapter 1 on a network: a full-batch η below 2/curvature settles, above it grows. */
    @Test
    void fullBatchGradientDescentDivergesJustAboveTwoOverTheCurvature() {
        DataSet line = DataSet.of(new double[][] {{1}, {2}, {3}}, new double[][] {{2}, {4}, {6}});
        Network net = Network.layers(1, 1).activation(Activation.IDENTITY).build();
        double limit = 2 / Curvature.sharpest(net, line);
        Network below = net.copy();
        Network above = net.copy();
        TrainingResult calm = new Trainer().eta(0.95 * limit).epochs(2000).fullBatch().progress(false).train(below, line);
        TrainingResult wild = new Trainer().eta(1.05 * limit).epochs(2000).fullBatch().progress(false).train(above, line);
        assertTrue(calm.loss() < 1e-6, "η 0.95·limit: loss " + calm.loss());
        assertTrue(wild.diverged() || wild.loss() > 1e3, "η 1.05·limit: " + wild);
    }

    /** o = w2·(w1·x + b1) + b2 at 0 with x = y = 1: the Hessian of ½(o − 1)² has eigenvalues √2, 1, 0, −√2. */
    @Test
    void sharpestIsTheMostPositiveEigenvalueEvenWhenANegativeOneIsLarger() {

        Network net = Network.layers(1, 1, 1).activation(Activation.IDENTITY).build();
        DataSet one = DataSet.of(new double[][] {{1}}, new double[][] {{1}});
        double top = Curvature.sharpest(net, one);
        assertEquals(Math.sqrt(2), top, 1e-3, "the most positive eigenvalue of a Hessian with eigenvalues ±√2, 1, 0");
    }
}
