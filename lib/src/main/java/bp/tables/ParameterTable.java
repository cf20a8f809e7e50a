package bp.tables;

import bp.book.BookNetwork;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Every parameter of one of the book's networks (chapters 2–4): its name, its value and ∂Err/∂p. */
public final class ParameterTable {

    private ParameterTable() {
    }

    /** One row per parameter in the book's order, with ∂Err/∂p for the sample (x, y). */
    public static Table of(BookNetwork net, double[] x, double y) {
        if (net == null) {
            throw new IllegalArgumentException("no network: pass one of the book's networks, e.g. Net221.example()");
        }
        Map<String, Double> gradient = net.gradient(x, y);
        List<String> names = net.parameterNames();
        return Table.create("parameters at x = " + Arrays.toString(x) + ", y = " + y,
                StringColumn.create("name", names),
                DoubleColumn.create("value", names.stream().mapToDouble(net::get).toArray()),
                DoubleColumn.create("gradient", names.stream().mapToDouble(gradient::get).toArray()));
    }
}
