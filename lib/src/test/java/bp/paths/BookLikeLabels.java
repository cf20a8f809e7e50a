package bp.paths;

import bp.general.Labels;

/**
 * Test-only names in the manner of chapter 4, built from the shape alone: neurons n1.. counted from
 * the input, z1../o1.. from the first hidden layer, weights numbered like the book (by layer, then the
 * neuron a weight leaves, then the one it enters), one bias b^m per layer called "b" + m.
 */
final class BookLikeLabels implements Labels {

    private final int[] sizes;

    BookLikeLabels(int... sizes) {
        this.sizes = sizes.clone();
    }

    @Override
    public String neuron(int m, int j) {
        return "n" + (before(0, m) + j + 1);
    }

    @Override
    public String z(int m, int j) {
        return "z" + (before(1, m) + j + 1);
    }

    @Override
    public String o(int m, int j) {
        return m == 0 ? "x" + (j + 1) : "o" + (before(1, m) + j + 1);
    }

    @Override
    public String weight(int m, int j, int i) {
        int earlier = 0;
        for (int k = 1; k < m; k++) {
            earlier += sizes[k - 1] * sizes[k];
        }
        return "w" + (earlier + i * sizes[m] + j + 1);
    }

    @Override
    public String bias(int m, int j) {
        return "b" + m;
    }

    @Override
    public String target(int j, int outputs) {
        return outputs == 1 ? "y" : "y" + (j + 1);
    }

    private int before(int first, int m) {
        int count = 0;
        for (int k = first; k < m; k++) {
            count += sizes[k];
        }
        return count;
    }
}
