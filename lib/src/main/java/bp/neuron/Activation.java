package bp.neuron;

/**
 * An activation function f and its derivative f'.
 * The book uses the sigmoid throughout; chapter 6 compares tanh and ReLU.
 */
public enum Activation {

    /** f(z) = 1 / (1 + e^(−z)), f'(z) = f(z)(1 − f(z)). */
    SIGMOID {
        @Override
        public double f(double z) {
            return 1 / (1 + Math.exp(-z));
        }

        @Override
        public double fPrime(double z, double o) {
            return o * (1 - o);
        }
    },

    /** f(z) = tanh z, f'(z) = 1 − f(z)². */
    TANH {
        @Override
        public double f(double z) {
            return Math.tanh(z);
        }

        @Override
        public double fPrime(double z, double o) {
            return 1 - o * o;
        }
    },

    /** f(z) = max(0, z), f'(z) = 1 for z > 0, else 0. */
    RELU {
        @Override
        public double f(double z) {
            return Math.max(0, z);
        }

        @Override
        public double fPrime(double z, double o) {
            return z > 0 ? 1 : 0;
        }
    },

    /** f(z) = z, f'(z) = 1: a neuron that passes its weighted input straight on. */
    IDENTITY {
        @Override
        public double f(double z) {
            return z;
        }

        @Override
        public double fPrime(double z, double o) {
            return 1;
        }
    };

    /** The neuron's output o = f(z). */
    public abstract double f(double z);

    /** The slope f'(z) that every chain-rule product in the book carries. */
    public double fPrime(double z) {
        return fPrime(z, f(z));
    }

    /**
     * f'(z) for a neuron whose output o = f(z) is already known, as after a forward pass:
     * the sigmoid's f(z)(1 − f(z)) is then o(1 − o), with no second exponential.
     */
    public abstract double fPrime(double z, double o);
}
