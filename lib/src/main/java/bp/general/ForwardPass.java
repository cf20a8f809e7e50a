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

    /** The layer sizes of the network this room was made for (that network's own array), or null. */
    final int[] madeFor;

    ForwardPass(double[][] z, double[][] o) {
        this(z, o, null);
    }

    private ForwardPass(double[][] z, double[][] o, int[] madeFor) {
        this.z = z;
        this.o = o;
        this.madeFor = madeFor;
    }

    /**
     * Room for one pass through {@code net}, all zeros: give it to {@link Network#forward(double[], ForwardPass)}
     * again and again, so a loop over many samples allocates nothing.
     */
    public static ForwardPass sizedFor(Network net) {
        return new ForwardPass(perNeuron(net, false), perNeuron(net, true), net.shape());
    }

    /**
     * One array per layer m = 0..N with a slot for each of its neurons, all zeros; the input
     * layer's array is empty unless {@code withInputs} (o^0 = x has slots, z^0 and a^0 do not).
     */
    static double[][] perNeuron(Network net, boolean withInputs) {
        double[][] layers = new double[net.outputLayer() + 1][];
        for (int m = 0; m < layers.length; m++) {
            layers[m] = new double[m == 0 && !withInputs ? 0 : net.size(m)];
        }
        return layers;
    }

    /** The output layer's values o^N. */
    public double[] output() {
        return o[o.length - 1];
    }
}
