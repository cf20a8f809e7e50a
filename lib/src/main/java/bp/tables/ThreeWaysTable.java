package bp.tables;

import bp.check.ThreeWays;
import bp.notebook.Tables;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;

/** ∂Err/∂θ three ways (closed form, central difference, general network) as one table. */
public final class ThreeWaysTable {

    private ThreeWaysTable() {
    }

    /** One row per parameter; the two differences in scientific notation, so tiny ones stay readable. */
    public static Table of(List<ThreeWays> rows) {
        if (rows == null || rows.isEmpty()) {
            throw new IllegalArgumentException("no gradients: pass ClosedForms.threeWays(net, x, y)");
        }
        return Table.create("∂Err/∂θ three ways",
                StringColumn.create("parameter", rows.stream().map(ThreeWays::parameter).toList()),
                DoubleColumn.create("closed form", rows.stream().mapToDouble(ThreeWays::closedForm).toArray()),
                DoubleColumn.create("central difference", rows.stream().mapToDouble(ThreeWays::centralDifference).toArray()),
                DoubleColumn.create("general (ch. 5)", rows.stream().mapToDouble(ThreeWays::general).toArray()),
                Tables.scientific(DoubleColumn.create("|closed − numeric|",
                        rows.stream().mapToDouble(ThreeWays::closedMinusNumeric).toArray())),
                Tables.scientific(DoubleColumn.create("|closed − general|",
                        rows.stream().mapToDouble(ThreeWays::closedMinusGeneral).toArray())));
    }
}
