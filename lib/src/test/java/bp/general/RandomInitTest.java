package bp.general;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RandomInitTest {

    @Test
    void drawsFromMinusOneToOneRepeatablyForASeed() {
        double[] a = RandomInit.minusOneToOne(9, 1000);
        assertArrayEquals(a, RandomInit.minusOneToOne(9, 1000), 0.0);
        assertTrue(java.util.Arrays.stream(a).allMatch(v -> v >= -1 && v < 1));
        assertTrue(java.util.Arrays.stream(a).anyMatch(v -> v < -0.9) && java.util.Arrays.stream(a).anyMatch(v -> v > 0.9),
                "the draws cover the whole interval");
        assertEquals(2 * new Random(9).nextDouble() - 1, a[0], 0.0);
    }

    @Test
    void symmetricScalesEachLayerAndZeroesTheBiases() {
        Network net = Network.layers(4, 3, 2).biasPerNeuron().build().initUniform(1);
        RandomInit.symmetric(net, 5, m -> m == 1 ? 0.5 : 2);
        for (double[] row : net.w[1]) {
            for (double w : row) {
                assertTrue(w >= -0.5 && w < 0.5, "layer 1: " + w);
            }
        }
        assertTrue(java.util.Arrays.stream(net.w[2][0]).anyMatch(w -> Math.abs(w) > 0.5), "layer 2 has the wider range");
        assertArrayEquals(new double[3], net.b[1], 0.0);
        assertArrayEquals(new double[2], net.b[2], 0.0);
        assertEquals(RandomInit.minusOneToOne(5, 1)[0] * 0.5, net.w[1][0][0], 0.0);
    }
}
