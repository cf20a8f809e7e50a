package bp.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts each edge label where it covers no other label, neuron or text: it tries points along
 * the edge in order of preference (near the source end first, at staggered fractions) and
 * keeps the first free one. If none is free — very dense layers — it takes the one that
 * covers the fewest others.
 */
final class LabelPlacer {

    /** Fractions along a weight edge, source end first. */
    static final double[] WEIGHT_FRACTIONS = {0.24, 0.28, 0.32, 0.36, 0.40, 0.44, 0.48, 0.52, 0.56, 0.60, 0.64, 0.68,
        0.20, 0.72, 0.76, 0.16, 0.80, 0.84};

    /** Fractions along a bias edge, near the neuron it feeds. */
    static final double[] BIAS_FRACTIONS = {0.70, 0.64, 0.76, 0.58, 0.52, 0.46, 0.40, 0.82};

    private static final double CLEARANCE = 2;

    private final List<Box> taken = new ArrayList<>();

    /** Marks a region no label may cover. */
    void block(Box box) {
        taken.add(box);
    }

    /** The chosen box of a w × h label on the segment (x0, y0) → (x1, y1). */
    Box place(double x0, double y0, double x1, double y1, double w, double h, double[] fractions) {
        Box best = null;
        int fewest = Integer.MAX_VALUE;
        for (double t : fractions) {
            Box box = Box.centred(x0 + t * (x1 - x0), y0 + t * (y1 - y0), w, h);
            int covered = covered(box);
            if (covered < fewest) {
                best = box;
                fewest = covered;
            }
            if (covered == 0) {
                break;
            }
        }
        taken.add(best);
        return best;
    }

    private int covered(Box box) {
        Box padded = new Box(box.x() - CLEARANCE, box.y() - CLEARANCE, box.w() + 2 * CLEARANCE, box.h() + 2 * CLEARANCE);
        int count = 0;
        for (Box other : taken) {
            if (padded.overlaps(other)) {
                count++;
            }
        }
        return count;
    }
}
