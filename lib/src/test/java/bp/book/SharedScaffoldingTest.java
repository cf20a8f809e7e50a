package bp.book;

import bp.general.RandomInit;
import bp.neuron.Activation;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongFunction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the three book networks share: the same step, the same access by name, the same printout rules. */
class SharedScaffoldingTest {

    private static final Map<String, LongFunction<BookNetwork>> KINDS = Map.of(
            "Net221", Net221::random,
            "SharedBias221", SharedBias221::random,
            "Net2231", Net2231::random);

    private static double[] values(BookNetwork net) {
        return net.parameterNames().stream().mapToDouble(net::get).toArray();
    }

    /** The grader hands book networks to a student's code across the sandbox, serialized. */
    @Test
    void everyNetworkSurvivesSerializationWithItsParametersActivationAndClosedForms() throws Exception {
        for (var kind : KINDS.entrySet()) {
            BookNetwork net = kind.getValue().apply(3);
            ((AbstractBookNetwork<?, ?>) net).withActivation(Activation.TANH);
            BookNetwork copy = roundTrip(net);
            assertEquals(net.parameterNames(), copy.parameterNames(), kind.getKey());
            assertArrayEquals(values(net), values(copy), kind.getKey());
            assertEquals(net.toString(), copy.toString(), kind.getKey());
            double[] x = {0.3, -0.7};
            assertEquals(net.gradient(x, 0.25), copy.gradient(x, 0.25), kind.getKey());
        }
    }

    private static BookNetwork roundTrip(BookNetwork net) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(net);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (BookNetwork) in.readObject();
        }
    }

    @Test
    void aStepIsExactlyPMinusEtaTimesTheGradientForEveryParameterOfEveryNetwork() {
        Random random = new Random(5);
        KINDS.forEach((kind, make) -> {
            for (long seed = 1; seed <= 20; seed++) {
                BookNetwork net = make.apply(seed);
                if (seed % 2 == 0) {
                    ((AbstractBookNetwork<?, ?>) net).withActivation(Activation.TANH);
                }
                double[] x = {4 * random.nextDouble() - 2, 4 * random.nextDouble() - 2};
                double y = random.nextDouble();
                double eta = 10 * random.nextDouble() + 0.01;
                double[] before = values(net);
                Map<String, Double> g = net.gradient(x, y);
                net.step(x, y, eta);
                List<String> names = net.parameterNames();
                for (int k = 0; k < names.size(); k++) {
                    String p = names.get(k);
                    assertEquals(before[k] - eta * g.get(p), net.get(p), 0.0, kind + " seed " + seed + ": " + p);
                }
            }
        });
    }

    @Test
    void aStepWhoseResultIsNotFiniteChangesNothing() {
        Net221 net = Net221.of(0, 0, 0, 0, 0, 0, 0, 0, Double.MAX_VALUE).withActivation(Activation.IDENTITY);
        double[] before = values(net);
        var e = assertThrows(IllegalArgumentException.class, () -> net.step(new double[] {1, 1}, -Double.MAX_VALUE, 1e300));
        assertTrue(e.getMessage().contains("must be a finite number"), e.getMessage());
        assertArrayEquals(before, values(net), "a refused step changes nothing");
    }

    @Test
    void randomDrawsEveryParameterInBookOrderFromTheCourseInitialisation() {
        KINDS.forEach((kind, make) -> {
            BookNetwork net = make.apply(17);
            assertArrayEquals(RandomInit.minusOneToOne(17, net.parameterNames().size()), values(net), kind);
        });
    }

    @Test
    void setAllRefusesAWrongCountInEveryNetworkAndChangesNothing() {
        KINDS.forEach((kind, make) -> {
            BookNetwork net = make.apply(3);
            double[] before = values(net);
            int n = before.length;
            var e = assertThrows(IllegalArgumentException.class, () -> net.setAll(1, 2));
            assertTrue(e.getMessage().contains("2 values for " + n + " parameters"), e.getMessage());
            assertTrue(e.getMessage().contains(String.join(", ", net.parameterNames())), e.getMessage());
            var none = assertThrows(IllegalArgumentException.class, () -> net.setAll((double[]) null));
            assertTrue(none.getMessage().contains("no values for " + n + " parameters"), none.getMessage());
            assertArrayEquals(before, values(net), kind);
        });
    }

    @Test
    void withActivationReturnsTheNetworkItselfWithItsOwnType() {
        Net221 a = Net221.example();
        SharedBias221 b = SharedBias221.example();
        Net2231 c = Net2231.example();
        assertSame(a, a.withActivation(Activation.TANH));
        assertSame(b, b.withActivation(Activation.RELU));
        assertSame(c, c.withActivation(Activation.IDENTITY));
        assertEquals(Activation.RELU, b.toNetwork().f[1]);
    }

    @Test
    void toStringListsEachNeuronOnceWithAColumnForTheNumbers() {
        assertEquals("2-2-1 network, hidden neurons share b1, f = sigmoid\n"
                        + "  n3: z1 = x1·w1 + x2·w3 + b1   w1 = 0.1, w3 = 0.3, b1 = 0.1\n"
                        + "  n4: z2 = x1·w2 + x2·w4 + b1   w2 = 0.2, w4 = 0.4\n"
                        + "  n5: z3 = o1·w5 + o2·w6 + b2   w5 = 0.5, w6 = 0.6, b2 = 0.3",
                SharedBias221.example().toString());
        assertEquals("2-2-3-1 network, one bias per layer, f = tanh\n"
                        + "  n3: z1 = w1·x1 + w3·x2 + b1              w1 = 0.1, w3 = 0.3, b1 = 0.1\n"
                        + "  n4: z2 = w2·x1 + w4·x2 + b1              w2 = 0.2, w4 = 0.4\n"
                        + "  n5: z3 = w5·o1 + w8·o2 + b2              w5 = 0.5, w8 = 0.8, b2 = 0.2\n"
                        + "  n6: z4 = w6·o1 + w9·o2 + b2              w6 = 0.6, w9 = 0.9\n"
                        + "  n7: z5 = w7·o1 + w10·o2 + b2             w7 = 0.7, w10 = 1.0\n"
                        + "  n8: z6 = w11·o3 + w12·o4 + w13·o5 + b3   w11 = 1.1, w12 = 1.2, w13 = 1.3, b3 = 0.3",
                Net2231.example().withActivation(Activation.TANH).toString());
    }

    @Test
    void aPassPrintsItsInputsThenOneLinePerNeuron() {
        Net2231.Pass p = Net2231.example().forward(1, 0.5);
        String[] lines = p.toString().split("\n");
        assertEquals(7, lines.length);
        assertEquals("x1 = 1.0, x2 = 0.5", lines[0]);
        assertEquals("z6 = " + p.z6 + ", o6 = " + p.o6, lines[6]);
        assertEquals(p.o6, Net2231.example().output(new double[] {1, 0.5}), 0.0);
    }
}
