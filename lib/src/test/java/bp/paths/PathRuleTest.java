package bp.paths;

import bp.book.BookLabels;
import bp.book.Net2231;
import bp.general.Gradients;
import bp.general.Labels;
import bp.general.Network;
import bp.general.Parameter;
import bp.general.RandomNetworks;
import bp.neuron.Activation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PathRuleTest {

    private static final double[] X = {0.6, -0.4};
    private static final double[] Y = {0.8};

    /** The 2-2-3-1 network of chapter 4 with random parameters and the given names. */
    private static Network net2231(Labels labels) {
        return RandomNetworks.of(Network.layers(2, 2, 3, 1).build(), 42).withLabels(labels);
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void pathSumsEqualTheGradientOfEveryParameter(Activation f) {
        long seed = 500;
        for (Network net : RandomNetworks.all(f, seed)) {
            double[] x = RandomNetworks.vector(net.inputs(), seed++, false);
            double[] y = RandomNetworks.vector(net.outputs(), seed++, true);
            Gradients g = net.backprop(x, y);
            for (Parameter p : Parameter.all(net)) {
                double sum = PathRule.sum(PathRule.paths(net, p, x, y));
                double gradient = p.of(g);
                assertEquals(gradient, sum, 1e-12 * Math.max(1, Math.abs(gradient)),
                        net + ", " + p.name(net));
            }
        }
    }

    @Test
    void chapterFourPathCounts() {
        Network net = net2231(BookLabels.net2231());
        assertEquals(3, PathRule.paths(net, "w1", X, Y).size());
        assertEquals(6, PathRule.paths(net, "b1", X, Y).size());
        assertEquals(1, PathRule.paths(net, "w5", X, Y).size());
        assertEquals(3, PathRule.paths(net, "b2", X, Y).size());
        assertEquals(1, PathRule.paths(net, "w11", X, Y).size());
        assertEquals(1, PathRule.paths(net, "b3", X, Y).size());
        assertEquals(6, PathRule.count(net, Parameter.bias(1, 0)));
    }

    @Test
    void countIsTheProductOfTheLaterLayersSizes() {
        Network perNeuron = Network.layers(3, 4, 5, 2).biasPerNeuron().build();
        assertEquals(5 * 2, PathRule.count(perNeuron, Parameter.weight(1, 0, 2)));
        assertEquals(5 * 2, PathRule.count(perNeuron, Parameter.bias(1, 3)));
        Network shared = Network.layers(3, 4, 5, 2).build();
        assertEquals(4 * 5 * 2, PathRule.count(shared, Parameter.bias(1, 0)));
        assertEquals(2, PathRule.paths(shared, Parameter.weight(2, 4, 3), new double[] {1, 2, 3}, new double[] {0, 1}).size());
    }

    @Test
    void w1ReadsAsTheBookWritesItsThreePaths() {
        for (Labels labels : List.of(new BookLikeLabels(2, 2, 3, 1), BookLabels.net2231())) {
            List<String> products = PathRule.paths(net2231(labels), "w1", X, Y).stream().map(Path::symbolic).toList();
            assertEquals(List.of(
                    "x1·f'(z1)·w5·f'(z3)·w11·f'(z6)·(o6−y)",
                    "x1·f'(z1)·w6·f'(z4)·w12·f'(z6)·(o6−y)",
                    "x1·f'(z1)·w7·f'(z5)·w13·f'(z6)·(o6−y)"), products);
        }
    }

    @Test
    void chapterFourNetworkFromTheBookPackage() {
        for (long seed = 1; seed <= 5; seed++) {
            Net2231 book = Net2231.random(seed);
            Network net = book.toNetwork();
            assertEquals("x1·f'(z1)·w5·f'(z3)·w11·f'(z6)·(o6−y)",
                    PathRule.paths(net, "w1", X, Y).get(0).symbolic());
            Map<String, Double> closedForms = book.gradient(X, Y[0]);
            for (String p : book.parameterNames()) {
                double gradient = closedForms.get(p);
                assertEquals(gradient, PathRule.sum(net, p, X, Y), 1e-12 * Math.max(1, Math.abs(gradient)),
                        "seed " + seed + ", " + p);
            }
        }
    }

    @Test
    void aPathsValueIsItsProductWorkedOutByHand() {
        Network net = net2231(BookLabels.net2231());
        var pass = net.forward(X);
        Activation f = Activation.SIGMOID;
        double expected = X[0] * f.fPrime(pass.z[1][0]) * net.w[2][0][0] * f.fPrime(pass.z[2][0])
                * net.w[3][0][0] * f.fPrime(pass.z[3][0]) * (pass.o[3][0] - Y[0]);
        assertEquals(expected, PathRule.paths(net, "w1", X, Y).get(0).value(), 1e-15);
    }

    @Test
    void aPathNamesTheNeuronsAndWeightsItCrosses() {
        Network net = net2231(BookLabels.net2231());
        Path second = PathRule.paths(net, "w3", X, Y).get(1);
        assertEquals("x2·f'(z1)·w6·f'(z4)·w12·f'(z6)·(o6−y)", second.symbolic());
        assertEquals(List.of(new Neuron(0, 1), new Neuron(1, 0), new Neuron(2, 1), new Neuron(3, 0)), second.neurons());
        assertEquals(List.of(Parameter.weight(1, 0, 1), Parameter.weight(2, 1, 0), Parameter.weight(3, 0, 1)),
                second.weights());
        assertEquals("n2 → n3 → n6 → n8", second.route());
        assertEquals(0, second.output());
        assertEquals(7, second.factors().size());
    }

    @Test
    void biasPathsLeaveOutTheConstantOne() {
        Network net = net2231(BookLabels.net2231());
        List<Path> paths = PathRule.paths(net, "b1", X, Y);
        assertEquals("f'(z1)·w5·f'(z3)·w11·f'(z6)·(o6−y)", paths.get(0).symbolic());
        assertEquals("f'(z2)·w10·f'(z5)·w13·f'(z6)·(o6−y)", paths.get(5).symbolic());
        assertEquals("b1 → n3 → n5 → n8", paths.get(0).route());
        assertEquals("f'(z6)·(o6−y)", PathRule.paths(net, "b3", X, Y).get(0).symbolic());
        assertTrue(paths.get(0).weights().stream().noneMatch(w -> w.m() == 1));
    }

    @Test
    void sharedBiasOfChapterThreeHasTwoPaths() {
        Network net = RandomNetworks.of(Network.layers(2, 2, 1).build(), 8).withLabels(BookLabels.sharedBias221());
        List<Path> paths = PathRule.paths(net, "b1", X, Y);
        assertEquals(List.of("f'(z1)·w5·f'(z3)·(o3−y)", "f'(z2)·w6·f'(z3)·(o3−y)"),
                paths.stream().map(Path::symbolic).toList());
        assertEquals(net.backprop(X, Y).dB[1][0], PathRule.sum(paths), 1e-15);
    }

    @Test
    void generalNetworksUseChapterFiveNames() {
        Network net = RandomNetworks.of(Network.layers(2, 2, 2).biasPerNeuron().build(), 4);
        List<Path> paths = PathRule.paths(net, "w^1_{1,0}", X, new double[] {0, 1});
        assertEquals(List.of(
                "x_0·f'(z^1_1)·w^2_{0,1}·f'(z^2_0)·(o^2_0−y_0)",
                "x_0·f'(z^1_1)·w^2_{1,1}·f'(z^2_1)·(o^2_1−y_1)"), paths.stream().map(Path::symbolic).toList());
        assertEquals(List.of(0, 1), paths.stream().map(Path::output).toList());
    }

    @Test
    void byNameAndByIndexGiveTheSamePaths() {
        Network net = net2231(BookLabels.net2231());
        assertEquals(PathRule.paths(net, "w9", X, Y).toString(), PathRule.weightPaths(net, 2, 1, 1, X, Y).toString());
        assertEquals(PathRule.paths(net, "b2", X, Y).toString(), PathRule.biasPaths(net, 2, 0, X, Y).toString());
        assertEquals(net.backprop(X, Y).dW[2][1][1], PathRule.sum(net, "w9", X, Y), 1e-15);
    }

    @Test
    void routeAndFormula() {
        Network net = net2231(BookLabels.net2231());
        List<Path> paths = PathRule.paths(net, "w1", X, Y);
        assertEquals(3, paths.size());
        assertEquals("n1 → n3 → n7 → n8", paths.get(2).route());
        assertEquals("∂Err/∂w1 = x1·f'(z1)·w5·f'(z3)·w11·f'(z6)·(o6−y) + x1·f'(z1)·w6·f'(z4)·w12·f'(z6)·(o6−y)"
                + " + x1·f'(z1)·w7·f'(z5)·w13·f'(z6)·(o6−y)", PathRule.formula(net, paths));
    }

    @Test
    void badInputIsRefusedWithAnExplanation() {
        Network net = net2231(BookLabels.net2231());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> PathRule.paths(net, "w42", X, Y));
        assertTrue(unknown.getMessage().contains("w42") && unknown.getMessage().contains("w1, w2, w3"),
                unknown.getMessage());
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                () -> PathRule.paths(net, "w1", new double[] {1, 2, 3}, Y));
        assertTrue(size.getMessage().contains("x"), size.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PathRule.paths(net, "w1", new double[] {Double.NaN, 0}, Y));
        assertThrows(IllegalArgumentException.class, () -> PathRule.paths(net, "w1", X, new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> PathRule.paths(net, "w1", X, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> PathRule.weightPaths(net, 3, 0, 3, X, Y));
        assertThrows(IllegalArgumentException.class, () -> PathRule.biasPaths(net, 0, 0, X, Y));
    }

    @Test
    void refusesToListAnAstronomicalNumberOfPaths() {
        int[] sizes = {1, 10, 10, 10, 10, 10, 10, 1};  // 10^5 paths from a weight of layer 1
        Network deep = Network.layers(sizes).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PathRule.weightPaths(deep, 1, 0, 0, new double[] {1}, new double[] {0}));
        assertTrue(e.getMessage().contains("100000 paths"), e.getMessage());
    }
}
