package bp.book;

import bp.Require;
import bp.general.Network;
import bp.neuron.Activation;

import java.util.List;
import java.util.Map;

/**
 * The smallest network of the book (chapter 2): inputs x1, x2 (neurons n1, n2), a hidden layer
 * n3, n4 and one output neuron n5, every neuron with its own bias.
 * <pre>
 *   z1 = x1·w1 + x2·w3 + b1,   o1 = f(z1)
 *   z2 = x1·w2 + x2·w4 + b2,   o2 = f(z2)
 *   z3 = o1·w5 + o2·w6 + b3,   o3 = f(z3)
 *   Err = ½(o3 − y)²
 * </pre>
 * Each of the nine partial derivatives is one method, written as the book derives it.
 */
public final class Net221 implements BookNetwork {

    /** Every parameter in book order: how it is read, how it is written, and its closed form ∂Err/∂p. */
    private static final BookParameters<Net221, Pass> PARAMETERS = new BookParameters<Net221, Pass>()
            .add("w1", n -> n.w1, (n, v) -> n.w1 = v, Net221::dErr_dw1)
            .add("w2", n -> n.w2, (n, v) -> n.w2 = v, Net221::dErr_dw2)
            .add("w3", n -> n.w3, (n, v) -> n.w3 = v, Net221::dErr_dw3)
            .add("w4", n -> n.w4, (n, v) -> n.w4 = v, Net221::dErr_dw4)
            .add("w5", n -> n.w5, (n, v) -> n.w5 = v, Net221::dErr_dw5)
            .add("w6", n -> n.w6, (n, v) -> n.w6 = v, Net221::dErr_dw6)
            .add("b1", n -> n.b1, (n, v) -> n.b1 = v, Net221::dErr_db1)
            .add("b2", n -> n.b2, (n, v) -> n.b2 = v, Net221::dErr_db2)
            .add("b3", n -> n.b3, (n, v) -> n.b3 = v, Net221::dErr_db3);

    public double w1, w2, w3, w4, w5, w6;
    public double b1, b2, b3;
    private Activation f = Activation.SIGMOID;

    private Net221() {
    }

    /** A 2-2-1 network with these weights and biases and the sigmoid activation. */
    public static Net221 of(double w1, double w2, double w3, double w4, double w5, double w6,
                            double b1, double b2, double b3) {
        Net221 net = new Net221();
        net.setAll(w1, w2, w3, w4, w5, w6, b1, b2, b3);
        return net;
    }

