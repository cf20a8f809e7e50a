package bp.general;

import bp.Require;
import bp.descent.Update;
import bp.neuron.Activation;
import bp.neuron.Err;

import java.util.Arrays;

/**
 * The general feed-forward network of chapter 5.
 *
 * <p>Layers run m = 0..N: layer 0 is the input, layer N the output. {@code w[m][j][i]} is the
 * book's w^m_{j,i}, the weight from neuron i of layer m−1 to neuron j of layer m. With a
 * shared bias (the book's choice) {@code b[m]} holds the single b^m of layer m; with one bias
 * per neuron it holds b^m_j for every j. Layer m's activation is {@code f[m]}.
 * Index 0 of {@code w}, {@code b} and {@code f} is unused: the input layer has no weights.
 *
 * <p>The backward pass here is the loop form, written exactly as the book's formulas;
 * {@link MatrixBackprop} computes the same numbers in the matrix form of texts 001, 002 and 004.
 */
public final class Network implements java.io.Serializable {

    /** w[m][j][i] = w^m_{j,i}. */
    public final double[][][] w;

    /** b[m][0] = b^m (shared), or b[m][j] = b^m_j (one per neuron). */
    public final double[][] b;

    /** f[m]: the activation of layer m. */
    public final Activation[] f;

    private final int[] sizes;
    private final boolean sharedBias;
    private Labels labels;

    private Network(int[] sizes, Activation[] f, boolean sharedBias) {
        this.sizes = sizes.clone();
        this.f = f.clone();
        this.sharedBias = sharedBias;
        this.labels = Labels.general(sharedBias);
        int layers = sizes.length;
        this.w = new double[layers][][];
        this.b = new double[layers][];
        for (int m = 1; m < layers; m++) {
            w[m] = new double[sizes[m]][sizes[m - 1]];
            b[m] = new double[sharedBias ? 1 : sizes[m]];
        }
    }

    /** Starts a network with these layer sizes, the input layer first: {@code layers(2, 2, 1)}. */
    public static Builder layers(int... sizes) {
        return new Builder(sizes);
    }

    // ---- shape ---------------------------------------------------------------------------

    /** N, the index of the output layer (a 2-2-1 network has N = 2). */
    public int outputLayer() {
        return sizes.length - 1;
    }

    /** The number of neurons in layer m (the book's D^m + 1). */
    public int size(int m) {
        return sizes[m];
    }

    /** The layer sizes themselves (never changed), by which room made for this network knows it. */
    int[] shape() {
        return sizes;
    }

    /** All layer sizes, the input layer first. */
    public int[] sizes() {
        return sizes.clone();
    }

    public int inputs() {
        return sizes[0];
    }

    public int outputs() {
        return sizes[outputLayer()];
    }

    /** True when each layer has one bias b^m shared by all its neurons, as in the book. */
    public boolean sharedBias() {
        return sharedBias;
    }

    /** The bias neuron j of layer m adds: b^m when shared, b^m_j otherwise. */
    public double bias(int m, int j) {
        return sharedBias ? b[m][0] : b[m][j];
    }

    public Labels labels() {
        return labels;
    }

    /** Gives this network the names of a book chapter (w1.., o1..) for tables, paths and diagrams. */
    public Network withLabels(Labels labels) {
        this.labels = labels;
        return this;
    }

    // ---- forward pass --------------------------------------------------------------------

    /** z^m_j = Σ_i w^m_{j,i} o^{m−1}_i + b^m, then o^m_j = f(z^m_j), layer by layer. */
    public ForwardPass forward(double... x) {
        return forward(x, ForwardPass.sizedFor(this));
    }

    /**
     * The same forward pass written into {@code pass} (from {@link ForwardPass#sizedFor}), which a
     * loop over many samples reuses instead of allocating z and o for each one.
     */
    public ForwardPass forward(double[] x, ForwardPass pass) {
        Require.finiteOfLength("x", x, inputs());
        requireSizedForThis(pass);
        return forwardInto(x, pass);
    }

