package bp.data;

import java.util.List;

/**
 * Exclusive or, the problem no single-layer network can solve (chapter 6):
 * the output is 1 exactly when one input is 1.
 */
public final class Xor {

    private Xor() {
    }

    /** (0,0)→0, (0,1)→1, (1,0)→1, (1,1)→0, inputs named x1 and x2, one target y. */
    public static DataSet data() {
        double[][] x = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        double[][] y = {{0}, {1}, {1}, {0}};
        return new DataSet(x, y, List.of("x1", "x2"), List.of());
    }
}
