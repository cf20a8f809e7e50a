package bp.book;

import bp.Require;

/**
 * The network of chapter 4, two hidden layers and one bias per layer: inputs x1, x2 (n1, n2),
 * hidden neurons n3, n4, then n5, n6, n7, and the output neuron n8.
 * <pre>
 *   z1 = w1·x1 + w3·x2 + b1,             o1 = f(z1)      (n3)
 *   z2 = w2·x1 + w4·x2 + b1,             o2 = f(z2)      (n4)
 *   z3 = w5·o1 + w8·o2 + b2,             o3 = f(z3)      (n5)
 *   z4 = w6·o1 + w9·o2 + b2,             o4 = f(z4)      (n6)
 *   z5 = w7·o1 + w10·o2 + b2,            o5 = f(z5)      (n7)
 *   z6 = w11·o3 + w12·o4 + w13·o5 + b3,  o6 = f(z6)      (n8)
 *   Err = ½(o6 − y)²
 * </pre>
 * Every gradient is written by the path rule: one product per path from the parameter to the
 * output, the products summed. The book writes out w1, w5..w13, b2 and b3 and leaves
 * w2, w3, w4 and b1 to the reader; here they follow the same rule.
 */
public final class Net2231 extends AbstractBookNetwork<Net2231, Net2231.Pass> {

    /** Every parameter in book order: how it is read, how it is written, and its closed form ∂Err/∂p. */
    private static final BookParameters<Net2231, Pass> PARAMETERS = new BookParameters<Net2231, Pass>()
            .add("w1",  n -> n.w1,  (n, v) -> n.w1 = v,  Net2231::dErr_dw1)
            .add("w2",  n -> n.w2,  (n, v) -> n.w2 = v,  Net2231::dErr_dw2)
            .add("w3",  n -> n.w3,  (n, v) -> n.w3 = v,  Net2231::dErr_dw3)
            .add("w4",  n -> n.w4,  (n, v) -> n.w4 = v,  Net2231::dErr_dw4)
            .add("w5",  n -> n.w5,  (n, v) -> n.w5 = v,  Net2231::dErr_dw5)
            .add("w6",  n -> n.w6,  (n, v) -> n.w6 = v,  Net2231::dErr_dw6)
            .add("w7",  n -> n.w7,  (n, v) -> n.w7 = v,  Net2231::dErr_dw7)
            .add("w8",  n -> n.w8,  (n, v) -> n.w8 = v,  Net2231::dErr_dw8)
            .add("w9",  n -> n.w9,  (n, v) -> n.w9 = v,  Net2231::dErr_dw9)
            .add("w10", n -> n.w10, (n, v) -> n.w10 = v, Net2231::dErr_dw10)
            .add("w11", n -> n.w11, (n, v) -> n.w11 = v, Net2231::dErr_dw11)
            .add("w12", n -> n.w12, (n, v) -> n.w12 = v, Net2231::dErr_dw12)
            .add("w13", n -> n.w13, (n, v) -> n.w13 = v, Net2231::dErr_dw13)
            .add("b1",  n -> n.b1,  (n, v) -> n.b1 = v,  Net2231::dErr_db1)
            .add("b2",  n -> n.b2,  (n, v) -> n.b2 = v,  Net2231::dErr_db2)
            .add("b3",  n -> n.b3,  (n, v) -> n.b3 = v,  Net2231::dErr_db3);

    public double w1, w2, w3, w4;
    public double w5, w6, w7, w8, w9, w10;
    public double w11, w12, w13;
    public double b1, b2, b3;

    private Net2231() {
    }

    /** A 2-2-3-1 network with these thirteen weights and three biases and the sigmoid activation. */
    public static Net2231 of(double w1, double w2, double w3, double w4, double w5, double w6, double w7,
                             double w8, double w9, double w10, double w11, double w12, double w13,
                             double b1, double b2, double b3) {
        Net2231 net = new Net2231();
        net.setAll(w1, w2, w3, w4, w5, w6, w7, w8, w9, w10, w11, w12, w13, b1, b2, b3);
        return net;
    }

