package bp.notebook;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

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

    /** Prints {@code column} in scientific notation, 1.23E-11, so tiny differences stay readable; returns it. */
    public static DoubleColumn scientific(DoubleColumn column) {
        column.setPrintFormatter(new NumberColumnFormatter(
                new DecimalFormat("0.00E0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        return column;
    }
}
