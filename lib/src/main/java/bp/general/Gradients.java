package bp.general;

/**
 * The result of one backward pass for one sample: the 附加变量 (delta) of every neuron
 * and the partial derivative of Err with respect to every weight and bias.
 * Shapes follow the network: dW[m][j][i] beside w[m][j][i], dB[m] beside b[m]
 * (length 1 for a shared bias, one entry per neuron otherwise).
 */
public final class Gradients {

    /**
     * delta[m][j] is the book's 附加变量 a^m_j of neuron j of layer m, the texts' δ (残差, 误差项)
     * = ∂Err/∂z^m_j. Every delta of the library, in the loop and the matrix form, is this one quantity.
     */
    public final double[][] delta;

    /** dW[m][j][i] = ∂Err/∂w^m_{j,i}. */
    public final double[][][] dW;

    /** dB[m][k] = ∂Err/∂b^m (shared, k = 0) or ∂Err/∂b^m_k (one per neuron). */
    public final double[][] dB;

    /** Err = ½ Σ_j (o^N_j − y_j)² of this sample. */
    public double err;

    /** The forward pass the backward pass ran on (its z and o), when the gradients came from one. */
    final ForwardPass pass;

    public Gradients(double[][] delta, double[][][] dW, double[][] dB, double err) {
        this(delta, dW, dB, err, null);
    }

    private Gradients(double[][] delta, double[][][] dW, double[][] dB, double err, ForwardPass pass) {
        this.delta = delta;
        this.dW = dW;
        this.dB = dB;
        this.err = err;
        this.pass = pass;
    }

    /** Whether dW and dB have a slot for every weight and bias of {@code net}, layer by layer. */
    public boolean hasShapeOf(Network net) {
        int N = net.outputLayer();
        boolean fits = dW.length == N + 1 && dB.length == N + 1;
        for (int m = 1; fits && m <= N; m++) {
            fits = dW[m].length == net.size(m) && dW[m][0].length == net.size(m - 1) && dB[m].length == net.b[m].length;
        }
        return fits;
    }

    /**
     * Room for one sample's gradients in {@code net} (and the forward pass under them), all zeros:
     * give it to {@link Network#backprop(double[], double[], Gradients)} for sample after sample.
     */
    public static Gradients sizedFor(Network net) {
        int N = net.outputLayer();
        double[][] delta = ForwardPass.perNeuron(net, false);
        double[][][] dW = new double[N + 1][][];
        double[][] dB = new double[N + 1][];
        for (int m = 1; m <= N; m++) {
            dW[m] = new double[net.size(m)][net.size(m - 1)];
            dB[m] = new double[net.b[m].length];
        }
        return new Gradients(delta, dW, dB, 0, ForwardPass.sizedFor(net));
    }
}
