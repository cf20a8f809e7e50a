package bp.general;

import java.util.Arrays;
import java.util.Random;
import java.util.function.DoubleSupplier;
import java.util.function.IntToDoubleFunction;

/**
 * Where the course's random starting values come from: uniform draws around 0, repeatable for
 * the same seed. The book networks, {@link Network#initScaled} and the deep-network
 * initialisations of chapter 6 all draw here.
 */
public final class RandomInit {

    private RandomInit() {
    }

    /** One draw from U[−1, 1): 2u − 1 with u from U[0, 1). */
    public static double minusOneToOne(Random random) {
        return 2 * random.nextDouble() - 1;
    }

    /** {@code count} draws from U[−1, 1), the same ones for the same seed. */
    public static double[] minusOneToOne(long seed, int count) {
        Random random = new Random(seed);
        double[] values = new double[count];
        for (int k = 0; k < count; k++) {
            values[k] = minusOneToOne(random);
        }
        return values;
    }

    /** Every weight and bias drawn from U[0, 1), in {@link #everyParameter}'s order. */
    public static Network zeroToOne(Network net, long seed) {
        Random random = new Random(seed);
        return everyParameter(net, random::nextDouble);
    }

    /** Every weight and bias drawn from U[−1, 1), in {@link #everyParameter}'s order. */
    public static Network minusOneToOne(Network net, long seed) {
        Random random = new Random(seed);
        return everyParameter(net, () -> minusOneToOne(random));
    }

    /** Every weight and bias from {@code draw}, layer by layer: the weights row by row, then the biases. */
    private static Network everyParameter(Network net, DoubleSupplier draw) {
        for (int m = 1; m <= net.outputLayer(); m++) {
            for (double[] row : net.w[m]) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = draw.getAsDouble();
                }
            }
            for (int k = 0; k < net.b[m].length; k++) {
                net.b[m][k] = draw.getAsDouble();
            }
        }
        return net;
    }

    /**
     * Every weight of layer m drawn from U[−a, a) with a = {@code halfWidth.applyAsDouble(m)},
     * layer by layer, row by row; every bias 0. Returns the same network.
     */
    public static Network symmetric(Network net, long seed, IntToDoubleFunction halfWidth) {
        Random random = new Random(seed);
        for (int m = 1; m <= net.outputLayer(); m++) {
            double a = halfWidth.applyAsDouble(m);
            for (double[] row : net.w[m]) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = minusOneToOne(random) * a;
                }
            }
            Arrays.fill(net.b[m], 0);
        }
        return net;
    }
}