    private ForwardPass forwardInto(double[] x, ForwardPass pass) {
        double[][] z = pass.z;
        double[][] o = pass.o;
        System.arraycopy(x, 0, o[0], 0, x.length);
        for (int m = 1; m <= outputLayer(); m++) {
            for (int j = 0; j < size(m); j++) {
                double sum = bias(m, j);
                for (int i = 0; i < size(m - 1); i++) {
                    sum += w[m][j][i] * o[m - 1][i];
                }
                z[m][j] = sum;
                o[m][j] = f[m].f(z[m][j]);
            }
        }
        return pass;
    }

    /** The network's output o^N for input x. */
    public double[] output(double... x) {
        return forward(x).output();
    }

    /** Err = ½ Σ_j (o^N_j − y_j)². */
    public double err(double[] x, double[] y) {
        Require.finiteOfLength("y", y, outputs());
        return Err.of(forward(x).output(), y);
    }

    /** ½ Σ_j (o_j − y_j)², the loss of one sample given its outputs. */
    public static double squaredError(double[] o, double[] y) {
        return Err.of(o, y);
    }

    // ---- backward pass (loop form) ---------------------------------------------------------

    // region backprop (shown in chapter 5, read by bp.notebook.SourceRegion)
    /**
     * The book's general formula, looped as written; the 附加变量 a^m_j is delta[m][j] in code:
     * a^N_j = (o^N_j − y_j) f'(z^N_j);  a^m_j = f'(z^m_j) Σ_l a^{m+1}_l w^{m+1}_{l,j};
     * ∂Err/∂w^m_{j,i} = a^m_j o^{m−1}_i;  ∂Err/∂b^m = Σ_j a^m_j (shared) or a^m_j (per neuron).
     * The results go into {@code g} ({@link Gradients#sizedFor}), which a training loop reuses.
     */
    public Gradients backprop(double[] x, double[] y, Gradients g) {
        Require.finiteOfLength("y", y, outputs());
        Require.finiteOfLength("x", x, inputs());
        requireSizedForThis(g);
        ForwardPass pass = forwardInto(x, g.pass);
        double[][] z = pass.z;
        double[][] o = pass.o;
        double[][] delta = g.delta;
        double[][][] dW = g.dW;
        double[][] dB = g.dB;
        int N = outputLayer();

        for (int j = 0; j < size(N); j++) {
            delta[N][j] = Err.dErr_do(o[N][j], y[j]) * f[N].fPrime(z[N][j], o[N][j]);
        }
        for (int m = N - 1; m >= 1; m--) {
            for (int j = 0; j < size(m); j++) {
                double sum = 0;
                for (int l = 0; l < size(m + 1); l++) {
                    sum += delta[m + 1][l] * w[m + 1][l][j];
                }
                delta[m][j] = f[m].fPrime(z[m][j], o[m][j]) * sum;
            }
        }

        for (int m = 1; m <= N; m++) {
            Arrays.fill(dB[m], 0);
            for (int j = 0; j < size(m); j++) {
                for (int i = 0; i < size(m - 1); i++) {
                    dW[m][j][i] = delta[m][j] * o[m - 1][i];
                }
                dB[m][sharedBias ? 0 : j] += delta[m][j];
            }
        }
        g.err = Err.of(o[N], y);
        return g;
    }
    // endregion backprop

    private void requireSizedForThis(ForwardPass pass) {
        if (pass != null && pass.madeFor == sizes) {
            return;
        }
        boolean fits = pass != null && pass.o.length == sizes.length;
        for (int m = 0; fits && m < sizes.length; m++) {
            fits = pass.o[m].length == sizes[m] && pass.z[m].length == (m == 0 ? 0 : sizes[m]);
        }
        if (!fits) {
            throw new IllegalArgumentException("forward needs room made for " + this
                    + ": pass ForwardPass.sizedFor(net) for this network");
        }
    }

    private void requireSizedForThis(Gradients g) {
        if (g != null && g.pass != null && g.pass.madeFor == sizes) {
            return;
        }
        if (g == null || g.pass == null || g.pass.o.length != sizes.length) {
            throw new IllegalArgumentException("backprop needs room made for this network: pass Gradients.sizedFor(net)"
                    + (g == null ? "" : ", not gradients built by hand or for a network of another depth"));
        }
        if (!g.hasShapeOf(this)) {
            throw new IllegalArgumentException("these Gradients were made for another network than " + this
                    + ": make them with Gradients.sizedFor(net) for this one");
        }
        requireSizedForThis(g.pass);
    }