    /** Easy numbers to follow by hand: w1..w13 = 0.1..1.3, b1, b2, b3 = 0.1, 0.2, 0.3. */
    public static Net2231 example() {
        return of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 0.1, 0.2, 0.3);
    }

    /** Every weight and bias drawn uniformly from [−1, 1), repeatably for the same seed. */
    public static Net2231 random(long seed) {
        Net2231 net = new Net2231();
        net.randomize(seed);
        return net;
    }

    // ---- forward pass ----------------------------------------------------------------------

    /** Everything one forward pass computes, named as in the book. */
    public static final class Pass extends BookPass {
        public final double z1, o1, z2, o2;
        public final double z3, o3, z4, o4, z5, o5;
        public final double z6, o6;

        private Pass(Net2231 n, double x1, double x2) {
            super(x1, x2);
            var f = n.f();
            z1 = n.w1 * x1 + n.w3 * x2 + n.b1;
            o1 = f.f(z1);
            z2 = n.w2 * x1 + n.w4 * x2 + n.b1;
            o2 = f.f(z2);
            z3 = n.w5 * o1 + n.w8 * o2 + n.b2;
            o3 = f.f(z3);
            z4 = n.w6 * o1 + n.w9 * o2 + n.b2;
            o4 = f.f(z4);
            z5 = n.w7 * o1 + n.w10 * o2 + n.b2;
            o5 = f.f(z5);
            z6 = n.w11 * o3 + n.w12 * o4 + n.w13 * o5 + n.b3;
            o6 = f.f(z6);
        }

        @Override
        double[] zo() {
            return new double[] {z1, o1, z2, o2, z3, o3, z4, o4, z5, o5, z6, o6};
        }

        @Override
        double output() {
            return o6;
        }
    }

    @Override
    Pass pass(double x1, double x2) {
        return new Pass(this, x1, x2);
    }

    // ---- first hidden layer: three paths from each weight, six from b1 ------------------------

    /** ∂Err/∂w1 = x1 f'(z1) (w5 f'(z3) w11 + w6 f'(z4) w12 + w7 f'(z5) w13) f'(z6) (o6 − y) */
    public double dErr_dw1(Pass p, double y) {
        Require.finite("y", y);
        return p.x1 * fPrime(p.z1)
                * (w5 * fPrime(p.z3) * w11 + w6 * fPrime(p.z4) * w12 + w7 * fPrime(p.z5) * w13)
                * fPrime(p.z6) * (p.o6 - y);
    }

    /** ∂Err/∂w2 = x1 f'(z2) (w8 f'(z3) w11 + w9 f'(z4) w12 + w10 f'(z5) w13) f'(z6) (o6 − y) */
    public double dErr_dw2(Pass p, double y) {
        Require.finite("y", y);
        return p.x1 * fPrime(p.z2)
                * (w8 * fPrime(p.z3) * w11 + w9 * fPrime(p.z4) * w12 + w10 * fPrime(p.z5) * w13)
                * fPrime(p.z6) * (p.o6 - y);
    }

    /** ∂Err/∂w3 = x2 f'(z1) (w5 f'(z3) w11 + w6 f'(z4) w12 + w7 f'(z5) w13) f'(z6) (o6 − y) */
    public double dErr_dw3(Pass p, double y) {
        Require.finite("y", y);
        return p.x2 * fPrime(p.z1)
                * (w5 * fPrime(p.z3) * w11 + w6 * fPrime(p.z4) * w12 + w7 * fPrime(p.z5) * w13)
                * fPrime(p.z6) * (p.o6 - y);
    }

    /** ∂Err/∂w4 = x2 f'(z2) (w8 f'(z3) w11 + w9 f'(z4) w12 + w10 f'(z5) w13) f'(z6) (o6 − y) */
    public double dErr_dw4(Pass p, double y) {
        Require.finite("y", y);
        return p.x2 * fPrime(p.z2)
                * (w8 * fPrime(p.z3) * w11 + w9 * fPrime(p.z4) * w12 + w10 * fPrime(p.z5) * w13)
                * fPrime(p.z6) * (p.o6 - y);
    }

    /**
     * ∂Err/∂b1 = (f'(z1) (w5 f'(z3) w11 + w6 f'(z4) w12 + w7 f'(z5) w13)
     *           + f'(z2) (w8 f'(z3) w11 + w9 f'(z4) w12 + w10 f'(z5) w13)) f'(z6) (o6 − y):
     * b1 feeds both n3 and n4, so its paths are those of w1 and of w2 with the input left out.
     */
    public double dErr_db1(Pass p, double y) {
        Require.finite("y", y);
        return (fPrime(p.z1) * (w5 * fPrime(p.z3) * w11 + w6 * fPrime(p.z4) * w12 + w7 * fPrime(p.z5) * w13)
                + fPrime(p.z2) * (w8 * fPrime(p.z3) * w11 + w9 * fPrime(p.z4) * w12 + w10 * fPrime(p.z5) * w13))
                * fPrime(p.z6) * (p.o6 - y);
    }

    // ---- second hidden layer: one path from each weight, three from b2 -------------------------

    /** ∂Err/∂w5 = (o6 − y) f'(z6) w11 f'(z3) o1 */
    public double dErr_dw5(Pass p, double y) {
        Require.finite("y", y);
        return (p.o6 - y) * fPrime(p.z6) * w11 * fPrime(p.z3) * p.o1;
    }

    /** ∂Err/∂w6 = (o6 − y) f'(z6) w12 f'(z4) o1 */
    public double dErr_dw6(Pass p, double y) {
        Require.finite("y", y);
        return (p.o6 - y) * fPrime(p.z6) * w12 * fPrime(p.z4) * p.o1;
    }

    /** ∂Err/∂w7 = (o6 − y) f'(z6) w13 f'(z5) o1 */
    public double dErr_dw7(Pass p, double y) {
        Require.finite("y", y);
        return (p.o6 - y) * fPrime(p.z6) * w13 * fPrime(p.z5) * p.o1;
    }

    /** ∂Err/∂w8 = (o6 − y) f'(z6) w11 f'(z3) o2 */
    public double dErr_dw8(Pass p, double y) {
        Require.finite("y", y);
        return (p.o6 - y) * fPrime(p.z6) * w11 * fPrime(p.z3) * p.o2;
    }

    /** ∂Err/∂w9 = (o6 − y) f'(z6) w12 f'(z4) o2 */
    public double dErr_dw9(Pass p, double y) {
        Require.finite("y", y);
        return (p.o6 - y) * fPrime(p.z6) * w12 * fPrime(p.z4) * p.o2;
    }

    /** ∂Err/∂w10 = (o6 − y) f'(z6) w13 f'(z5) o2 */
    public double dErr_dw10(Pass p, double y) {
        Require.finite("y", y);
        return (p.o6 - y) * fPrime(p.z6) * w13 * fPrime(p.z5) * p.o2;
    }

    /** ∂Err/∂b2 = (o6 − y) f'(z6) (w11 f'(z3) + w12 f'(z4) + w13 f'(z5)) */
    public double dErr_db2(Pass p, double y) {
        Require.finite("y", y);
        return (p.o6 - y) * fPrime(p.z6) * (w11 * fPrime(p.z3) + w12 * fPrime(p.z4) + w13 * fPrime(p.z5));
    }

    // ---- output neuron n8 ----------------------------------------------------------------------

    /** ∂Err/∂w11 = (o6 − y) f'(z6) o3 */
    public double dErr_dw11(Pass p, double y) {
        Require.finite("y", y);
        return (p.o6 - y) * fPrime(p.z6) * p.o3;
    }

    /** ∂Err/∂w12 = (o6 − y) f'(z6) o4 */
    public double dErr_dw12(Pass p, double y) {
        Require.finite("y", y);
        return (p.o6 - y) * fPrime(p.z6) * p.o4;
    }

    /** ∂Err/∂w13 = (o6 − y) f'(z6) o5 */
    public double dErr_dw13(Pass p, double y) {
        Require.finite("y", y);
        return (p.o6 - y) * fPrime(p.z6) * p.o5;
    }

    /** ∂Err/∂b3 = (o6 − y) f'(z6), a weight whose input is the constant 1. */
    public double dErr_db3(Pass p, double y) {
        Require.finite("y", y);
        return (p.o6 - y) * fPrime(p.z6);
    }

    // ---- what the shared scaffolding needs to know ---------------------------------------------

    @Override
    BookParameters<Net2231, Pass> parameters() {
        return PARAMETERS;
    }

    @Override
    BookLabels labels() {
        return BookLabels.net2231();
    }

    @Override
    String description() {
        return "2-2-3-1 network, one bias per layer";
    }
}
