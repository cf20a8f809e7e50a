package bp.general;

/** The superscript/subscript names of chapter 5: layer m up, neuron j down. */
final class GeneralLabels implements Labels {

    private final boolean sharedBias;

    GeneralLabels(boolean sharedBias) {
        this.sharedBias = sharedBias;
    }

    @Override
    public String neuron(int m, int j) {
        return "n^" + m + "_" + j;
    }

    @Override
    public String z(int m, int j) {
        return "z^" + m + "_" + j;
    }

    @Override
    public String o(int m, int j) {
        return m == 0 ? "x_" + j : "o^" + m + "_" + j;
    }

    @Override
    public String weight(int m, int j, int i) {
        return "w^" + m + "_{" + j + "," + i + "}";
    }

    @Override
    public String bias(int m, int j) {
        return sharedBias ? "b^" + m : "b^" + m + "_" + j;
    }

    @Override
    public String target(int j, int outputs) {
        return outputs == 1 ? "y" : "y_" + j;
    }
}
