package bp.paths;

/** Neuron j of layer m, a stop on a path (layer 0 is the input). */
public record Neuron(int m, int j) {
}
