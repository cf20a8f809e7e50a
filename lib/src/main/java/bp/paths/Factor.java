package bp.paths;

/** One factor of a path's product: its symbol in the network's notation ("w5", "f'(z3)") and its value. */
public record Factor(String symbol, double value) {

    @Override
    public String toString() {
        return symbol + " = " + value;
    }
}
