package bp.tables;

import bp.data.DataSet;
import bp.data.Digits;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The 8×8 digits of chapter 8 as the file holds them: one row per image, the ink 0..16 of each
 * pixel in the columns p0..p63 (row by row from the top left), then the digit written.
 */
public final class DigitsTable {

    private DigitsTable() {
    }

    /** The table of {@code digits} (from {@link Digits#load}), its inputs x = ink/16 turned back into ink. */
    public static Table of(DataSet digits) {
        requireDigits(digits);
        Table table = Table.create("digits");
        for (int p = 0; p < Digits.PIXELS; p++) {
            IntColumn pixel = IntColumn.create("p" + p);
            for (double[] x : digits.x) {
                pixel.append((int) Math.round(x[p] * Digits.MAX_INK));
            }
            table.addColumns(pixel);
        }
        IntColumn digit = IntColumn.create("digit");
        for (int k = 0; k < digits.size(); k++) {
            digit.append(digits.classOf(k));
        }
        return table.addColumns(digit);
    }

    private static void requireDigits(DataSet digits) {
        if (digits == null || digits.inputs() != Digits.PIXELS || digits.outputs() != Digits.CLASSES) {
            throw new IllegalArgumentException("expected the digits data set (" + Digits.PIXELS + " inputs, "
                    + Digits.CLASSES + " classes), got " + (digits == null ? "null" : digits.inputs() + " inputs and "
                    + digits.outputs() + " outputs") + ": pass Digits.load(Path.of(\"../datasets/digits.csv.gz\"))");
        }
    }
}
