package bp.tables;

import bp.check.CheckResult;
import bp.notebook.Tables;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** What a gradient check found, as a table: one row per parameter, the relative error in scientific notation. */
public final class GradientCheckTable {

    private GradientCheckTable() {
    }

    /** The columns parameter, analytic, numeric, relative error; the step h in the table's name. */
    public static Table of(CheckResult result) {
        if (result == null) {
            throw new IllegalArgumentException("no check result: pass e.g. GradientCheck.of(net, x, y)");
        }
        var rows = result.rows();
        return Table.create("gradient check, h = " + result.h(),
                StringColumn.create("parameter", rows.stream().map(CheckResult.Row::name).toList()),
                DoubleColumn.create("analytic", rows.stream().mapToDouble(CheckResult.Row::analytic).toArray()),
                DoubleColumn.create("numeric", rows.stream().mapToDouble(CheckResult.Row::numeric).toArray()),
                Tables.scientific(DoubleColumn.create("relative error",
                        rows.stream().mapToDouble(CheckResult.Row::relativeError).toArray())));
    }
}
