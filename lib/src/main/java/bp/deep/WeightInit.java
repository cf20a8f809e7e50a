package bp.deep;

import bp.Require;
import bp.general.Network;
import bp.general.RandomInit;

/**
 * Starting weights for deep networks (chapter 6). Each weight of layer m is drawn from
 * U[−a, a] with a = √(3·gain / n), n = size of layer m−1, so that Var(w) = gain / n; biases start at 0.
 * gain 1 keeps the variance of z from layer to layer when f'(0) = 1 (tanh; LeCun's choice);
 * gain 2 does the same for ReLU, which is zero for half of its inputs (He et al. 2015).
 */
public final class WeightInit {

    private WeightInit() {
    }

    /** Var(w) = 1/n: for sigmoid and tanh layers. */
    public static Network lecun(Network net, long seed) {
        return uniform(net, 1, seed);
    }

    /** Var(w) = 2/n: for ReLU layers. */
    public static Network he(Network net, long seed) {
        return uniform(net, 2, seed);
    }

    /** Var(w) = gain/n with w uniform in [−a, a], a = √(3·gain/n); biases 0. Returns the same network. */
    public static Network uniform(Network net, double gain, long seed) {
        Require.notNull("network", net, "give the network to initialise");
        Require.positive("gain", gain);
        return RandomInit.symmetric(net, seed, m -> Math.sqrt(3 * gain / net.size(m - 1)));
    }
}
