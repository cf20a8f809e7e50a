package bp.book;

import bp.Require;
import bp.general.Network;
import bp.general.RandomInit;
import bp.neuron.Activation;
import bp.neuron.Err;

import java.util.List;
import java.util.Map;

/**
 * One of the book's small networks (chapters 2–4), whose parameters keep the book's names
 * w1, w2, …, b1, … and whose gradients are the book's closed forms, one formula per parameter.
 * {@link AbstractBookNetwork} holds what they share.
 *
 * <p>Every book network can also be turned into the general network of chapter 5
 * ({@link #toNetwork()}), which computes the same numbers with the general loop.
 */
public interface BookNetwork extends java.io.Serializable {

    /** The parameter names in the book's order: the weights w1..wK, then the biases b1... */
    List<String> parameterNames();

    /** The value of the parameter called {@code name} ("w5", "b1"); an unknown name is refused. */
    double get(String name);

    /** Gives the parameter called {@code name} a new, finite value; an unknown name is refused. */
    void set(String name, double value);

    /** Sets every parameter, in the order of {@link #parameterNames()}; a wrong count changes nothing. */
    void setAll(double... values);

    /** Draws every weight and bias uniformly from [−1, 1), in book order, repeatably for the same seed. */
    default void randomize(long seed) {
        setAll(RandomInit.minusOneToOne(seed, parameterNames().size()));
    }

    /** ∂Err/∂p for every parameter p, in book order, each from its closed form, for one sample (x, y). */
    Map<String, Double> gradient(double[] x, double y);

    /** The network's single output o for input x = [x1, x2]. */
    double output(double[] x);

    /** Err = ½(o − y)², the loss of the output o for input x and target y. */
    default double err(double[] x, double y) {
        Require.finite("y", y);
        return Err.of(output(x), y);
    }

    /** The activation f used by every neuron. */
    Activation f();

    /** f itself, refusing null with the choices there are (for the networks' withActivation). */
    static Activation requireActivation(Activation f) {
        return Require.notNull("activation f", f, "pass one of " + List.of(Activation.values()));
    }

    /** The general network of chapter 5 with the same parameters, labelled with the book's names. */
    Network toNetwork();

    /**
     * One step of gradient descent, p ← p − η ∂Err/∂p for every parameter p.
     * All gradients come from the same forward pass, before any parameter changes.
     */
    void step(double[] x, double y, double eta);
}
