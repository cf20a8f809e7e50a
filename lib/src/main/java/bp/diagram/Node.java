package bp.diagram;

/** Neuron j of layer m on the diagram (layer 0 is the input). */
public record Node(int m, int j) {
}
