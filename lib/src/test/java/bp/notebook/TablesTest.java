package bp.notebook;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TablesTest {

    @Test
    void decimalColumnsPrintWithTheGivenDigitsAndValuesStay() {
        Table t = Table.create("t", StringColumn.create("name", "a"), DoubleColumn.create("x", 0.123456789));
        assertSame(t, Tables.rounded(t, 3));
        assertEquals("0.123", t.doubleColumn("x").getString(0));
        assertEquals(0.123456789, t.doubleColumn("x").get(0));
        assertTrue(t.print().contains("0.123") && !t.print().contains("0.1234"), t.print());
    }

    @Test
    void negativeDigitsAreRefused() {
        Table t = Table.create("t", DoubleColumn.create("x", 1.5));
        var e = assertThrows(IllegalArgumentException.class, () -> Tables.rounded(t, -1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }

    @Test
    void scientificPrintsAnExactZeroAsZero() {
        DoubleColumn c = Tables.scientific(DoubleColumn.create("d", 0.0, 8.67e-19));
        assertEquals("0", c.getString(0));
        assertEquals("8.67E-19", c.getString(1));
    }

    @Test
    void scientificPrintsTinyNumbersWithAnExponent() {
        DoubleColumn c = Tables.scientific(DoubleColumn.create("d", 1.234e-11, 0.5));
        assertEquals("1.23E-11", c.getString(0));
        assertEquals("5.00E-1", c.getString(1));
    }
}
