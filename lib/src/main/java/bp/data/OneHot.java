package bp.data;

/**
 * Classes as network targets and back: class c of k becomes a vector of k zeros with a 1 at c,
 * and a network's output vector becomes the class of its largest entry.
 */
public final class OneHot {

    private OneHot() {
    }

    /** The target vector of class {@code c} among {@code k} classes: 1 at c, 0 elsewhere. */
    public static double[] encode(int c, int k) {
        if (k < 1 || c < 0 || c >= k) {
            throw new IllegalArgumentException("class " + c + " of " + k
                    + " classes: expected at least one class and 0 ≤ class < " + k);
        }
        double[] y = new double[k];
        y[c] = 1;
        return y;
    }

    /** One target vector per class index. */
    public static double[][] encode(int[] classes, int k) {
        double[][] y = new double[classes.length][];
        for (int n = 0; n < classes.length; n++) {
            y[n] = encode(classes[n], k);
        }
        return y;
    }

    /** The index of the largest entry (the first one on a tie): the predicted class. */
    public static int argmax(double[] v) {
        if (v == null || v.length == 0) {
            throw new IllegalArgumentException("argmax of an empty vector: give at least one number");
        }
        int best = 0;
        for (int j = 1; j < v.length; j++) {
            if (v[j] > v[best]) {
                best = j;
            }
        }
        return best;
    }
}
