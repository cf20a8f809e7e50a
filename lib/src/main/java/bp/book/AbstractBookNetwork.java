package bp.book;

import bp.Require;
import bp.general.Network;
import bp.neuron.Activation;

import java.util.List;
import java.util.Map;

/**
 * What every book network shares, so that each network's own file holds only what the book
 * writes down for it: its parameters w1, …, b1, …, its forward pass (z, o) and one closed-form
 * ∂Err/∂p per parameter. Here: the activation, access by name, the gradient in book order,
 * the update step, the general network of chapter 5 and the printout, all read from the
 * network's {@link BookParameters} table and its {@link BookLabels}.
 *
 * @param <N> the network class itself (Net221, …), so {@code withActivation} returns it
 * @param <P> its forward pass
 */
public abstract class AbstractBookNetwork<N extends AbstractBookNetwork<N, P>, P extends BookPass>
        implements BookNetwork {

    private Activation f = Activation.SIGMOID;

    AbstractBookNetwork() {
    }

    // The next three come from methods, not fields: a book network is Serializable (the grader
    // hands it to a student's code across the sandbox), and its parameter table holds lambdas.

    /** The network's parameters in book order, each with its closed form. */
    abstract BookParameters<N, P> parameters();

    /** The book's names for the network's neurons, weights and biases (the same in every instance). */
    abstract BookLabels labels();

    /** The first line of {@link #toString()}, before the activation: "2-2-1 network". */
    abstract String description();

    /** The forward pass itself, on inputs already checked. */
    abstract P pass(double x1, double x2);

    @SuppressWarnings("unchecked")
    private N self() {
        return (N) this;
    }

    // ---- activation ---------------------------------------------------------------------------

    /** Uses activation f in every neuron instead of the sigmoid; returns this network. */
    public N withActivation(Activation f) {
        this.f = BookNetwork.requireActivation(f);
        return self();
    }

    @Override
    public Activation f() {
        return f;
    }

    /** f'(z), the slope every chain-rule product of the closed forms carries. */
    final double fPrime(double z) {
        return f.fPrime(z);
    }

    // ---- forward pass -------------------------------------------------------------------------

    /** The forward pass for the sample [x1, x2]. */
    public P forward(double x1, double x2) {
        Require.finite("x1", x1);
        Require.finite("x2", x2);
        return pass(x1, x2);
    }

    /** The forward pass for x = [x1, x2]. */
    public P forward(double[] x) {
        Require.finiteOfLength("x", x, 2);
        return forward(x[0], x[1]);
    }

    /** The output neuron's o for input x. */
    @Override
    public double output(double[] x) {
        return forward(x).output();
    }

    // ---- gradient and step --------------------------------------------------------------------

    @Override
    public Map<String, Double> gradient(double[] x, double y) {
        Require.finite("y", y);
        return parameters().gradient(self(), forward(x), y);
    }

    /**
     * One step of gradient descent, p ← p − η ∂Err/∂p for every parameter p: one forward pass,
     * every closed form on it into an array in book order, then every parameter moved at once.
     */
    @Override
    public void step(double[] x, double y, double eta) {
        Require.positive("η (eta)", eta);
        Require.finite("y", y);
        parameters().step(self(), forward(x), y, eta);
    }

    // ---- parameters by name -------------------------------------------------------------------

    @Override
    public List<String> parameterNames() {
        return parameters().names();
    }

    @Override
    public double get(String name) {
        return parameters().get(self(), name);
    }

    @Override
    public void set(String name, double value) {
        parameters().set(self(), name, value);
    }

    @Override
    public void setAll(double... values) {
        Require.sameCount("values", values, "parameters", parameters().count(),
                "give one for each of " + String.join(", ", parameterNames()));
        parameters().setValues(self(), values);
    }

    // ---- the same network in the general form of chapter 5 ------------------------------------

    /**
     * The general network with this network's layers and activation, each w[m][j][i] and b[m]
     * holding the parameter its book label names, and labelled with the book's names.
     */
    @Override
    public Network toNetwork() {
        BookLabels names = labels();
        Network.Builder layers = Network.layers(names.sizes()).activation(f);
        Network net = (names.sharedBias() ? layers.sharedBias() : layers.biasPerNeuron()).build();
        for (int m = 1; m <= net.outputLayer(); m++) {
            for (int j = 0; j < net.size(m); j++) {
                for (int i = 0; i < net.size(m - 1); i++) {
                    net.w[m][j][i] = get(names.weight(m, j, i));
                }
            }
            for (int k = 0; k < net.b[m].length; k++) {
                net.b[m][k] = get(names.bias(m, k));
            }
        }
        return net.withLabels(names);
    }

    /** Reads like the diagram: each neuron's weighted input, then the numbers. */
    @Override
    public String toString() {
        return description() + ", f = " + f.name().toLowerCase() + "\n" + labels().neuronLines(this::get);
    }
}
