package bp.diagram;

import bp.general.Network;

import java.util.ArrayList;
import java.util.List;

/**
 * Where everything of a diagram goes: layer m in column m, its neurons stacked and centred,
 * the bias node of layer m at the foot of column m−1. A layer of more than {@link #MAX_SHOWN}
 * neurons shows its first and last {@link #EDGE_SHOWN} and a "⋮" between them.
 */
final class Layout {

    static final int MAX_SHOWN = 10;
    static final int EDGE_SHOWN = 4;

    /** A layer pair with more shown edges than this gets no edge labels, only a caption. */
    static final int LABEL_LIMIT = 40;

    final Network net;
    final double radius;
    final double rowGap;
    final double[] columnX;
    final double centreY;
    final double top;
    final double width;
    final double height;
    private final int[][] shown;

    private final double[] labelWidth;

    /**
     * @param labelWidth labelWidth[m]: the widest edge label into layer m, in pixels; the gap
     *                   before column m grows with it so the labels find room along the edges
     */
    Layout(Network net, double[] labelWidth, double leftMargin, double rightMargin, double topMargin,
           double underNeurons, double bottomMargin) {
        this.net = net;
        this.labelWidth = labelWidth.clone();
        int layers = net.outputLayer() + 1;
        this.shown = new int[layers][];
        int maxSlots = 1;
        for (int m = 0; m < layers; m++) {
            shown[m] = shownOf(net.size(m));
            maxSlots = Math.max(maxSlots, slots(m) + (hasBiasNode(m + 1) ? 1 : 0));
        }
        double base = maxSlots <= 5 ? 92 : maxSlots <= 8 ? 76 : 62;
        this.rowGap = mostLabelledEdges() >= 12 ? Math.max(base, 108) : base;
        this.radius = Math.round(rowGap * 0.27);
        this.top = topMargin;
        this.centreY = topMargin + rowGap * (maxNeuronSlots() - 1) / 2.0 + radius;
        this.columnX = new double[layers];
        columnX[0] = leftMargin + radius;
        for (int m = 1; m < layers; m++) {
            columnX[m] = columnX[m - 1] + gap(m);
        }
        this.width = columnX[layers - 1] + radius + rightMargin;
        this.height = lowestY(underNeurons) + bottomMargin;
    }

    /** The largest number of labelled edges between two neighbouring columns. */
    private int mostLabelledEdges() {
        int most = 0;
        for (int m = 1; m < shown.length; m++) {
            int edges = shown[m].length * shown[m - 1].length;
            most = edges <= LABEL_LIMIT ? Math.max(most, edges) : most;
        }
        return most;
    }

    /** The neuron indices drawn for a layer of this size. */
    static int[] shownOf(int size) {
        if (size <= MAX_SHOWN) {
            return java.util.stream.IntStream.range(0, size).toArray();
        }
        int[] s = new int[2 * EDGE_SHOWN];
        for (int k = 0; k < EDGE_SHOWN; k++) {
            s[k] = k;
            s[EDGE_SHOWN + k] = size - EDGE_SHOWN + k;
        }
        return s;
    }

    int[] shown(int m) {
        return shown[m];
    }

    boolean isShown(int m, int j) {
        for (int s : shown[m]) {
            if (s == j) {
                return true;
            }
        }
        return false;
    }

    boolean elided(int m) {
        return net.size(m) > MAX_SHOWN;
    }

    /** The shared bias of layer m is one node, drawn at the foot of column m−1. */
    boolean hasBiasNode(int m) {
        return m >= 1 && m <= net.outputLayer();
    }

    /** Slots a column's neurons take: the shown ones plus the "⋮". */
    int slots(int m) {
        return shown[m].length + (elided(m) ? 1 : 0);
    }

    private int maxNeuronSlots() {
        int max = 1;
        for (int m = 0; m < shown.length; m++) {
            max = Math.max(max, slots(m));
        }
        return max;
    }

    /** The gap before column m: wider when many or wide labels share it. */
    double gap(int m) {
        int edges = shown[m].length * shown[m - 1].length;
        if (edges > LABEL_LIMIT) {
            return 220;
        }
        return Math.max(210, Math.min(560, 120 + Math.sqrt(edges) * labelWidth[m] * 0.9));
    }

    boolean labelsEdges(int m) {
        return shown[m].length * shown[m - 1].length <= LABEL_LIMIT;
    }

    /** The slot of neuron j in its column, counting the "⋮" slot. */
    private int slotOf(int m, int j) {
        int[] s = shown[m];
        for (int k = 0; k < s.length; k++) {
            if (s[k] == j) {
                return elided(m) && k >= EDGE_SHOWN ? k + 1 : k;
            }
        }
        throw new IllegalStateException("neuron " + j + " of layer " + m + " is not drawn");
    }

    double x(int m) {
        return columnX[m];
    }

    double y(int m, int j) {
        return slotY(m, slotOf(m, j));
    }

    private double slotY(int m, int slot) {
        return centreY + (slot - (slots(m) - 1) / 2.0) * rowGap;
    }

    /** Where the "⋮" of an elided layer goes. */
    double ellipsisY(int m) {
        return slotY(m, EDGE_SHOWN);
    }

    /** The bias node of layer m: in column m−1, one row below its last neuron. */
    double biasX(int m) {
        return columnX[m - 1];
    }

    double biasY(int m) {
        return slotY(m - 1, slots(m - 1));
    }

    /** The lowest point drawn: a neuron's rim plus what is written under it, or a bias node. */
    private double lowestY(double underNeurons) {
        double low = centreY;
        for (int m = 0; m < shown.length; m++) {
            low = Math.max(low, slotY(m, slots(m) - 1) + radius + (m == 0 ? 0 : underNeurons));
            if (hasBiasNode(m + 1)) {
                low = Math.max(low, slotY(m, slots(m)) + Painter.BIAS_NODE_HEIGHT / 2);
            }
        }
        return low;
    }

    /** Every drawn weight edge into layer m. */
    List<Edge> weightEdges(int m) {
        List<Edge> edges = new ArrayList<>();
        for (int i : shown[m - 1]) {
            for (int j : shown[m]) {
                edges.add(Edge.weight(m, j, i));
            }
        }
        return edges;
    }
}
