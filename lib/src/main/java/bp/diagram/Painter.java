package bp.diagram;

import bp.general.Labels;
import bp.general.Network;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Draws one {@link NetworkDiagram} as SVG text: edges first, then neurons, bias nodes and the
 * values, edge labels last so they sit on top, each on a small white card.
 * Every element carries a class (neuron, edge weight, edge bias, highlight, label, value)
 * and its indices as data-m, data-j, data-i, so the picture can be checked and restyled.
 */
final class Painter {

    static final double NAME_FONT = 16;
    static final double LABEL_FONT = 13;
    static final double VALUE_FONT = 12.5;
    static final double TITLE_FONT = 17;
    static final double LABEL_HEIGHT = 18;
    static final double BIAS_NODE_HEIGHT = 26;

    static final String INK = "#222222";
    static final String EDGE = "#8C96A3";
    static final String HIGHLIGHT = "#E8702A";
    static final String HIGHLIGHT_FILL = "#FFF1E6";
    static final String BIAS_STROKE = "#B8962E";
    static final String BIAS_FILL = "#FFF6D9";
    static final String MUTED = "#555555";

    private final Network net;
    private final Labels labels;
    private final String title;
    private final boolean weights;
    private final NetworkDiagram.ForwardValues values;
    private final Set<Edge> highlighted;
    private final Set<Node> hotNeurons = new HashSet<>();
    private final StringBuilder svg = new StringBuilder();
    private final LabelPlacer placer = new LabelPlacer();
    private Layout layout;

    Painter(Network net, String title, boolean weights, NetworkDiagram.ForwardValues values,
            Set<Edge> highlighted, Set<Node> highlightedNeurons) {
        this.net = net;
        this.labels = net.labels();
        this.title = title;
        this.weights = weights;
        this.values = values;
        this.highlighted = highlighted;
        hotNeurons.addAll(highlightedNeurons);
        for (Edge e : highlighted) {
            hotNeurons.add(new Node(e.m(), e.j()));
            if (!e.isBias()) {
                hotNeurons.add(new Node(e.m() - 1, e.i()));
            }
        }
    }

    String paint() {
        layout = new Layout(net, labelWidths(), leftMargin(), rightMargin(), topMargin(), underNeurons(), bottomMargin());
        open();
        drawWeightEdges();
        drawBiasEdges();
        drawInputs();
        drawOutputs();
        drawNeurons();
        drawBiasNodes();
        drawCaptions();
        drawEdgeLabels();
        svg.append("</svg>\n");
        return svg.toString();
    }

    // ---- margins -----------------------------------------------------------------------------

    /** The widest edge label into each layer, as {@link #edgeLabel} will draw it. */
    private double[] labelWidths() {
        double[] widest = new double[net.outputLayer() + 1];
        for (int m = 1; m <= net.outputLayer(); m++) {
            for (int j = 0; j < net.size(m); j++) {
                for (int i = 0; i < net.size(m - 1); i++) {
                    Edge e = Edge.weight(m, j, i);
                    widest[m] = Math.max(widest[m], labelWidth(e, " = " + SvgText.number(net.w[m][j][i])));
                }
                if (!net.sharedBias()) {
                    widest[m] = Math.max(widest[m], labelWidth(Edge.bias(m, j), " = " + SvgText.number(net.bias(m, j))));
                }
            }
        }
        return widest;
    }

    private double labelWidth(Edge e, String value) {
        return SvgText.width(name(e), weights ? value : "", LABEL_FONT) + 8;
    }

    private double leftMargin() {
        double widest = 0;
        for (int j : Layout.shownOf(net.inputs())) {
            widest = Math.max(widest, SvgText.width(labels.o(0, j), inputValue(j), NAME_FONT - 1));
        }
        return 16 + widest + 50;
    }

