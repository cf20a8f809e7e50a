package bp.data;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class XorTest {

    @Test
    void theTargetIsOneExactlyWhenOneInputIsOne() {
        DataSet xor = Xor.data();
        assertEquals(4, xor.size());
        assertEquals(2, xor.inputs());
        assertEquals(1, xor.outputs());
        for (int k = 0; k < 4; k++) {
            boolean one = (xor.x[k][0] == 1) != (xor.x[k][1] == 1);
            assertEquals(one ? 1.0 : 0.0, xor.y[k][0]);
        }
    }
}
