package bp.neuron;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ErrTest {

    @Test
    void errIsHalfTheSquaredGapAndItsDerivativeIsTheGap() {
        assertEquals(0.5 * 0.3 * 0.3, Err.of(0.8, 0.5), 1e-15);
        assertEquals(Err.of(0.8, 0.5), Err.ofGap(0.8 - 0.5), 0.0);
        assertEquals(0.8 - 0.5, Err.dErr_do(0.8, 0.5), 0.0);
        assertEquals(-0.5, Err.dErr_do(0, 0.5), 0.0, "a low output gives a negative gap");
    }

    @Test
    void anOutputLayerAddsItsNeuronsErrs() {
        double[] o = {0.9, 0.2, 0.4};
        double[] y = {1, 0, 0};
        assertEquals(Err.of(0.9, 1) + Err.of(0.2, 0) + Err.of(0.4, 0), Err.of(o, y), 1e-15);
        assertEquals(Err.of(0.9, 1), Err.of(new double[] {0.9}, new double[] {1}), 0.0, "one output: the same number");
    }
}
