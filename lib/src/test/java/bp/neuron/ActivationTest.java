package bp.neuron;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ActivationTest {

    private static final double[] Z = {-6, -2.5, -0.7, -0.1, 0.1, 0.3, 1, 2.5, 6};

    @ParameterizedTest
    @EnumSource(Activation.class)
    void fPrimeIsTheSlopeOfF(Activation f) {
        double h = 1e-5;
        for (double z : Z) {
            double slope = (f.f(z + h) - f.f(z - h)) / (2 * h);
            assertEquals(slope, f.fPrime(z), 1e-9, f + " at z = " + z);
        }
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void fPrimeFromTheKnownOutputIsTheSameNumber(Activation f) {
        for (double z : Z) {
            assertEquals(f.fPrime(z), f.fPrime(z, f.f(z)), 0.0, f + " at z = " + z);
        }
    }

    @Test
    void sigmoidValuesTheBookUses() {
        assertEquals(0.5, Activation.SIGMOID.f(0), 0.0);
        assertEquals(0.25, Activation.SIGMOID.fPrime(0), 0.0);
        double o = Activation.SIGMOID.f(1.3);
        assertEquals(o * (1 - o), Activation.SIGMOID.fPrime(1.3), 0.0, "f'(z) = f(z)(1 − f(z))");
    }

    @Test
    void reluAndIdentity() {
        assertEquals(0.0, Activation.RELU.f(-2), 0.0);
        assertEquals(3.0, Activation.RELU.f(3), 0.0);
        assertEquals(0.0, Activation.RELU.fPrime(-2), 0.0);
        assertEquals(1.0, Activation.RELU.fPrime(3), 0.0);
        assertEquals(-4.5, Activation.IDENTITY.f(-4.5), 0.0);
        assertEquals(1.0, Activation.IDENTITY.fPrime(-4.5), 0.0);
    }
}
