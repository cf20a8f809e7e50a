package bp.book;

import bp.Require;
import bp.general.Network;
import bp.neuron.Activation;

import java.util.List;
import java.util.Map;

/**
 * The network of chapter 3: the 2-2-1 network with fewer parameters, because the two hidden
 * neurons n3, n4 share one bias b1; the output neuron n5 has the bias b2.
 * <pre>
 *   z1 = x1·w1 + x2·w3 + b1,   o1 = f(z1)
 *   z2 = x1·w2 + x2·w4 + b1,   o2 = f(z2)
 *   z3 = o1·w5 + o2·w6 + b2,   o3 = f(z3)
 *   Err = ½(o3 − y)²
 * </pre>
 * b1 reaches o3 along two paths (through n3 and through n4), so ∂Err/∂b1 is a sum of two terms.
 */
public final class SharedBias221 implements BookNetwork {

    /** Every parameter in book order: how it is read, how it is written, and its closed form ∂Err/∂p. */
    private static final BookParameters<SharedBias221, Pass> PARAMETERS = new BookParameters<SharedBias221, Pass>()
            .add("w1", n -> n.w1, (n, v) -> n.w1 = v, SharedBias221::dErr_dw1)
            .add("w2", n -> n.w2, (n, v) -> n.w2 = v, SharedBias221::dErr_dw2)
            .add("w3", n -> n.w3, (n, v) -> n.w3 = v, SharedBias221::dErr_dw3)
            .add("w4", n -> n.w4, (n, v) -> n.w4 = v, SharedBias221::dErr_dw4)
            .add("w5", n -> n.w5, (n, v) -> n.w5 = v, SharedBias221::dErr_dw5)
            .add("w6", n -> n.w6, (n, v) -> n.w6 = v, SharedBias221::dErr_dw6)
            .add("b1", n -> n.b1, (n, v) -> n.b1 = v, SharedBias221::dErr_db1)
            .add("b2", n -> n.b2, (n, v) -> n.b2 = v, SharedBias221::dErr_db2);

    public double w1, w2, w3, w4, w5, w6;
    public double b1, b2;
    private Activation f = Activation.SIGMOID;

    private SharedBias221() {
    }

    /** A shared-bias 2-2-1 network with these weights and biases and the sigmoid activation. */
    public static SharedBias221 of(double w1, double w2, double w3, double w4, double w5, double w6,
                                   double b1, double b2) {
        SharedBias221 net = new SharedBias221();
        net.setAll(w1, w2, w3, w4, w5, w6, b1, b2);
        return net;
    }

    /** Easy numbers to follow by hand: w1..w6 = 0.1..0.6, b1 = 0.1, b2 = 0.3. */
    public static SharedBias221 example() {
        return of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.1, 0.3);
    }

    /** Every weight and bias drawn uniformly from [−1, 1), repeatably for the same seed. */
    public static SharedBias221 random(long seed) {
        SharedBias221 net = new SharedBias221();
        net.randomize(seed);
        return net;
    }

    /** Uses activation f in every neuron instead of the sigmoid; returns this network. */
    public SharedBias221 withActivation(Activation f) {
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
        double z2 = x1 * w2 + x2 * w4 + b1;
        double o2 = f.f(z2);
        double z3 = o1 * w5 + o2 * w6 + b2;
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

    // ---- the eight partial derivatives of chapter 3 ------------------------------------------

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

    /** ∂Err/∂b1 = (o3 − y) f'(z3) (f'(z1) w5 + f'(z2) w6): the path through n3 plus the path through n4. */
    public double dErr_db1(Pass p, double y) {
        Require.finite("y", y);
        return (p.o3 - y) * fPrime(p.z3) * (fPrime(p.z1) * w5 + fPrime(p.z2) * w6);
    }

    /** ∂Err/∂b2 = (o3 − y) f'(z3) */
    public double dErr_db2(Pass p, double y) {
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

    /** Layers 2, 2, 1 with one bias per layer (b^1 = b1, b^2 = b2); w[m][j][i] runs from neuron i to neuron j. */
    @Override
    public Network toNetwork() {
        Network net = Network.layers(2, 2, 1).activation(f).sharedBias().build();
        net.w[1][0][0] = w1;
        net.w[1][0][1] = w3;
        net.w[1][1][0] = w2;
        net.w[1][1][1] = w4;
        net.b[1][0] = b1;
        net.w[2][0][0] = w5;
        net.w[2][0][1] = w6;
        net.b[2][0] = b2;
        return net.withLabels(BookLabels.sharedBias221());
    }

    /** Reads like the diagram: each neuron's weighted input, then the numbers. */
    @Override
    public String toString() {
        return "2-2-1 network, hidden neurons share b1, f = " + f.name().toLowerCase() + "\n"
                + "  n3: z1 = x1·w1 + x2·w3 + b1   w1 = " + w1 + ", w3 = " + w3 + ", b1 = " + b1 + "\n"
                + "  n4: z2 = x1·w2 + x2·w4 + b1   w2 = " + w2 + ", w4 = " + w4 + "\n"
                + "  n5: z3 = o1·w5 + o2·w6 + b2   w5 = " + w5 + ", w6 = " + w6 + ", b2 = " + b2;
    }
}
