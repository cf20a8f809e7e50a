package bp.general;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The error of one sample flowing back through the network, layer by layer (text 001):
 * the output error o^N − y enters the output layer; each layer below receives
 * (W^(m+1))ᵀ δ^(m+1), the deltas of the layer above carried back along the same weights
 * that carried the signal forward. Multiplying by f'(z^m) turns what arrives into δ^m,
 * the book's 附加变量 a^m. Arrays are indexed by layer m = 1..N; index 0 is empty.
 */
public final class ErrorFlow {

    /** error[m][j]: what reaches neuron j of layer m: (o^N_j − y_j), or ((W^(m+1))ᵀ δ^(m+1))_j. */
    public final double[][] error;

    /** fPrime[m][j] = f'(z^m_j). */
    public final double[][] fPrime;

    /** delta[m][j] = error[m][j] · fPrime[m][j], the 附加变量 a^m_j. */
    public final double[][] delta;

    private final Network net;

    ErrorFlow(Network net, double[][] error, double[][] fPrime, double[][] delta) {
        this.net = net;
        this.error = error;
        this.fPrime = fPrime;
        this.delta = delta;
    }

    /** One row per neuron, output layer first: layer, neuron, error arriving, f'(z), delta. */
    public Table toTable() {
        Labels labels = net.labels();
        IntColumn layer = IntColumn.create("m");
        StringColumn neuron = StringColumn.create("neuron");
        StringColumn arrives = StringColumn.create("arrives as");
        DoubleColumn errorIn = DoubleColumn.create("error in");
        DoubleColumn slope = DoubleColumn.create("f'(z)");
        DoubleColumn deltaOut = DoubleColumn.create("delta");
        int N = net.outputLayer();
        for (int m = N; m >= 1; m--) {
            for (int j = 0; j < net.size(m); j++) {
                layer.append(m);
                neuron.append(labels.neuron(m, j));
                arrives.append(m == N
                        ? "(" + labels.o(m, j) + "−" + labels.target(j, net.outputs()) + ")"
                        : "((W^" + (m + 1) + ")ᵀ δ^" + (m + 1) + ")_" + j);
                errorIn.append(error[m][j]);
                slope.append(fPrime[m][j]);
                deltaOut.append(delta[m][j]);
            }
        }
        return Table.create("error flowing back through Wᵀ", layer, neuron, arrives, errorIn, slope, deltaOut);
    }
}