    private double rightMargin() {
        int N = net.outputLayer();
        double widest = 0;
        for (int j : Layout.shownOf(net.outputs())) {
            widest = Math.max(widest, SvgText.width(labels.o(N, j), outputValue(j), NAME_FONT - 1));
            widest = Math.max(widest, SvgText.width(target(j), targetValue(j), VALUE_FONT));
        }
        return 58 + widest + 14;
    }

    private double topMargin() {
        return 22 + (title.isEmpty() ? 0 : 34);
    }

    /** The height of the value lines under a neuron: o, then the 附加变量 a. */
    private double underNeurons() {
        return values == null ? 0 : values.delta() == null ? 22 : 38;
    }

    private double bottomMargin() {
        boolean captions = false;
        for (int m = 1; m <= net.outputLayer(); m++) {
            captions |= !labelsEdgesOf(m);
        }
        return 14 + (captions ? 30 : 0);
    }

    private boolean labelsEdgesOf(int m) {
        return Layout.shownOf(net.size(m)).length * Layout.shownOf(net.size(m - 1)).length <= Layout.LABEL_LIMIT;
    }

    // ---- document ----------------------------------------------------------------------------

    /**
     * The widest a diagram is drawn, in pixels: it fits a notebook's output area (978 px in
     * Jupyter Notebook at full width). A larger network is scaled down to it as a whole, and
     * {@code max-width: 100%} shrinks it further on a narrower page.
     */
    static final double MAX_WIDTH = 900;

