package bp.paths;

import bp.Require;
import bp.general.ForwardPass;
import bp.general.Labels;
import bp.general.Network;
import bp.general.Parameter;

import java.util.ArrayList;
import java.util.List;

/**
 * The path rule of chapter 4: ∂Err/∂p is the sum, over every path from the parameter p to an
 * output neuron, of the product of what the path passes (see {@link Path}). A shared bias feeds
 * every neuron of its layer, so its paths start from each of them.
 *
 * <p>Chapter 5 shows why the rule holds: backpropagation computes the same sum, factored
 * layer by layer into the 附加变量 a^m_j. Listing the paths one by one is only for looking at:
 * their number grows as the product of the layer sizes.
 */
public final class PathRule {

    /** Refuse to list more paths than this; backpropagation is the way to sum that many. */
    public static final long MAX_PATHS = 10_000;

    private PathRule() {
    }

    /** Every path of the parameter the network's labels call {@code parameterName} ("w1", "w^2_{0,1}"). */
    public static List<Path> paths(Network net, String parameterName, double[] x, double[] y) {
        return paths(net, Parameter.named(net, parameterName), x, y);
    }

    /** Every path of the weight w^m_{j,i}. */
    public static List<Path> weightPaths(Network net, int m, int j, int i, double[] x, double[] y) {
        return paths(net, Parameter.weight(m, j, i), x, y);
    }

    /** Every path of the bias {@code b[m][k]} (k = 0 for a shared bias). */
    public static List<Path> biasPaths(Network net, int m, int k, double[] x, double[] y) {
        return paths(net, Parameter.bias(m, k), x, y);
    }

    /** Every path from parameter {@code p} to the outputs, for the sample (x, y). */
    public static List<Path> paths(Network net, Parameter p, double[] x, double[] y) {
        p.requireIn(net);
        Require.finiteOfLength("y", y, net.outputs());
        requireFewEnough(net, p);
        return new Walk(net, p, net.forward(x), y).all();
    }

    /** How many paths lead from {@code p} to the outputs: one per choice of neuron in each later layer. */
    public static long count(Network net, Parameter p) {
        p.requireIn(net);
        long count = startsOf(net, p).length;
        for (int l = p.m() + 1; l <= net.outputLayer(); l++) {
            count = Math.multiplyExact(count, net.size(l));
        }
        return count;
    }

    /** The sum of the paths' products: by the path rule, ∂Err/∂p. */
    public static double sum(List<Path> paths) {
        double total = 0;
        for (Path path : paths) {
            total += path.value();
        }
        return total;
    }

    /** ∂Err/∂p by the path rule, for the parameter called {@code parameterName}. */
    public static double sum(Network net, String parameterName, double[] x, double[] y) {
        return sum(paths(net, parameterName, x, y));
    }

    /** "∂Err/∂w1 = x1·f'(z1)·w5·… + x1·f'(z1)·w6·… + …": the gradient written as its sum of paths. */
    public static String formula(Network net, List<Path> paths) {
        List<String> products = new ArrayList<>();
        for (Path path : paths) {
            products.add(path.symbolic());
        }
        return "∂Err/∂" + name(net, paths) + " = " + String.join(" + ", products);
    }

    private static String name(Network net, List<Path> paths) {
        return paths.isEmpty() ? "?" : paths.get(0).parameter().name(net);
    }

    /** The neurons of layer m the parameter feeds: a weight's own j; every neuron a bias is added to. */
    static int[] startsOf(Network net, Parameter p) {
        if (p instanceof Parameter.Weight weight) {
            return new int[] {weight.j()};
        }
        return ((Parameter.Bias) p).feeds(net);
    }

    private static void requireFewEnough(Network net, Parameter p) {
        long count = count(net, p);
        if (count > MAX_PATHS) {
            throw new IllegalArgumentException(p.name(net) + " has " + count + " paths to the output in "
                    + net + ", more than the " + MAX_PATHS + " worth listing; use backprop, which sums them layer by layer");
        }
    }

    /** Walks from the parameter towards the output, one layer at a time, collecting the factors. */
    private static final class Walk {
        private final Network net;
        private final Parameter p;
        private final ForwardPass pass;
        private final double[] y;
        private final Labels labels;
        private final List<Path> found = new ArrayList<>();

        Walk(Network net, Parameter p, ForwardPass pass, double[] y) {
            this.net = net;
            this.p = p;
            this.pass = pass;
            this.y = y;
            this.labels = net.labels();
        }

        List<Path> all() {
            for (int j : startsOf(net, p)) {
                Trail trail = new Trail();
                if (p instanceof Parameter.Weight w) {
                    trail.factors.add(new Factor(labels.o(w.m() - 1, w.i()), pass.o[w.m() - 1][w.i()]));
                    trail.neurons.add(new Neuron(w.m() - 1, w.i()));
                    trail.weights.add(w);
                }
                enter(trail, p.m(), j);
            }
            return found;
        }

        /** Arrive at neuron j of layer m: pass its f'(z), then go on to every neuron of the next layer. */
        private void enter(Trail trail, int m, int j) {
            Trail here = trail.copy();
            here.neurons.add(new Neuron(m, j));
            here.factors.add(new Factor("f'(" + labels.z(m, j) + ")", net.f[m].fPrime(pass.z[m][j])));
            if (m == net.outputLayer()) {
                here.factors.add(outputError(j));
                found.add(new Path(p, here.factors, here.neurons, here.weights, route(here)));
                return;
            }
            for (int l = 0; l < net.size(m + 1); l++) {
                Trail next = here.copy();
                next.factors.add(new Factor(labels.weight(m + 1, l, j), net.w[m + 1][l][j]));
                next.weights.add(Parameter.weight(m + 1, l, j));
                enter(next, m + 1, l);
            }
        }

        /** (o^N_j − y_j), the last factor of every path. */
        private Factor outputError(int j) {
            int N = net.outputLayer();
            String symbol = "(" + labels.o(N, j) + "−" + labels.target(j, net.outputs()) + ")";
            return new Factor(symbol, pass.o[N][j] - y[j]);
        }

        private String route(Trail trail) {
            List<String> stops = new ArrayList<>();
            if (p instanceof Parameter.Bias) {
                stops.add(p.name(net));
            }
            for (Neuron n : trail.neurons) {
                stops.add(labels.neuron(n.m(), n.j()));
            }
            return String.join(" → ", stops);
        }
    }

    /** The factors, neurons and weights collected so far on the way to the output. */
    private static final class Trail {
        final List<Factor> factors = new ArrayList<>();
        final List<Neuron> neurons = new ArrayList<>();
        final List<Parameter.Weight> weights = new ArrayList<>();

        Trail copy() {
            Trail c = new Trail();
            c.factors.addAll(factors);
            c.neurons.addAll(neurons);
            c.weights.addAll(weights);
            return c;
        }
    }
}
