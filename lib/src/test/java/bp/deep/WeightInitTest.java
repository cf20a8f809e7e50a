package bp.deep;

import bp.general.Network;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class WeightInitTest {

    @Test
    void drawsWeightsWithVarianceGainOverFanInAndZeroBiases() {
        Network net = Network.layers(400, 300, 2).biasPerNeuron().build();
        WeightInit.he(net, 7);
        double bound = Math.sqrt(3 * 2.0 / 400);
        double sum = 0;
        double sumSq = 0;
        int n = 0;
        for (double[] row : net.w[1]) {
            for (double w : row) {
                assertTrue(Math.abs(w) <= bound, "w = " + w + " outside ±" + bound);
                sum += w;
                sumSq += w * w;
                n++;
            }
        }
        assertEquals(0, sum / n, 1e-3);
        assertEquals(2.0 / 400, sumSq / n, 2e-4);
        for (double b : net.b[1]) {
            assertEquals(0, b);
        }
        double bound2 = Math.sqrt(3 * 2.0 / 300);
        for (double[] row : net.w[2]) {
            for (double w : row) {
                assertTrue(Math.abs(w) <= bound2);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameWeightsAndLecunHasHalfHesVariance() {
        Network a = WeightInit.lecun(Network.layers(4, 5, 3).build(), 11);
        Network b = WeightInit.lecun(Network.layers(4, 5, 3).build(), 11);
        Network h = WeightInit.he(Network.layers(4, 5, 3).build(), 11);
        assertArrayEquals(a.w[1][3], b.w[1][3]);
        assertEquals(h.w[2][1][4] / a.w[2][1][4], Math.sqrt(2), 1e-12);
    }

    @Test
    void rejectsANonPositiveGainAndNoNetwork() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WeightInit.uniform(Network.layers(2, 1).build(), 0, 1));
        assertTrue(e.getMessage().contains("gain"));
        assertThrows(IllegalArgumentException.class, () -> WeightInit.uniform(null, 1, 1));
    }
}
