package bp.book;

import bp.Require;

/**
 * The smallest network of the book (chapter 2): inputs x1, x2 (neurons n1, n2), a hidden layer
 * n3, n4 and one output neuron n5, every neuron with its own bias.
 * <pre>
 *   z1 = x1·w1 + x2·w3 + b1,   o1 = f(z1)
 *   z2 = x1·w2 + x2·w4 + b2,   o2 = f(z2)
 *   z3 = o1·w5 + o2·w6 + b3,   o3 = f(z3)
 *   Err = ½(o3 − y)²
 * </pre>
 * Each of the nine partial derivatives is one method, written as the book derives it: the six
 * weights' in {@link AbstractNet221} (chapter 3's network has the same ones), the three biases' here.
 */
public final class Net221 extends AbstractNet221<Net221> {

    /** Every parameter in book order: how it is read, how it is written, and its closed form ∂Err/∂p. */
    private static final BookParameters<Net221, Pass> PARAMETERS = AbstractNet221.<Net221>weights()
            .add("b1", n -> n.b1, (n, v) -> n.b1 = v, Net221::dErr_db1)
            .add("b2", n -> n.b2, (n, v) -> n.b2 = v, Net221::dErr_db2)
            .add("b3", n -> n.b3, (n, v) -> n.b3 = v, Net221::dErr_db3);

    public double b1, b2, b3;

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

    @Override
    double biasOf(int neuron) {
        return neuron == 3 ? b1 : neuron == 4 ? b2 : b3;
    }

    // ---- the biases' partial derivatives (the weights' are in AbstractNet221) ------------------

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

    // ---- what the shared scaffolding needs to know ---------------------------------------------

    @Override
    BookParameters<Net221, Pass> parameters() {
        return PARAMETERS;
    }

    @Override
    BookLabels labels() {
        return BookLabels.net221();
    }

    @Override
    String description() {
        return "2-2-1 network";
    }
}
