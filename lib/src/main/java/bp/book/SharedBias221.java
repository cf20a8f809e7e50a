package bp.book;

import bp.Require;

/**
 * The network of chapter 3: the 2-2-1 network with fewer parameters, because the two hidden
 * neurons n3, n4 share one bias b1; the output neuron n5 has the bias b2.
 * <pre>
 *   z1 = x1·w1 + x2·w3 + b1,   o1 = f(z1)
 *   z2 = x1·w2 + x2·w4 + b1,   o2 = f(z2)
 *   z3 = o1·w5 + o2·w6 + b2,   o3 = f(z3)
 *   Err = ½(o3 − y)²
 * </pre>
 * The weights' closed forms are chapter 2's ({@link AbstractNet221}); b1 reaches o3 along two
 * paths (through n3 and through n4), so ∂Err/∂b1 is a sum of two terms.
 */
public final class SharedBias221 extends AbstractNet221<SharedBias221> {

    /** Every parameter in book order: how it is read, how it is written, and its closed form ∂Err/∂p. */
    private static final BookParameters<SharedBias221, Pass> PARAMETERS = AbstractNet221.<SharedBias221>weights()
            .add("b1", n -> n.b1, (n, v) -> n.b1 = v, SharedBias221::dErr_db1)
            .add("b2", n -> n.b2, (n, v) -> n.b2 = v, SharedBias221::dErr_db2);

    public double b1, b2;

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

    @Override
    double biasOf(int neuron) {
        return neuron == 5 ? b2 : b1;     // n3 and n4 share b1
    }

    // ---- the biases' partial derivatives (the weights' are in AbstractNet221) ------------------

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

    // ---- what the shared scaffolding needs to know ---------------------------------------------

    @Override
    BookParameters<SharedBias221, Pass> parameters() {
        return PARAMETERS;
    }

    @Override
    BookLabels labels() {
        return BookLabels.sharedBias221();
    }

    @Override
    String description() {
        return "2-2-1 network, hidden neurons share b1";
    }
}