    private void open() {
        double scale = Math.min(1, MAX_WIDTH / layout.width);
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\""
                        + " style=\"max-width:100%%;height:auto\""
                        + " font-family=\"DejaVu Sans, Verdana, Helvetica, Arial, sans-serif\" fill=\"%s\">\n",
                layout.width * scale, layout.height * scale, layout.width, layout.height, INK));
        svg.append("<title>").append(SvgText.escape("network " + net)).append("</title>\n");
        svg.append(String.format(Locale.ROOT, "<rect class=\"background\" width=\"%.0f\" height=\"%.0f\" fill=\"white\"/>\n",
                layout.width, layout.height));
        if (!title.isEmpty()) {
            svg.append(String.format(Locale.ROOT,
                    "<text class=\"title\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"%.0f\" font-weight=\"bold\">%s</text>\n",
                    layout.width / 2, 30.0, TITLE_FONT, SvgText.escape(title)));
        }
    }

    // ---- edges -------------------------------------------------------------------------------

    /** Plain edges first, highlighted ones after, so a highlighted path is never crossed out. */
    private void drawWeightEdges() {
        for (boolean hot : new boolean[]{false, true}) {
            for (int m = 1; m <= net.outputLayer(); m++) {
                for (Edge e : layout.weightEdges(m)) {
                    if (highlighted.contains(e) == hot) {
                        double[] seg = segment(layout.x(m - 1), layout.y(m - 1, e.i()), layout.x(m), layout.y(m, e.j()),
                                layout.radius, layout.radius);
                        line(e, seg, "edge weight", "");
                    }
                }
            }
        }
    }

    private void drawBiasEdges() {
        for (boolean hot : new boolean[]{false, true}) {
            for (int m = 1; m <= net.outputLayer(); m++) {
                for (int j : layout.shown(m)) {
                    Edge e = Edge.bias(m, j);
                    if (highlighted.contains(e) == hot) {
                        line(e, biasSegment(m, j), "edge bias", " stroke-dasharray=\"6 4\"");
                    }
                }
            }
        }
    }

    /** From the rim of layer m's bias node to the rim of neuron j. */
    private double[] biasSegment(int m, int j) {
        double[] seg = segment(layout.biasX(m), layout.biasY(m), layout.x(m), layout.y(m, j), 0, layout.radius);
        double cut = rimOfBox(seg, biasNodeWidth(m) / 2, BIAS_NODE_HEIGHT / 2);
        seg[0] = layout.biasX(m) + cut * (seg[2] - seg[0]);
        seg[1] = layout.biasY(m) + cut * (seg[3] - seg[1]);
        return seg;
    }

    private void line(Edge e, double[] seg, String cls, String extra) {
        boolean hot = highlighted.contains(e);
        String colour = hot ? HIGHLIGHT : e.isBias() ? BIAS_STROKE : EDGE;
        svg.append(String.format(Locale.ROOT,
                "<line class=\"%s%s\" data-m=\"%d\" data-j=\"%d\" data-i=\"%d\" data-name=\"%s\""
                        + " x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>\n",
                cls, hot ? " highlight" : "", e.m(), e.j(), e.i(), SvgText.escape(name(e)),
                seg[0], seg[1], seg[2], seg[3], colour, hot ? 3.5 : 1.5, extra));
    }

    /** The fraction of the segment that lies inside a box of half-sizes hw × hh centred on its start. */
    private static double rimOfBox(double[] seg, double hw, double hh) {
        double dx = Math.abs(seg[2] - seg[0]);
        double dy = Math.abs(seg[3] - seg[1]);
        return Math.min(dx == 0 ? Double.MAX_VALUE : hw / dx, dy == 0 ? Double.MAX_VALUE : hh / dy);
    }

    /** The segment between two shapes, cut back by their half-sizes so it starts and ends at their rims. */
    private static double[] segment(double x0, double y0, double x1, double y1, double cut0, double cut1) {
        double len = Math.hypot(x1 - x0, y1 - y0);
        double ux = (x1 - x0) / len;
        double uy = (y1 - y0) / len;
        return new double[]{x0 + ux * cut0, y0 + uy * cut0, x1 - ux * cut1, y1 - uy * cut1};
    }

    // ---- inputs and outputs --------------------------------------------------------------------

    private void drawInputs() {
        for (int j : layout.shown(0)) {
            double x = layout.x(0) - layout.radius;
            double y = layout.y(0, j);
            arrow(x - 44, y, x - 6, y);
            String text = labels.o(0, j);
            text(x - 50, y + 0.35 * (NAME_FONT - 1), "end", NAME_FONT - 1, "input", text, inputValue(j), INK);
            double w = SvgText.width(text, inputValue(j), NAME_FONT - 1);
            placer.block(new Box(x - 50 - w, y - 12, w, 24));
        }
    }

    private void drawOutputs() {
        int N = net.outputLayer();
        for (int j : layout.shown(N)) {
            double x = layout.x(N) + layout.radius;
            double y = layout.y(N, j);
            arrow(x + 6, y, x + 46, y);
            text(x + 54, y - 2, "start", NAME_FONT - 1, "output", labels.o(N, j), outputValue(j), INK);
            text(x + 54, y + 16, "start", VALUE_FONT, "target", target(j), targetValue(j), MUTED);
        }
    }

    private void arrow(double x0, double y, double x1, double y1) {
        svg.append(String.format(Locale.ROOT,
                "<line class=\"arrow\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1.6\"/>\n",
                x0, y, x1 - 6, y1, MUTED));
        svg.append(String.format(Locale.ROOT,
                "<path class=\"arrow-head\" d=\"M%.1f,%.1f L%.1f,%.1f L%.1f,%.1f Z\" fill=\"%s\"/>\n",
                x1, y1, x1 - 9, y1 - 4.5, x1 - 9, y1 + 4.5, MUTED));
    }

    // ---- neurons -----------------------------------------------------------------------------

    private void drawNeurons() {
        int N = net.outputLayer();
        for (int m = 0; m <= N; m++) {
            for (int j : layout.shown(m)) {
                drawNeuron(m, j, m == 0 ? "#F3F4F6" : m == N ? "#FBE9E9" : "#E8F0F8",
                        m == 0 ? "#6B7280" : m == N ? "#E15759" : "#4E79A7");
            }
            if (layout.elided(m)) {
                drawEllipsis(m);
            }
        }
    }

    private void drawNeuron(int m, int j, String fill, String stroke) {
        double x = layout.x(m);
        double y = layout.y(m, j);
        boolean hot = hotNeurons.contains(new Node(m, j));
        svg.append(String.format(Locale.ROOT,
                "<circle class=\"neuron%s\" data-m=\"%d\" data-j=\"%d\" data-name=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\""
                        + " fill=\"%s\" stroke=\"%s\" stroke-width=\"%.1f\"/>\n",
                hot ? " highlight" : "", m, j, SvgText.escape(labels.neuron(m, j)), x, y, layout.radius,
                hot ? HIGHLIGHT_FILL : fill, hot ? HIGHLIGHT : stroke, hot ? 3.5 : 2.0));
        double size = layout.radius >= 24 ? NAME_FONT : NAME_FONT - 3;
        text(x, y + 0.35 * size, "middle", size, "neuron-name", labels.neuron(m, j), "", INK);
        placer.block(Box.centred(x, y, 2 * layout.radius + 4, 2 * layout.radius + 4));
        drawValues(m, j, x, y);
    }

    /**
     * Under a neuron of layer m ≥ 1: its output o, then its 附加变量 (a5, a^1_0), each on a white card
     * (an output neuron's o is written at its arrow already).
     */
    private void drawValues(int m, int j, double x, double y) {
        if (values == null || m == 0) {
            return;
        }
        double line = y + layout.radius + 15;
        if (m < net.outputLayer()) {
            valueCard(x, line, labels.o(m, j), " = " + SvgText.number(values.o()[m][j]), "value output");
        }
        if (values.delta() != null) {
            double deltaLine = m < net.outputLayer() ? line + 16 : line;
            valueCard(x, deltaLine, labels.delta(m, j), " = " + SvgText.number(values.delta()[m][j]), "value delta");
        }
    }

    private void valueCard(double x, double baseline, String name, String after, String cls) {
        double w = SvgText.width(name, after, VALUE_FONT) + 6;
        Box box = new Box(x - w / 2, baseline - VALUE_FONT + 1, w, VALUE_FONT + 4);
        card(box, "value-bg", "none");
        text(x, baseline, "middle", VALUE_FONT, cls, name, after, INK);
        placer.block(box);
    }

    private void drawEllipsis(int m) {
        double x = layout.x(m);
        double y = layout.ellipsisY(m);
        svg.append(String.format(Locale.ROOT,
                "<text class=\"ellipsis\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"26\">⋮</text>\n", x, y + 9));
        int hidden = net.size(m) - layout.shown(m).length;
        text(x + 12, y + 5, "start", VALUE_FONT, "ellipsis-count", "+" + hidden, "", MUTED);
    }

    // ---- biases ------------------------------------------------------------------------------

    private void drawBiasNodes() {
        for (int m = 1; m <= net.outputLayer(); m++) {
            double w = biasNodeWidth(m);
            Box box = Box.centred(layout.biasX(m), layout.biasY(m), w, BIAS_NODE_HEIGHT);
            boolean hot = biasHighlighted(m);
            svg.append(String.format(Locale.ROOT,
                    "<rect class=\"bias-node%s\" data-m=\"%d\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\""
                            + " fill=\"%s\" stroke=\"%s\" stroke-width=\"%.1f\"/>\n",
                    hot ? " highlight" : "", m, box.x(), box.y(), box.w(), box.h(),
                    hot ? HIGHLIGHT_FILL : BIAS_FILL, hot ? HIGHLIGHT : BIAS_STROKE, hot ? 3.0 : 1.5));
            text(box.x() + w / 2, layout.biasY(m) + 0.35 * LABEL_FONT, "middle", LABEL_FONT + 1, "bias-name",
                    biasNodeName(m), biasNodeValue(m), INK);
            placer.block(box);
        }
    }

    private boolean biasHighlighted(int m) {
        for (Edge e : highlighted) {
            if (e.isBias() && e.m() == m) {
                return true;
            }
        }
        return false;
    }

    /** Shared: the node is the bias b^m. Per neuron: the node is the constant 1 the biases multiply. */
    private String biasNodeName(int m) {
        return net.sharedBias() ? labels.bias(m, 0) : "+1";
    }

    private String biasNodeValue(int m) {
        return net.sharedBias() && weights ? " = " + SvgText.number(net.b[m][0]) : "";
    }

    private double biasNodeWidth(int m) {
        return Math.max(34, SvgText.width(biasNodeName(m), biasNodeValue(m), LABEL_FONT + 1) + 14);
    }

    // ---- labels ------------------------------------------------------------------------------

    private void drawEdgeLabels() {
        for (int m = 1; m <= net.outputLayer(); m++) {
            if (!layout.labelsEdges(m)) {
                continue;
            }
            for (Edge e : layout.weightEdges(m)) {
                double[] seg = {layout.x(m - 1), layout.y(m - 1, e.i()), layout.x(m), layout.y(m, e.j())};
                edgeLabel(e, seg, " = " + SvgText.number(net.w[m][e.j()][e.i()]), LabelPlacer.WEIGHT_FRACTIONS);
            }
            if (!net.sharedBias()) {
                for (int j : layout.shown(m)) {
                    Edge e = Edge.bias(m, j);
                    double[] seg = {layout.biasX(m), layout.biasY(m), layout.x(m), layout.y(m, j)};
                    edgeLabel(e, seg, " = " + SvgText.number(net.bias(m, j)), LabelPlacer.BIAS_FRACTIONS);
                }
            }
        }
    }

    private void edgeLabel(Edge e, double[] seg, String value, double[] fractions) {
        String after = weights ? value : "";
        double w = labelWidth(e, value);
        Box box = placer.place(seg[0], seg[1], seg[2], seg[3], w, LABEL_HEIGHT, fractions);
        boolean hot = highlighted.contains(e);
        card(box, "label-bg" + (hot ? " highlight" : ""), hot ? HIGHLIGHT : "#C8CDD3");
        text(box.x() + w / 2, box.y() + LABEL_HEIGHT / 2 + 0.35 * LABEL_FONT, "middle", LABEL_FONT,
                "label" + (hot ? " highlight" : ""), name(e), after, hot ? "#B4481A" : INK);
    }

    /** Layer pairs too dense to label get one caption: the weight matrix and its shape. */
    private void drawCaptions() {
        for (int m = 1; m <= net.outputLayer(); m++) {
            if (layout.labelsEdges(m)) {
                continue;
            }
            double x = (layout.x(m - 1) + layout.x(m)) / 2;
            text(x, layout.height - 14, "middle", LABEL_FONT, "caption", "W^" + m,
                    ": " + net.size(m) + " × " + net.size(m - 1) + " weights", MUTED);
        }
    }

    private void card(Box box, String cls, String stroke) {
        svg.append(String.format(Locale.ROOT,
                "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"3\" fill=\"white\""
                        + " fill-opacity=\"0.92\" stroke=\"%s\" stroke-width=\"1\"/>\n",
                cls, box.x(), box.y(), box.w(), box.h(), stroke));
    }

    private void text(double x, double y, String anchor, double size, String cls, String name, String after, String colour) {
        svg.append(String.format(Locale.ROOT,
                "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%s\" fill=\"%s\">%s</text>\n",
                cls, x, y, anchor, SvgText.number(size), colour, SvgText.name(name, after, size)));
    }

    // ---- names and values ----------------------------------------------------------------------

    private String name(Edge e) {
        return e.isBias() ? labels.bias(e.m(), e.j()) : labels.weight(e.m(), e.j(), e.i());
    }

    private String target(int j) {
        return labels.target(j, net.outputs());
    }

    private String inputValue(int j) {
        return values == null ? "" : " = " + SvgText.number(values.o()[0][j]);
    }

    private String outputValue(int j) {
        return values == null ? "" : " = " + SvgText.number(values.o()[net.outputLayer()][j]);
    }

    private String targetValue(int j) {
        return values == null || values.y() == null ? "" : " = " + SvgText.number(values.y()[j]);
    }
}
