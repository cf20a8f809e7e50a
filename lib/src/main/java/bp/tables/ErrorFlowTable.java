package bp.tables;

import bp.general.ErrorFlow;
import bp.general.Labels;
import bp.general.Network;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The error of one sample flowing back through the network ({@link ErrorFlow}), one row per neuron. */
public final class ErrorFlowTable {

    private ErrorFlowTable() {
    }

    /** One row per neuron, output layer first: layer, neuron, what arrives, error in, f'(z), delta. */
    public static Table of(ErrorFlow flow) {
        Network net = flow.network();
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
                errorIn.append(flow.error[m][j]);
                slope.append(flow.fPrime[m][j]);
                deltaOut.append(flow.delta[m][j]);
            }
        }
        return Table.create("error flowing back through Wᵀ", layer, neuron, arrives, errorIn, slope, deltaOut);
    }
}
