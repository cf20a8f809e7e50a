package bp.descent;

/**
 * The update of gradient descent, p ← p − η·g: chapter 1's x ← x − η·y'(x), and the line every
 * training loop of the course repeats for each weight and bias (g = ∂Err/∂p). It lives here once.
 */
public final class Update {

    private Update() {
    }

    /** The change of one step, Δp = −η·g. */
    public static double change(double eta, double g) {
        return -eta * g;
    }

    /** p − η·g, the value after one step (p + Δp: the same number). */
    public static double step(double p, double eta, double g) {
        return p + change(eta, g);
    }

    /** p_k ← p_k − η·g_k for every k, in place. */
    public static void step(double[] p, double eta, double[] g) {
        for (int k = 0; k < p.length; k++) {
            p[k] = step(p[k], eta, g[k]);
        }
    }
}
