package bp.neuron;

/**
 * The book's loss Err = ½(o − y)² and its derivative ∂Err/∂o = o − y: the start of every chain
 * of chapters 2–8. Every Err the course computes comes from here.
 */
public final class Err {

    private Err() {
    }

    /** Err = ½(o − y)², for one output o and its target y. */
    public static double of(double o, double y) {
        return ofGap(dErr_do(o, y));
    }

    /** Err = ½·gap² for a gap o − y already known. */
    public static double ofGap(double gap) {
        return 0.5 * gap * gap;
    }

    /** Err = ½ Σ_j (o_j − y_j)², for an output layer and its targets. */
    public static double of(double[] o, double[] y) {
        double sum = 0;
        for (int j = 0; j < o.length; j++) {
            double gap = dErr_do(o[j], y[j]);
            sum += gap * gap;
        }
        return sum / 2;
    }

    /** ∂Err/∂o = o − y: how much the output misses its target, with its sign. */
    public static double dErr_do(double o, double y) {
        return o - y;
    }
}
