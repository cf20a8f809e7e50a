package bp.notebook;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
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

    /**
     * Prints {@code column} in scientific notation, 1.23E-11, so tiny differences stay readable,
     * and an exact 0 as 0 (not 0.00E0); returns it.
     */
    public static DoubleColumn scientific(DoubleColumn column) {
        column.setPrintFormatter(new NumberColumnFormatter(new Scientific()));
        return column;
    }

    /** 1.23E-11, and 0 for an exact zero. */
    private static final class Scientific extends DecimalFormat {
        private static final long serialVersionUID = 1L;

        Scientific() {
            super("0.00E0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        }

        @Override
        public StringBuffer format(double value, StringBuffer to, FieldPosition position) {
            return value == 0 ? to.append('0') : super.format(value, to, position);
        }
    }
}
