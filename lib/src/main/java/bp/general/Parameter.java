package bp.general;

import java.util.ArrayList;
import java.util.List;

/**
 * One weight or bias of a {@link Network}, addressed by its indices as chapter 5 writes them,
 * and named by the network's {@link Labels} ("w5", or "w^2_{0,1}").
 *
 * <p>{@link #all(Network)} lists them in the book's order: the weights layer by layer, inside a
 * layer by the neuron a weight leaves and then the neuron it enters (so the 2-2-3-1 network
 * gives w1, w2, …, w13), then the biases layer by layer.
 */
public sealed interface Parameter permits Parameter.Weight, Parameter.Bias {

    /** w^m_{j,i}, from neuron i of layer m−1 to neuron j of layer m. */
    static Weight weight(int m, int j, int i) {
        return new Weight(m, j, i);
    }

    /** {@code b[m][k]}: with a shared bias k = 0 is b^m; with one bias per neuron, b^m_k. */
    static Bias bias(int m, int k) {
        return new Bias(m, k);
    }

    /** The layer the parameter feeds. */
    int m();

    /** The name the network's labels give it. */
    String name(Network net);

    /** Its current value in {@code net}. */
    double get(Network net);

    /** Writes {@code value} into {@code net}. */
    void set(Network net, double value);

    /** Its entry of a gradient: ∂Err/∂ this parameter. */
    double of(Gradients g);

    /** This parameter, after checking that {@code net} has it; otherwise an IllegalArgumentException. */
    Parameter requireIn(Network net);

    /** Every weight and bias of {@code net}, in the book's order (see the class comment). */
    static List<Parameter> all(Network net) {
        List<Parameter> all = new ArrayList<>();
        for (int m = 1; m <= net.outputLayer(); m++) {
            for (int i = 0; i < net.size(m - 1); i++) {
                for (int j = 0; j < net.size(m); j++) {
                    all.add(weight(m, j, i));
                }
            }
        }
        for (int m = 1; m <= net.outputLayer(); m++) {
            for (int k = 0; k < net.b[m].length; k++) {
                all.add(bias(m, k));
            }
        }
        return all;
    }

    /** The parameter the network's labels call {@code name}; an unknown name is refused with examples. */
    static Parameter named(Network net, String name) {
        List<Parameter> all = all(net);
        for (Parameter p : all) {
            if (p.name(net).equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("parameter \"" + name + "\" does not exist in the network " + net
                + "; valid names are " + examples(net, all));
    }

    private static String examples(Network net, List<Parameter> all) {
        List<String> names = new ArrayList<>();
        for (Parameter p : all) {
            names.add(p.name(net));
        }
        if (names.size() <= 20) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, 8)) + ", …, "
                + String.join(", ", names.subList(names.size() - 4, names.size()))
                + " (" + names.size() + " in all)";
    }

    /** w^m_{j,i}: the weight from neuron i of layer m−1 to neuron j of layer m. */
    record Weight(int m, int j, int i) implements Parameter {

        @Override
        public String name(Network net) {
            return net.labels().weight(m, j, i);
        }

        @Override
        public double get(Network net) {
            return net.w[m][j][i];
        }

        @Override
        public void set(Network net, double value) {
            net.w[m][j][i] = value;
        }

        @Override
        public double of(Gradients g) {
            return g.dW[m][j][i];
        }

        @Override
        public Weight requireIn(Network net) {
            int N = net.outputLayer();
            if (m < 1 || m > N) {
                throw new IllegalArgumentException("weight (m, j, i) = (" + m + ", " + j + ", " + i
                        + "): layer m = " + m + " has no weights; weights live in layers 1.." + N);
            }
            if (j < 0 || j >= net.size(m) || i < 0 || i >= net.size(m - 1)) {
                throw new IllegalArgumentException("weight (m, j, i) = (" + m + ", " + j + ", " + i
                        + "): layer " + m + " expects j in 0.." + (net.size(m) - 1)
                        + " and i in 0.." + (net.size(m - 1) - 1));
            }
            return this;
        }
    }

    /** {@code b[m][k]}: the shared b^m (k = 0), or the bias b^m_k of neuron k. */
    record Bias(int m, int k) implements Parameter {

        @Override
        public String name(Network net) {
            return net.labels().bias(m, k);
        }

        @Override
        public double get(Network net) {
            return net.b[m][k];
        }

        @Override
        public void set(Network net, double value) {
            net.b[m][k] = value;
        }

        @Override
        public double of(Gradients g) {
            return g.dB[m][k];
        }

        /** The neurons of layer m this bias is added to: all of them when shared, else neuron k. */
        public int[] feeds(Network net) {
            if (!net.sharedBias()) {
                return new int[] {k};
            }
            int[] all = new int[net.size(m)];
            for (int j = 0; j < all.length; j++) {
                all[j] = j;
            }
            return all;
        }

        @Override
        public Bias requireIn(Network net) {
            int N = net.outputLayer();
            if (m < 1 || m > N) {
                throw new IllegalArgumentException("bias (m, k) = (" + m + ", " + k
                        + "): layer m = " + m + " has no bias; biases live in layers 1.." + N);
            }
            if (k < 0 || k >= net.b[m].length) {
                throw new IllegalArgumentException("bias (m, k) = (" + m + ", " + k + "): "
                        + (net.sharedBias() ? "layer " + m + " has one shared bias, k = 0"
                                : "layer " + m + " has one bias per neuron, k in 0.." + (net.b[m].length - 1)));
            }
            return this;
        }
    }
}
