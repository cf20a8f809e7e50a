package bp.general;

/**
 * What one forward pass leaves behind: every weighted input z^m_j and every output o^m_j.
 * o[0] is the input x itself; z[0] is empty (the input layer has no weighted input).
 */
public final class ForwardPass {

    /** z[m][j]: the weighted input of neuron j of layer m. */
    public final double[][] z;

    /** o[m][j] = f(z[m][j]): the output of neuron j of layer m; o[0] = x. */
    public final double[][] o;

    ForwardPass(double[][] z, double[][] o) {
        this.z = z;
        this.o = o;
    }

    /** The output layer's values o^N. */
    public double[] output() {
        return o[o.length - 1];
    }
}
