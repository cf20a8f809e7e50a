package bp.general;

import bp.neuron.Activation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Networks of many shapes with every weight and bias drawn from [−1, 1), for tests that must hold for any network. */
public final class RandomNetworks {

    /** Shapes with one and several hidden layers, one and several outputs. */
    public static final int[][] SHAPES = {
            {2, 1}, {2, 2, 1}, {2, 2, 3, 1}, {4, 5, 3}, {3, 4, 4, 2}, {1, 6, 2, 5, 3}, {2, 3, 2, 1}};

    private RandomNetworks() {
    }

    /** Every shape, in both bias modes, with activation {@code f}, parameters from the seed. */
    public static List<Network> all(Activation f, long seed) {
        List<Network> nets = new ArrayList<>();
        for (int[] shape : SHAPES) {
            nets.add(of(Network.layers(shape).activation(f).sharedBias().build(), seed++));
            nets.add(of(Network.layers(shape).activation(f).biasPerNeuron().build(), seed++));
        }
        return nets;
    }

    /** Fills every weight and bias of {@code net} uniformly from [−1, 1). */
    public static Network of(Network net, long seed) {
        return RandomInit.minusOneToOne(net, seed);
    }

    /** A vector of n numbers from [−1, 1) (inputs) or [0, 1) (targets, when {@code unit}). */
    public static double[] vector(int n, long seed, boolean unit) {
        Random random = new Random(seed);
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = unit ? random.nextDouble() : 2 * random.nextDouble() - 1;
        }
        return v;
    }
}
