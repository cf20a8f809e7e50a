package bp.book;

import bp.general.Labels;

import java.util.HashSet;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The names the book gives the parts of its small networks: neurons n1, n2, … counted from the
 * input layer, z1, o1, … counted from the first hidden layer, inputs x1, x2, and each weight
 * and bias by its own name. A general network labelled this way prints, draws and lists
 * paths in the notation of chapters 2–4.
 */
public final class BookLabels implements Labels {

    /** Chapter 2 and 3: the weights of the 2-2-1 network, x1, x2 → n3, n4 → n5. */
    private static final String[][][] WEIGHTS_221 = {null,
            {{"w1", "w3"}, {"w2", "w4"}},
            {{"w5", "w6"}}};

    private final int[] sizes;
    private final String[][][] weights;
    private final String[][] biases;
    private final boolean weightFirst;

    /**
     * @param sizes       neurons per layer, the input layer first
     * @param weights     weights[m][j][i]: the name of the weight from neuron i of layer m−1 to neuron j of layer m
     * @param biases      biases[m][j]: the name of the bias neuron j of layer m adds (repeated when shared)
     * @param weightFirst whether the chapter writes a product w·o (chapter 4) rather than o·w (chapters 2, 3)
     */
    private BookLabels(int[] sizes, String[][][] weights, String[][] biases, boolean weightFirst) {
        this.sizes = sizes;
        this.weights = weights;
        this.biases = biases;
        this.weightFirst = weightFirst;
    }

    /** Chapter 2: n1,n2 → n3,n4 → n5, a bias for each neuron. */
    public static BookLabels net221() {
        return new BookLabels(new int[] {2, 2, 1}, WEIGHTS_221, new String[][] {null, {"b1", "b2"}, {"b3"}}, false);
    }

    /** Chapter 3: the 2-2-1 network whose hidden neurons share b1; the output's bias is b2. */
    public static BookLabels sharedBias221() {
        return new BookLabels(new int[] {2, 2, 1}, WEIGHTS_221, new String[][] {null, {"b1", "b1"}, {"b2"}}, false);
    }

    /** Chapter 4: n1,n2 → n3,n4 → n5,n6,n7 → n8, one bias per layer. */
    public static BookLabels net2231() {
        return new BookLabels(new int[] {2, 2, 3, 1},
                new String[][][] {null,
                        {{"w1", "w3"}, {"w2", "w4"}},
                        {{"w5", "w8"}, {"w6", "w9"}, {"w7", "w10"}},
                        {{"w11", "w12", "w13"}}},
                new String[][] {null, {"b1", "b1"}, {"b2", "b2", "b2"}, {"b3"}}, true);
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

    /** Neurons per layer, the input layer first. */
    int[] sizes() {
        return sizes.clone();
    }

    /** Whether every neuron of a layer adds the same bias (chapters 3, 4). */
    boolean sharedBias() {
        for (int m = 1; m < sizes.length; m++) {
            for (String b : biases[m]) {
                if (!b.equals(biases[m][0])) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * One line per neuron, "  n3: z1 = x1·w1 + x2·w3 + b1   w1 = 0.1, w3 = 0.3, b1 = 0.1": its
     * weighted input as the chapter writes it, then the values of its weights and of its bias
     * (a shared bias only where it first appears).
     */
    String neuronLines(ToDoubleFunction<String> value) {
        int width = 0;
        for (int m = 1; m < sizes.length; m++) {
            for (int j = 0; j < sizes[m]; j++) {
                width = Math.max(width, weightedInput(m, j).length());
            }
        }
        StringBuilder lines = new StringBuilder();
        Set<String> shown = new HashSet<>();
        for (int m = 1; m < sizes.length; m++) {
            for (int j = 0; j < sizes[m]; j++) {
                StringBuilder values = new StringBuilder();
                for (int i = 0; i < sizes[m - 1]; i++) {
                    values.append(i == 0 ? "" : ", ").append(weights[m][j][i]).append(" = ").append(value.applyAsDouble(weights[m][j][i]));
                }
                if (shown.add(biases[m][j])) {
                    values.append(", ").append(biases[m][j]).append(" = ").append(value.applyAsDouble(biases[m][j]));
                }
                String formula = weightedInput(m, j);
                lines.append(lines.length() == 0 ? "" : "\n").append("  ").append(neuron(m, j)).append(": ")
                        .append(formula).append(" ".repeat(width - formula.length() + 3)).append(values);
            }
        }
        return lines.toString();
    }

    /** "z1 = x1·w1 + x2·w3 + b1" (or "z1 = w1·x1 + w3·x2 + b1" where the chapter puts the weight first). */
    private String weightedInput(int m, int j) {
        StringBuilder s = new StringBuilder(z(m, j)).append(" =");
        for (int i = 0; i < sizes[m - 1]; i++) {
            String w = weights[m][j][i];
            String o = o(m - 1, i);
            s.append(i == 0 ? " " : " + ").append(weightFirst ? w + "·" + o : o + "·" + w);
        }
        return s.append(" + ").append(biases[m][j]).toString();
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
