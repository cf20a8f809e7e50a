package bp.diagram;

import bp.Require;
import bp.general.Gradients;
import bp.general.Network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A picture of a live {@link Network} as SVG, the figure the book's "如下图" refers to:
 * layers in columns, neurons as circles named by the network's {@link bp.general.Labels}
 * (n1..n8 for the book's networks, n^m_j otherwise), inputs x1, x2, … entering from the left,
 * the output o leaving to the right beside its target y, every edge named by its weight, and
 * the biases: a shared bias is one node b^m per layer with an edge to each of its neurons;
 * biases per neuron come from a "+1" node, each edge named by its bias.
 *
 * <pre>{@code
 * NetworkDiagram.of(net).showWeights().showDeltas(x, y).highlight("w1", "w5", "w11")
 * }</pre>
 * The last expression of a cell shows the picture in IJava; {@link #svg()} gives the text and
 * {@link #save(Path)} writes a file. The SVG is self-contained: no fonts, styles or scripts
 * from anywhere else. Values are read from the network when the SVG is drawn.
 */
public final class NetworkDiagram implements SvgPicture {


    private final Network net;
    private String title = "";
    private boolean weights;
    private double[] x;
    private double[] y;
    private final Set<Edge> highlighted = new LinkedHashSet<>();
    private final Set<Node> highlightedNeurons = new LinkedHashSet<>();

    private NetworkDiagram(Network net) {
        this.net = net;
    }

    /** A diagram of this network, named as its labels say. */
    public static NetworkDiagram of(Network net) {
        if (net == null) {
            throw new IllegalArgumentException("network is null: pass the Network to draw");
        }
        return new NetworkDiagram(net);
    }

    /** A title above the picture (Latin and Greek letters only: the chart fonts have no CJK). */
    public NetworkDiagram title(String title) {
        this.title = title == null ? "" : title;
        return this;
    }

    /** Writes each weight's and bias's current value beside its name: "w5 = 0.4". */
    public NetworkDiagram showWeights() {
        this.weights = true;
        return this;
    }

    /** Runs the network forward on x and writes every input and output: "x1 = 0.05", "o1 = 0.593". */
    public NetworkDiagram showOutputs(double... x) {
        this.x = Require.finiteOfLength("x", x, net.inputs()).clone();
        return this;
    }

    /**
     * Also runs backprop on the sample (x, y) and writes each neuron's 附加变量 (delta)
     * under it as the book names it, "a5 = 0.031", with the outputs and the target y.
     */
    public NetworkDiagram showDeltas(double[] x, double[] y) {
        showOutputs(x);
        this.y = Require.finiteOfLength("y", y, net.outputs()).clone();
        return this;
    }

    /** Highlights these edges (weights, or biases via {@link Edge#bias}) and the neurons they join. */
    public NetworkDiagram highlight(Collection<Edge> edges) {
        for (Edge e : Require.notNull("edges", edges, "pass the weights to highlight, e.g. List.of(Edge.weight(2, 0, 1))")) {
            highlighted.add(requireEdge(e));
        }
        return this;
    }

    /** Highlights the weights and biases with these names, as the network's labels write them ("w1", "b2"). */
    public NetworkDiagram highlight(String... names) {
        for (String name : Require.notNull("names", names, "pass parameter names such as \"w5\"")) {
            highlighted.addAll(edgesNamed(name));
        }
        return this;
    }

    /** Highlights these neurons (for example the stops of a path). */
    public NetworkDiagram highlightNeurons(Collection<Node> neurons) {
        for (Node n : Require.notNull("neurons", neurons, "pass the neurons to highlight, e.g. List.of(new Node(1, 0))")) {
            highlightedNeurons.add(requireNode(n));
        }
        return this;
    }

    /** The edges highlighted so far. */
    public Set<Edge> highlighted() {
        return Set.copyOf(highlighted);
    }

    /** The SVG document. */
    public String svg() {
        ForwardValues values = x == null ? null : values();
        return new Painter(net, title, weights, values, highlighted, highlightedNeurons).paint();
    }

    /** Writes the SVG to a file (UTF-8) and returns the path. */
    public Path save(Path file) {
        try {
            Files.writeString(file, svg(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the diagram to " + file.toAbsolutePath(), e);
        }
    }


    /** "NetworkDiagram[2-2-1 sigmoid/sigmoid, shared bias per layer; highlighted w1, w5]". */
    @Override
    public String toString() {
        Set<String> names = new LinkedHashSet<>();
        for (Edge e : highlighted) {
            names.add(name(e));
        }
        return "NetworkDiagram[" + net + (names.isEmpty() ? "" : "; highlighted " + String.join(", ", names)) + "]";
    }

    // ---- values and checks -------------------------------------------------------------------

    /** What the diagram writes under the neurons: o from a forward pass, delta from backprop if y is known. */
    record ForwardValues(double[][] o, double[][] delta, double[] y) {
    }

    private ForwardValues values() {
        double[][] o = net.forward(x).o;
        if (y == null) {
            return new ForwardValues(o, null, null);
        }
        Gradients g = net.backprop(x, y);
        return new ForwardValues(o, g.delta, y);
    }

    String name(Edge e) {
        return e.isBias() ? net.labels().bias(e.m(), e.j()) : net.labels().weight(e.m(), e.j(), e.i());
    }

    private Edge requireEdge(Edge e) {
        if (e == null) {
            throw new IllegalArgumentException("edge is null: pass Edge.weight(m, j, i) or Edge.bias(m, j)");
        }
        int N = net.outputLayer();
        boolean fits = e.m() >= 1 && e.m() <= N && e.j() >= 0 && e.j() < net.size(e.m())
                && (e.isBias() || (e.i() >= 0 && e.i() < net.size(e.m() - 1)));
        if (!fits) {
            throw new IllegalArgumentException("highlight " + e + " is not in the network " + net
                    + ": layers m run 1.." + N + ", j over the neurons of layer m, i over those of layer m−1 (sizes "
                    + java.util.Arrays.toString(net.sizes()) + ")");
        }
        return e;
    }

    private Node requireNode(Node n) {
        if (n == null || n.m() < 0 || n.m() > net.outputLayer() || n.j() < 0 || n.j() >= net.size(n.m())) {
            throw new IllegalArgumentException("highlight neuron " + n + " is not in the network " + net
                    + " (sizes " + java.util.Arrays.toString(net.sizes()) + ")");
        }
        return n;
    }

    /** Every edge whose weight or bias carries this name. */
    private List<Edge> edgesNamed(String name) {
        List<Edge> found = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (Edge e : allEdges()) {
            String n = name(e);
            if (!all.contains(n)) {
                all.add(n);
            }
            if (n.equals(name)) {
                found.add(e);
            }
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("highlight \"" + name + "\": the network has no parameter of that name;"
                    + " its parameters are " + all);
        }
        return found;
    }

    private List<Edge> allEdges() {
        List<Edge> all = new ArrayList<>();
        for (int m = 1; m <= net.outputLayer(); m++) {
            for (int i = 0; i < net.size(m - 1); i++) {
                for (int j = 0; j < net.size(m); j++) {
                    all.add(Edge.weight(m, j, i));
                }
            }
        }
        for (int m = 1; m <= net.outputLayer(); m++) {
            for (int j = 0; j < net.size(m); j++) {
                all.add(Edge.bias(m, j));
            }
        }
        return all;
    }
}
