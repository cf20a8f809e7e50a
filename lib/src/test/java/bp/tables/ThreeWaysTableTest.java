package bp.tables;

import bp.book.Net221;
import bp.check.ClosedForms;
import bp.check.ThreeWays;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThreeWaysTableTest {

    @Test
    void oneRowPerParameterWithTheThreeGradientsAndTheirDifferences() {
        Net221 net = Net221.example();
        List<ThreeWays> rows = ClosedForms.threeWays(net, new double[] {0.5, -1.2}, 0.8);
        Table table = ThreeWaysTable.of(rows);

        assertEquals(List.of("parameter", "closed form", "central difference", "general (ch. 5)",
                "|closed − numeric|", "|closed − general|"), table.columnNames());
        assertEquals(net.parameterNames(), table.stringColumn("parameter").asList());
        assertEquals(rows.get(3).closedForm(), table.doubleColumn("closed form").get(3));
        assertEquals(rows.get(3).closedMinusNumeric(), table.doubleColumn("|closed − numeric|").get(3));
        assertTrue(table.doubleColumn("|closed − general|").max() < 1e-12, table.print());
    }

    @Test
    void refusesAnEmptyList() {
        assertThrows(IllegalArgumentException.class, () -> ThreeWaysTable.of(List.of()));
    }
}
