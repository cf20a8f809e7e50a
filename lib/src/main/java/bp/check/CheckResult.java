package bp.check;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What a gradient check found: for every parameter the analytic gradient, the central
 * difference, and their relative error. A correct backward pass gives relative errors of
 * about 1e-7 or less with sigmoid or tanh; a wrong formula gives errors near 1.
 */
public final class CheckResult {

    /** One parameter: its name, ∂Err/∂p from the formula, from the central difference, and how far apart. */
    public record Row(String name, double analytic, double numeric, double relativeError) {
    }

    private final List<Row> rows;
    private final double h;

    CheckResult(List<Row> rows, double h) {
        this.rows = List.copyOf(rows);
        this.h = h;
    }

    /** One row per parameter, in the order the parameters were given. */
    public List<Row> rows() {
        return rows;
    }

    /** The step h of the central difference. */
    public double h() {
        return h;
    }

    /** The largest relative error over all parameters. */
    public double maxRelativeError() {
        return worst().relativeError();
    }

    /** The parameter whose two gradients disagree most. */
    public Row worst() {
        return rows.stream().max(Comparator.comparingDouble(Row::relativeError)).orElseThrow();
    }

    /** True when every relative error is at most {@code tolerance}. */
    public boolean passes(double tolerance) {
        return maxRelativeError() <= tolerance;
    }

    /** "16 parameters, max relative error 3.1e-10 (w7)". */
    @Override
    public String toString() {
        Row worst = worst();
        return rows.size() + " parameters, max relative error "
                + String.format(Locale.ROOT, "%.2e", worst.relativeError()) + " (" + worst.name() + ")";
    }
}
