package bp.tables;

import bp.data.DataSet;
import bp.data.Digits;
import bp.data.Xor;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DigitsTableTest {

    private static final Path DIGITS = Path.of("../datasets/digits.csv.gz");

    @Test
    void sixtyFourInkColumnsThenTheDigitAsTheFileHoldsThem() {
        DataSet digits = Digits.load(DIGITS);
        Table table = DigitsTable.of(digits);

        assertEquals(1797, table.rowCount());
        assertEquals(65, table.columnCount());
        assertEquals("p0", table.column(0).name());
        assertEquals("p63", table.column(63).name());
        assertEquals("digit", table.column(64).name());
        assertEquals(digits.classOf(1796), table.intColumn("digit").get(1796));
        for (int p = 0; p < Digits.PIXELS; p++) {
            assertEquals(digits.x[0][p] * Digits.MAX_INK, table.intColumn(p).get(0), 0.0, "pixel " + p);
        }
        double most = 0;
        double least = Digits.MAX_INK;
        for (int p = 0; p < Digits.PIXELS; p++) {
            most = Math.max(most, table.intColumn(p).max());
            least = Math.min(least, table.intColumn(p).min());
        }
        assertEquals(Digits.MAX_INK, most, 0.0);
        assertEquals(0, least, 0.0);
    }

    @Test
    void refusesADataSetThatIsNotTheDigits() {
        assertThrows(IllegalArgumentException.class, () -> DigitsTable.of(Xor.data()));
        assertThrows(IllegalArgumentException.class, () -> DigitsTable.of(null));
    }
}
