package bp.book;

import bp.Require;

/**
 * The 2-2-1 network of chapters 2 and 3, whichever way its biases are shared: inputs x1, x2
 * (neurons n1, n2), hidden neurons n3, n4 and the output neuron n5.
 * <pre>
 *   z1 = x1·w1 + x2·w3 + (bias of n3),   o1 = f(z1)
 *   z2 = x1·w2 + x2·w4 + (bias of n4),   o2 = f(z2)
 *   z3 = o1·w5 + o2·w6 + (bias of n5),   o3 = f(z3)
 *   Err = ½(o3 − y)²
 * </pre>
 * The six weights and their closed forms are the same in both networks — a bias changes z, not
 * the path from a weight to the output — so they are written once, here. {@link Net221} gives
 * every neuron its own bias, {@link SharedBias221} lets n3 and n4 share one; each adds its
 * biases and their closed forms.
 *
 * @param <N> the network class itself
 */
public abstract class AbstractNet221<N extends AbstractNet221<N>> extends AbstractBookNetwork<N, AbstractNet221.Pass> {

    public double w1, w2, w3, w4, w5, w6;

    AbstractNet221() {
    }

    /** The bias of neuron n3, n4 or n5 (the hidden neurons and the output). */
    abstract double biasOf(int neuron);

    // ---- forward pass ----------------------------------------------------------------------

    /** Everything one forward pass computes, named as in the book. */
    public static final class Pass extends BookPass {
        public final double z1, o1, z2, o2, z3, o3;

        private Pass(AbstractNet221<?> n, double x1, double x2) {
            super(x1, x2);
            var f = n.f();
            z1 = x1 * n.w1 + x2 * n.w3 + n.biasOf(3);
            o1 = f.f(z1);
            z2 = x1 * n.w2 + x2 * n.w4 + n.biasOf(4);
            o2 = f.f(z2);
            z3 = o1 * n.w5 + o2 * n.w6 + n.biasOf(5);
            o3 = f.f(z3);
        }

        @Override
        double[] zo() {
            return new double[] {z1, o1, z2, o2, z3, o3};
        }

        @Override
        double output() {
            return o3;
        }
    }

    @Override
    Pass pass(double x1, double x2) {
        return new Pass(this, x1, x2);
    }

    // ---- the six weights' partial derivatives (chapter 2) -----------------------------------------

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

    /** The weights' rows of a parameter table, in book order (w1 … w6). */
    static <N extends AbstractNet221<N>> BookParameters<N, Pass> weights() {
        return new BookParameters<N, Pass>()
                .add("w1", n -> n.w1, (n, v) -> n.w1 = v, AbstractNet221::dErr_dw1)
                .add("w2", n -> n.w2, (n, v) -> n.w2 = v, AbstractNet221::dErr_dw2)
                .add("w3", n -> n.w3, (n, v) -> n.w3 = v, AbstractNet221::dErr_dw3)
                .add("w4", n -> n.w4, (n, v) -> n.w4 = v, AbstractNet221::dErr_dw4)
                .add("w5", n -> n.w5, (n, v) -> n.w5 = v, AbstractNet221::dErr_dw5)
                .add("w6", n -> n.w6, (n, v) -> n.w6 = v, AbstractNet221::dErr_dw6);
    }
}
