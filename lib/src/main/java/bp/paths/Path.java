package bp.paths;

import bp.general.Parameter;

import java.util.List;

/**
 * One path from a parameter to an output neuron, and the product the path rule reads off it:
 * starting at the parameter — the input or previous output a weight carries, then f'(z) of the
 * neuron it feeds — then every weight and f'(z) along the way, and last (o − y) of the output
 * reached. For the 2-2-3-1 network: {@code x1·f'(z1)·w5·f'(z3)·w11·f'(z6)·(o6−y)}.
 * A bias carries the constant 1, which the product leaves out.
 */
public final class Path {

    private final Parameter parameter;
    private final List<Factor> factors;
    private final List<Neuron> neurons;
    private final List<Parameter.Weight> weights;
    private final String route;

    Path(Parameter parameter, List<Factor> factors, List<Neuron> neurons,
         List<Parameter.Weight> weights, String route) {
        this.parameter = parameter;
        this.factors = List.copyOf(factors);
        this.neurons = List.copyOf(neurons);
        this.weights = List.copyOf(weights);
        this.route = route;
    }

    /** The product in the book's notation, factors joined by "·". */
    public String symbolic() {
        StringBuilder s = new StringBuilder();
        for (Factor factor : factors) {
            s.append(s.length() == 0 ? "" : "·").append(factor.symbol());
        }
        return s.toString();
    }

    /** The product's value, multiplied in the order it is written. */
    public double value() {
        double product = 1;
        for (Factor factor : factors) {
            product *= factor.value();
        }
        return product;
    }

    /** The factors of the product, in the order it is written. */
    public List<Factor> factors() {
        return factors;
    }

    /**
     * The neurons the path passes, towards the output: for a weight the neuron it leaves first,
     * for a bias the neuron it is added to first; the last one is an output neuron.
     */
    public List<Neuron> neurons() {
        return neurons;
    }

    /** The weights the path crosses, towards the output; for a weight, the weight itself first. */
    public List<Parameter.Weight> weights() {
        return weights;
    }

    /** The output neuron the path reaches (its j in layer N). */
    public int output() {
        return neurons.get(neurons.size() - 1).j();
    }

    /** The parameter the path starts from. */
    public Parameter parameter() {
        return parameter;
    }

    /** The stops of the path by name, e.g. "n1 → n3 → n5 → n8", or "b1 → n3 → n5 → n8". */
    public String route() {
        return route;
    }

    @Override
    public String toString() {
        return symbolic() + " = " + value();
    }
}
