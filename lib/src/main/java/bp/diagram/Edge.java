package bp.diagram;

/**
 * One connection of the diagram: the weight w^m_{j,i} from neuron i of layer m−1 to neuron j
 * of layer m, or — with {@code i = }{@link #BIAS} — the bias that neuron j of layer m adds.
 * A path of the path rule is a list of these.
 */
public record Edge(int m, int j, int i) {

    /** The i of a bias edge: the bias has no neuron in layer m−1. */
    public static final int BIAS = -1;

    /** The weight w^m_{j,i}. */
    public static Edge weight(int m, int j, int i) {
        return new Edge(m, j, i);
    }

    /** The bias of neuron j of layer m (b^m when shared, b^m_j otherwise). */
    public static Edge bias(int m, int j) {
        return new Edge(m, j, BIAS);
    }

    /** True for a bias edge. */
    public boolean isBias() {
        return i == BIAS;
    }

    @Override
    public String toString() {
        return isBias() ? "bias(m=" + m + ", j=" + j + ")" : "weight(m=" + m + ", j=" + j + ", i=" + i + ")";
    }
}
