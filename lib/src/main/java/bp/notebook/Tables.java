package bp.notebook;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/** Tablesaw tables made easier to read in a notebook. */
public final class Tables {

    private Tables() {
    }

    /** Prints every decimal column of {@code table} with {@code digits} decimals; returns the same table. */
    public static Table rounded(Table table, int digits) {
        if (digits < 0) {
            throw new IllegalArgumentException("digits = " + digits + ": give 0 or more decimals to show");
        }
        for (var column : table.columns()) {
            if (column instanceof DoubleColumn decimals) {
                decimals.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(digits));
            }
        }
        return table;
    }
}
