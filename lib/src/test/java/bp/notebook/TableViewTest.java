package bp.notebook;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.*;

class TableViewTest {

    private static Table demo() {
        return Table.create("x & <y>", IntColumn.create("step", 0, 1, 2),
                DoubleColumn.create("x", 61.465599999999995, -6.800000000000001, 3.2e-11),
                StringColumn.create("who", "Rumelhart, Hinton & Williams", "b", "c"));
    }

    @Test
    void unformattedDecimalsKeepTheDigitsThatMatter() {
        String html = TableView.of(demo()).html();
        assertTrue(html.contains(">61.4656<"), html);
        assertTrue(html.contains(">-6.8<"), html);
        assertTrue(html.contains(">3.2e-11<"), html);
        assertFalse(html.contains("61.4655999"), html);
    }

    @Test
    void columnsWithTheirOwnFormatKeepIt() {
        Table t = demo();
        Tables.scientific(t.doubleColumn("x"));
        String text = TableView.of(t).text();
        assertTrue(text.contains("6.15E1"), text);
    }

    @Test
    void htmlIsEscapedNamedAndAlignsNumbersRight() {
        String html = TableView.of(demo()).html();
        assertTrue(html.contains("<caption"), html);
        assertTrue(html.contains("white-space:nowrap"), "the table's name stays on one line above a narrow table: " + html);
        assertTrue(html.contains("x &amp; &lt;y&gt;"), html);
        assertTrue(html.contains("Rumelhart, Hinton &amp; Williams"), html);
        assertTrue(html.contains("<th style=\"text-align:right\">x</th>"), html);
        assertTrue(html.contains("<th style=\"text-align:left\">who</th>"), html);
    }

    @Test
    void textIsAlignedAndRounded() {
        String[] lines = TableView.of(demo()).text().split("\n");
        assertEquals("x & <y>", lines[0]);
        assertEquals(lines[1].length(), lines[2].length());
        assertTrue(lines[2].contains("61.4656"), lines[2]);
    }

    @Test
    void aLongTableShowsItsFirstAndLastRowsAndHowManyThereAre() {
        Table t = Table.create("long", IntColumn.create("k", java.util.stream.IntStream.range(0, 100).toArray()));
        String html = TableView.of(t).html();
        assertTrue(html.contains(">14<") && html.contains(">99<") && !html.contains(">50<"), html);
        assertTrue(html.contains("100 rows in all"), html);
    }

    @Test
    void longDecimalsInTheTableNameAreRoundedAndTheRestIsKept() {
        Table t = Table.create("paths of w5: sum = 0.002579338861889932, η = 0.5, 3 paths",
                IntColumn.create("k", 1));
        String html = TableView.of(t).html();
        assertTrue(html.contains("paths of w5: sum = 0.00257934, η = 0.5, 3 paths"), html);
        assertEquals("v1.2.3 and 12.34567 stay", Numbers.roundedIn("v1.2.3 and 12.34567 stay"));
        assertEquals("x = -6.8", Numbers.roundedIn("x = -6.800000000000001"));
    }

    @Test
    void numbersReadable() {
        assertEquals("0", Numbers.readable(-0.0));
        assertEquals("1", Numbers.readable(1.0));
        assertEquals("9.37895", Numbers.readable(9.37894528));
        assertEquals("0.0001", Numbers.readable(1e-4));
        assertEquals("1.23e-5", Numbers.readable(1.234567e-5));
        assertEquals("2.5e+6", Numbers.readable(2.5e6));
        assertEquals("NaN", Numbers.readable(Double.NaN));
        assertEquals("−∞", Numbers.readable(Double.NEGATIVE_INFINITY));
    }
}
