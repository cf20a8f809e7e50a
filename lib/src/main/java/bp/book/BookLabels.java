package bp.book;

import bp.general.Labels;

/**
 * The names the book gives the parts of its small networks: neurons n1, n2, … counted from the
 * input layer, z1, o1, … counted from the first hidden layer, inputs x1, x2, and each weight
 * and bias by its own name. A general network labelled this way prints, draws and lists
 * paths in the notation of chapters 2–4.
 */
public final class BookLabels implements Labels {

    private final int[] sizes;
    private final String[][][] weights;
    private final String[][] biases;

    /**
     * @param sizes   neurons per layer, the input layer first
     * @param weights weights[m][j][i]: the name of the weight from neuron i of layer m−1 to neuron j of layer m
     * @param biases  biases[m][j]: the name of the bias neuron j of layer m adds (repeated when shared)
     */
    private BookLabels(int[] sizes, String[][][] weights, String[][] biases) {
        this.sizes = sizes;
        this.weights = weights;
        this.biases = biases;
    }

    /** Chapter 2: n1,n2 → n3,n4 → n5, a bias for each neuron. */
    public static BookLabels net221() {
        return new BookLabels(new int[] {2, 2, 1},
                new String[][][] {null,
                        {{"w1", "w3"}, {"w2", "w4"}},
                        {{"w5", "w6"}}},
                new String[][] {null, {"b1", "b2"}, {"b3"}});
    }

    /** Chapter 3: the 2-2-1 network whose hidden neurons share b1; the output's bias is b2. */
    public static BookLabels sharedBias221() {
        return new BookLabels(new int[] {2, 2, 1},
                new String[][][] {null,
                        {{"w1", "w3"}, {"w2", "w4"}},
                        {{"w5", "w6"}}},
                new String[][] {null, {"b1", "b1"}, {"b2"}});
    }

    /** Chapter 4: n1,n2 → n3,n4 → n5,n6,n7 → n8, one bias per layer. */
    public static BookLabels net2231() {
        return new BookLabels(new int[] {2, 2, 3, 1},
                new String[][][] {null,
                        {{"w1", "w3"}, {"w2", "w4"}},
                        {{"w5", "w8"}, {"w6", "w9"}, {"w7", "w10"}},
                        {{"w11", "w12", "w13"}}},
                new String[][] {null, {"b1", "b1"}, {"b2", "b2", "b2"}, {"b3"}});
    }

    @Override
    public String neuron(int m, int j) {
        return "n" + (neuronsBefore(0, m) + j + 1);
    }

    @Override
    public String z(int m, int j) {
        return "z" + (neuronsBefore(1, m) + j + 1);
    }

    @Override
    public String o(int m, int j) {
        return m == 0 ? "x" + (j + 1) : "o" + (neuronsBefore(1, m) + j + 1);
    }

    @Override
    public String weight(int m, int j, int i) {
        return weights[m][j][i];
    }

    @Override
    public String bias(int m, int j) {
        return biases[m][j];
    }

    @Override
    public String target(int j, int outputs) {
        return outputs == 1 ? "y" : "y" + (j + 1);
    }

    /** How many neurons the layers first..m−1 hold together. */
    private int neuronsBefore(int first, int m) {
        int count = 0;
        for (int k = first; k < m; k++) {
            count += sizes[k];
        }
        return count;
    }
}
