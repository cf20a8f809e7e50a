package bp.descent;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class UpdateTest {

    @Test
    void aStepMovesAgainstTheGradientByEtaTimesIt() {
        assertEquals(10 - 0.01 * 16, Update.step(10, 0.01, 16), 0.0);   // chapter 1: x = 10, y'(10) = 16
        assertEquals(-0.01 * 16, Update.change(0.01, 16), 0.0);
        assertEquals(2.5, Update.step(2, 0.5, -1), 0.0, "a negative gradient moves p up");
    }

    @Test
    void anArrayIsUpdatedInPlaceEntryByEntry() {
        double[] p = {1, 2, 3};
        Update.step(p, 0.1, new double[] {10, 0, -10});
        assertArrayEquals(new double[] {1 - 0.1 * 10, 2, 3 + 0.1 * 10}, p, 0.0);
    }
}
