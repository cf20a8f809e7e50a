package bp.deep;

import bp.general.Network;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class LayerMovementTest {

    @Test
    void relativeChangeIsTheRootOfSquaredChangesOverSquaredWeights() {
        Network before = Network.layers(2, 2, 1).build();
        before.w[1] = new double[][] {{3, 0}, {0, 4}};    // ‖W¹‖ = 5
        before.w[2] = new double[][] {{1, 1}};
        Network after = before.copy();
        after.w[1][0][0] = 3.3;
        after.w[1][1][1] = 4.4;                             // ‖ΔW¹‖ = 0.5
        double[] moved = LayerMovement.relative(before, after);
        assertEquals(0.1, moved[0], 1e-12);
        assertEquals(0, moved[1]);
    }

    @Test
    void networksOfDifferentShapeAreRefusedWithAHint() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> LayerMovement.relative(Network.layers(2, 2, 1).build(), Network.layers(2, 3, 1).build()));
        assertTrue(e.getMessage().contains("copy()"), e.getMessage());
    }
}