    /** ∂Err/∂w and ∂Err/∂b of one sample (x, y), with every a^m on the way, in new arrays. */
    public Gradients backprop(double[] x, double[] y) {
        return backprop(x, y, Gradients.sizedFor(this));
    }

    // ---- parameters --------------------------------------------------------------------------

    /** One step of gradient descent: every w ← w − η ∂Err/∂w and b ← b − η ∂Err/∂b. */
    public void step(Gradients g, double eta) {
        Require.positive("η (eta)", eta);
        for (int m = 1; m <= outputLayer(); m++) {
            for (int j = 0; j < size(m); j++) {
                Update.step(w[m][j], eta, g.dW[m][j]);
            }
            Update.step(b[m], eta, g.dB[m]);
        }
    }

    /** Σ w² over every weight (the biases are not counted): what weight decay λ keeps small. */
    public double sumOfSquaredWeights() {
        double sum = 0;
        for (int m = 1; m <= outputLayer(); m++) {
            for (double[] row : w[m]) {
                for (double wji : row) {
                    sum += wji * wji;
                }
            }
        }
        return sum;
    }

    /** Every weight and bias drawn uniformly from [0, 1), as text 003 initialises its network. */
    public Network initUniform(long seed) {
        return RandomInit.zeroToOne(this, seed);
    }

    /**
     * Weights drawn uniformly from [−s, s] with s = 1/√(inputs of the layer), biases 0:
     * keeps z small in deep or wide networks, so f' does not start out saturated.
     */
    public Network initScaled(long seed) {
        return RandomInit.symmetric(this, seed, m -> 1 / Math.sqrt(size(m - 1)));
    }

    /** An independent network with the same shape, activations, labels and parameter values. */
    public Network copy() {
        Network c = new Network(sizes, f, sharedBias);
        for (int m = 1; m <= outputLayer(); m++) {
            for (int j = 0; j < size(m); j++) {
                c.w[m][j] = w[m][j].clone();
            }
            c.b[m] = b[m].clone();
        }
        c.labels = labels;
        return c;
    }

    /** Reads like the diagram: "2-2-1 sigmoid/sigmoid, shared bias". */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (int m = 0; m < sizes.length; m++) {
            s.append(m == 0 ? "" : "-").append(sizes[m]);
        }
        s.append(' ');
        for (int m = 1; m < sizes.length; m++) {
            s.append(m == 1 ? "" : "/").append(f[m].name().toLowerCase());
        }
        return s.append(sharedBias ? ", shared bias per layer" : ", one bias per neuron").toString();
    }

    /** Collects the shape, activations and bias mode; {@link #build()} gives all-zero parameters. */
    public static final class Builder {
        private final int[] sizes;
        private final Activation[] f;
        private boolean sharedBias = true;

        private Builder(int[] sizes) {
            if (sizes == null || sizes.length < 2) {
                throw new IllegalArgumentException("layers " + Arrays.toString(sizes)
                        + ": give at least an input and an output layer, e.g. layers(2, 2, 1)");
            }
            for (int m = 0; m < sizes.length; m++) {
                Require.atLeastOne("size of layer " + m, sizes[m]);
            }
            this.sizes = sizes.clone();
            this.f = new Activation[sizes.length];
            Arrays.fill(f, 1, sizes.length, Activation.SIGMOID);
        }

        /** The same activation in every layer (sigmoid unless told). */
        public Builder activation(Activation all) {
            Arrays.fill(f, 1, sizes.length, all);
            return this;
        }

        /** The activation of layer m (1..N). */
        public Builder activation(int m, Activation fm) {
            if (m < 1 || m >= sizes.length) {
                throw new IllegalArgumentException("layer " + m + " has no activation: layers run 1.."
                        + (sizes.length - 1) + " (layer 0 is the input)");
            }
            f[m] = fm;
            return this;
        }

        /** One bias b^m per layer, shared by its neurons: the book's network (the default). */
        public Builder sharedBias() {
            sharedBias = true;
            return this;
        }

        /** One bias b^m_j per neuron, as text 003 and most libraries do. */
        public Builder biasPerNeuron() {
            sharedBias = false;
            return this;
        }

        public Network build() {
            return new Network(sizes, f, sharedBias);
        }
    }
}
