package bp.general;

/**
 * The error of one sample flowing back through the network, layer by layer (text 001):
 * the output error o^N − y enters the output layer; each layer below receives
 * (W^(m+1))ᵀ δ^(m+1), the deltas of the layer above carried back along the same weights
 * that carried the signal forward. Multiplying by f'(z^m) turns what arrives into δ^m,
 * the book's a^m ({@link Gradients#delta}). Arrays are indexed by layer m = 1..N; index 0 is empty.
 */
public final class ErrorFlow {

    /** error[m][j]: what reaches neuron j of layer m: (o^N_j − y_j), or ((W^(m+1))ᵀ δ^(m+1))_j. */
    public final double[][] error;

    /** fPrime[m][j] = f'(z^m_j). */
    public final double[][] fPrime;

    /** delta[m][j] = error[m][j] · fPrime[m][j], as {@link Gradients#delta}. */
    public final double[][] delta;

    private final Network net;

    ErrorFlow(Network net, double[][] error, double[][] fPrime, double[][] delta) {
        this.net = net;
        this.error = error;
        this.fPrime = fPrime;
        this.delta = delta;
    }

    /** The network the error flowed through (its shape and labels name the rows of a table). */
    public Network network() {
        return net;
    }
}
