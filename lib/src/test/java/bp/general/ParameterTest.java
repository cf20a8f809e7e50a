package bp.general;

import bp.book.BookLabels;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParameterTest {

    private final Network net2231 = Network.layers(2, 2, 3, 1).build().withLabels(BookLabels.net2231());

    @Test
    void allListsTheParametersInTheBooksOrder() {
        List<String> names = Parameter.all(net2231).stream().map(p -> p.name(net2231)).toList();
        assertEquals(List.of("w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "w9", "w10", "w11", "w12", "w13",
                "b1", "b2", "b3"), names);
    }

    @Test
    void perNeuronBiasesAreEachAParameter() {
        Network net = Network.layers(2, 3, 2).biasPerNeuron().build();
        assertEquals(2 * 3 + 3 * 2 + 3 + 2, Parameter.all(net).size());
    }

    @Test
    void namedFindsWeightsAndBiasesByTheirLabels() {
        assertEquals(Parameter.weight(2, 0, 1), Parameter.named(net2231, "w8"));
        assertEquals(Parameter.bias(3, 0), Parameter.named(net2231, "b3"));
        Network general = Network.layers(2, 2, 1).build();
        assertEquals(Parameter.weight(2, 0, 1), Parameter.named(general, "w^2_{0,1}"));
    }

    @Test
    void getSetAndGradientReadTheSamePlace() {
        Network net = RandomNetworks.of(Network.layers(2, 2, 1).biasPerNeuron().build(), 1);
        Parameter w = Parameter.weight(1, 1, 0);
        w.set(net, 0.25);
        assertEquals(0.25, net.w[1][1][0]);
        assertEquals(0.25, w.get(net));
        Parameter b = Parameter.bias(1, 1);
        b.set(net, -0.5);
        assertEquals(-0.5, net.b[1][1]);
        Gradients g = net.backprop(new double[] {1, 2}, new double[] {0});
        assertEquals(g.dW[1][1][0], w.of(g));
        assertEquals(g.dB[1][1], b.of(g));
    }

    @Test
    void unknownNameIsRefusedWithValidExamples() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Parameter.named(net2231, "w14"));
        assertTrue(e.getMessage().contains("\"w14\""), e.getMessage());
        assertTrue(e.getMessage().contains("w1, w2"), e.getMessage());
        assertTrue(e.getMessage().contains("b3"), e.getMessage());
    }

    @Test
    void indicesOutsideTheNetworkAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Parameter.weight(0, 0, 0).requireIn(net2231));
        assertThrows(IllegalArgumentException.class, () -> Parameter.weight(4, 0, 0).requireIn(net2231));
        assertThrows(IllegalArgumentException.class, () -> Parameter.weight(2, 3, 0).requireIn(net2231));
        assertThrows(IllegalArgumentException.class, () -> Parameter.weight(2, 0, 2).requireIn(net2231));
        IllegalArgumentException shared = assertThrows(IllegalArgumentException.class,
                () -> Parameter.bias(2, 1).requireIn(net2231));
        assertTrue(shared.getMessage().contains("shared"), shared.getMessage());
    }
}