    /** Easy numbers to follow by hand: w1..w6 = 0.1..0.6, b1, b2, b3 = 0.1, 0.2, 0.3. */
    public static Net221 example() {
        return of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.1, 0.2, 0.3);
    }

    /** Every weight and bias drawn uniformly from [−1, 1), repeatably for the same seed. */
    public static Net221 random(long seed) {
        Net221 net = new Net221();
        net.randomize(seed);
        return net;
    }

    /** Uses activation f in every neuron instead of the sigmoid; returns this network. */
    public Net221 withActivation(Activation f) {
        this.f = BookNetwork.requireActivation(f);
        return this;
    }

    @Override
    public Activation f() {
        return f;
    }

    // ---- forward pass ----------------------------------------------------------------------

    /** Everything one forward pass computes, named as in the book. */
    public static final class Pass implements java.io.Serializable {
        public final double x1, x2;
        public final double z1, o1, z2, o2, z3, o3;

        private Pass(double x1, double x2, double z1, double o1, double z2, double o2, double z3, double o3) {
            this.x1 = x1;
            this.x2 = x2;
            this.z1 = z1;
            this.o1 = o1;
            this.z2 = z2;
            this.o2 = o2;
            this.z3 = z3;
            this.o3 = o3;
        }

        @Override
        public String toString() {
            return "x1 = " + x1 + ", x2 = " + x2 + "\n"
                    + "z1 = " + z1 + ", o1 = " + o1 + "\n"
                    + "z2 = " + z2 + ", o2 = " + o2 + "\n"
                    + "z3 = " + z3 + ", o3 = " + o3;
        }
    }

    /** The forward pass for the sample [x1, x2]. */
    public Pass forward(double x1, double x2) {
        Require.finite("x1", x1);
        Require.finite("x2", x2);
        double z1 = x1 * w1 + x2 * w3 + b1;
        double o1 = f.f(z1);
        double z2 = x1 * w2 + x2 * w4 + b2;
        double o2 = f.f(z2);
        double z3 = o1 * w5 + o2 * w6 + b3;
        double o3 = f.f(z3);
        return new Pass(x1, x2, z1, o1, z2, o2, z3, o3);
    }

    /** The forward pass for x = [x1, x2]. */
    public Pass forward(double[] x) {
        Require.finiteOfLength("x", x, 2);
        return forward(x[0], x[1]);
    }

    /** The output o3 for input x. */
    @Override
    public double output(double[] x) {
        return forward(x).o3;
    }

    // ---- the nine partial derivatives of chapter 2 -------------------------------------------

    /** ∂Err/∂w1 = (o3 − y) f'(z3) f'(z1) w5 x1 */
    public double dErr_dw1(Pass p, double y) {
        Require.finite("y", y);
        return (p.o3 - y) * fPrime(p.z3) * fPrime(p.z1) * w5 * p.x1;
    }

    /** ∂Err/∂w2 = (o3 − y) f'(z3) f'(z2) w6 x1 */
    public double dErr_dw2(Pass p, double y) {
        Require.finite("y", y);
        return (p.o3 - y) * fPrime(p.z3) * fPrime(p.z2) * w6 * p.x1;
    }

    /** ∂Err/∂w3 = (o3 − y) f'(z3) f'(z1) w5 x2 */
    public double dErr_dw3(Pass p, double y) {
        Require.finite("y", y);
        return (p.o3 - y) * fPrime(p.z3) * fPrime(p.z1) * w5 * p.x2;
    }

    /** ∂Err/∂w4 = (o3 − y) f'(z3) f'(z2) w6 x2 */
    public double dErr_dw4(Pass p, double y) {
        Require.finite("y", y);
        return (p.o3 - y) * fPrime(p.z3) * fPrime(p.z2) * w6 * p.x2;
    }

    /** ∂Err/∂w5 = (o3 − y) f'(z3) o1 */
    public double dErr_dw5(Pass p, double y) {
        Require.finite("y", y);
        return (p.o3 - y) * fPrime(p.z3) * p.o1;
    }

    /** ∂Err/∂w6 = (o3 − y) f'(z3) o2 */
    public double dErr_dw6(Pass p, double y) {
        Require.finite("y", y);
        return (p.o3 - y) * fPrime(p.z3) * p.o2;
    }

    /** ∂Err/∂b1 = (o3 − y) f'(z3) f'(z1) w5 */
    public double dErr_db1(Pass p, double y) {
        Require.finite("y", y);
        return (p.o3 - y) * fPrime(p.z3) * fPrime(p.z1) * w5;
    }

    /** ∂Err/∂b2 = (o3 − y) f'(z3) f'(z2) w6 */
    public double dErr_db2(Pass p, double y) {
        Require.finite("y", y);
        return (p.o3 - y) * fPrime(p.z3) * fPrime(p.z2) * w6;
    }

    /** ∂Err/∂b3 = (o3 − y) f'(z3) */
    public double dErr_db3(Pass p, double y) {
        Require.finite("y", y);
        return (p.o3 - y) * fPrime(p.z3);
    }

    private double fPrime(double z) {
        return f.fPrime(z);
    }

    @Override
    public Map<String, Double> gradient(double[] x, double y) {
        Require.finite("y", y);
        return PARAMETERS.gradient(this, forward(x), y);
    }

    // ---- parameters by name --------------------------------------------------------------------

    @Override
    public List<String> parameterNames() {
        return PARAMETERS.names();
    }

    @Override
    public double get(String name) {
        return PARAMETERS.get(this, name);
    }

    @Override
    public void set(String name, double value) {
        PARAMETERS.set(this, name, value);
    }

    // ---- the same network in the general form of chapter 5 ----------------------------------

    /** Layers 2, 2, 1 with a bias per neuron (b1 ≠ b2); w[m][j][i] runs from neuron i to neuron j. */
    @Override
    public Network toNetwork() {
        Network net = Network.layers(2, 2, 1).activation(f).biasPerNeuron().build();
        net.w[1][0][0] = w1;
        net.w[1][0][1] = w3;
        net.b[1][0] = b1;
        net.w[1][1][0] = w2;
        net.w[1][1][1] = w4;
        net.b[1][1] = b2;
        net.w[2][0][0] = w5;
        net.w[2][0][1] = w6;
        net.b[2][0] = b3;
        return net.withLabels(BookLabels.net221());
    }

    /** Reads like the diagram: each neuron's weighted input, then the numbers. */
    @Override
    public String toString() {
        return "2-2-1 network, f = " + f.name().toLowerCase() + "\n"
                + "  n3: z1 = x1·w1 + x2·w3 + b1   w1 = " + w1 + ", w3 = " + w3 + ", b1 = " + b1 + "\n"
                + "  n4: z2 = x1·w2 + x2·w4 + b2   w2 = " + w2 + ", w4 = " + w4 + ", b2 = " + b2 + "\n"
                + "  n5: z3 = o1·w5 + o2·w6 + b3   w5 = " + w5 + ", w6 = " + w6 + ", b3 = " + b3;
    }
}
