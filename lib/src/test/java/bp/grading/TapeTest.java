package bp.grading;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TapeTest {

    @Test
    void answersComeBackBitForBit() {
        assertEquals(0.1 + 0.2, (double) Tape.decode(Tape.encode(0.1 + 0.2)));
        assertTrue(Double.isNaN((double) Tape.decode(Tape.encode(Double.NaN))));
        assertEquals(Double.NEGATIVE_INFINITY, (double) Tape.decode(Tape.encode(Double.NEGATIVE_INFINITY)));
        assertEquals(-7, (int) Tape.decode(Tape.encode(-7)));
        assertEquals(true, Tape.decode(Tape.encode(true)));
        assertEquals("η = 0.5", Tape.decode(Tape.encode("η = 0.5")));
        assertArrayEquals(new double[] {1e-300, -0.0, 3}, (double[]) Tape.decode(Tape.encode(new double[] {1e-300, -0.0, 3})));
        assertArrayEquals(new int[] {}, (int[]) Tape.decode(Tape.encode(new int[] {})));
        double[][] rows = {{1, 2}, {}, {3}};
        assertArrayEquals(rows, (double[][]) Tape.decode(Tape.encode(rows)));
        assertEquals(null, Tape.decode(Tape.encode(null)));
        assertEquals(bp.neuron.Activation.TANH, Tape.decode(Tape.encode(bp.neuron.Activation.TANH)));
        var activations = new bp.neuron.Activation[] {bp.neuron.Activation.SIGMOID, null, bp.neuron.Activation.TANH};
        assertArrayEquals(activations, (bp.neuron.Activation[]) Tape.decode(Tape.encode(activations)));
    }

    @Test
    void whatAnAnswerThrewIsKept() {
        var thrown = (Tape.Thrown) Tape.decode(Tape.encodeThrown(new IllegalStateException("oops: a\tb")));
        assertEquals("java.lang.IllegalStateException", thrown.type());
        assertEquals("oops: a\tb", thrown.message());
    }

    @Test
    void anythingElseOnTheTapeIsRejected() {
        String notAnEnum = java.util.Base64.getEncoder().encodeToString("java.lang.Thread$State".getBytes());
        String notACourseClass = java.util.Base64.getEncoder().encodeToString("bp.neuron.Activation".getBytes());
        for (String bad : new String[] {"", "X1", "Dzz", "I1.5", "Zmaybe", "[D1,zz", "!a", "!%%%:%%%",
                "E" + notAnEnum + ":NEW", "E" + notACourseClass + ":NOPE", "[E" + notAnEnum + ":NEW"}) {
            assertThrows(IllegalArgumentException.class, () -> Tape.decode(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> Tape.encode(new Object()));
        assertThrows(IllegalArgumentException.class, () -> Tape.decode("S" + "A".repeat(Tape.MAX_LENGTH)));
    }
}
