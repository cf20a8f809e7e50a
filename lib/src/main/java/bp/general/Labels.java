package bp.general;

/**
 * How the symbols of a network are written. The book's small networks number their
 * neurons n1..n8, their weights w1..w13 and their hidden outputs o1..o6; the general
 * network of chapter 5 writes w^m_{j,i}, z^m_j, o^m_j. Path products, tables and
 * diagrams ask a network's labels, so each reads in the notation of its chapter.
 * Layer m runs 0..N (0 is the input layer); j is a neuron of layer m, i one of layer m−1.
 */
public interface Labels extends java.io.Serializable {

    /** The neuron's name on a diagram: "n3", or "n^1_0". */
    String neuron(int m, int j);

    /** The weighted input of neuron j of layer m ≥ 1: "z1", or "z^1_0". */
    String z(int m, int j);

    /** The output of neuron j of layer m; for the input layer the input itself: "x1", "o1", "o^1_0". */
    String o(int m, int j);

    /** The weight from neuron i of layer m−1 to neuron j of layer m: "w5", or "w^2_{0,1}". */
    String weight(int m, int j, int i);

    /** The bias of neuron j of layer m: "b3"; with a shared bias every j of a layer gives the same name. */
    String bias(int m, int j);

    /** The target of output neuron j: "y" with one output, else "y1", "y2", …. */
    String target(int j, int outputs);

    /**
     * The 附加变量 of neuron j of layer m ≥ 1 ({@code delta[m][j]} in code), written as the book
     * writes it, after its neuron: "a5" for n5, "a^1_0" for n^1_0.
     */
    default String delta(int m, int j) {
        String neuron = neuron(m, j);
        return neuron.startsWith("n") ? "a" + neuron.substring(1) : "a(" + neuron + ")";
    }

    /** The chapter-5 notation with one bias per neuron (b^m_j). */
    static Labels general() {
        return general(false);
    }

    /** The chapter-5 notation; with a shared bias each layer's bias is written b^m. */
    static Labels general(boolean sharedBias) {
        return new GeneralLabels(sharedBias);
    }
}
