package bp.general;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NetworkTest {

    @Test
    void sumOfSquaredWeightsCountsEveryWeightAndNoBias() {
        Network net = Network.layers(2, 2, 1).biasPerNeuron().build();
        net.w[1][0][0] = 1;
        net.w[1][1][1] = -2;
        net.w[2][0][1] = 3;
        net.b[1][0] = 100;
        net.b[2][0] = -100;
        assertEquals(1 + 4 + 9, net.sumOfSquaredWeights(), 0.0);
        assertEquals(0.0, Network.layers(3, 1).build().sumOfSquaredWeights(), 0.0);
    }
}
