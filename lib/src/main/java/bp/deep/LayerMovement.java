package bp.deep;

import bp.general.Network;

/**
 * How far training moved each layer's weights (chapter 6: the book says layers near the input
 * learn slowly): ‖W^m_after − W^m_before‖ / ‖W^m_before‖ with ‖·‖ the root of the sum of squares.
 */
public final class LayerMovement {

    private LayerMovement() {
    }

    /** For each layer m = 1..N (index m − 1), the relative change of its weight matrix. */
    public static double[] relative(Network before, Network after) {
        requireSameShape(before, after);
        int N = before.outputLayer();
        double[] moved = new double[N];
        for (int m = 1; m <= N; m++) {
            double change = 0;
            double size = 0;
            for (int j = 0; j < before.size(m); j++) {
                for (int i = 0; i < before.size(m - 1); i++) {
                    double d = after.w[m][j][i] - before.w[m][j][i];
                    change += d * d;
                    size += before.w[m][j][i] * before.w[m][j][i];
                }
            }
            moved[m - 1] = Math.sqrt(change / size);
        }
        return moved;
    }

    private static void requireSameShape(Network before, Network after) {
        if (before == null || after == null) {
            throw new IllegalArgumentException("give the network before training (a copy) and after it");
        }
        if (!java.util.Arrays.equals(before.sizes(), after.sizes())) {
            throw new IllegalArgumentException("the networks differ in shape: " + before + " and " + after
                    + "; keep net.copy() before training and compare it with the trained net");
        }
    }
}
