package bp.tables;

import bp.book.Net2231;
import bp.general.Network;
import bp.paths.Path;
import bp.paths.PathRule;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PathTableTest {

    private static final double[] X = {0.5, 1.0};
    private static final double[] Y = {1.0};

    @Test
    void oneRowPerPathWithRouteProductAndValue() {
        Network net = Net2231.example().toNetwork();
        List<Path> paths = PathRule.paths(net, "w1", X, Y);
        Table table = PathTable.of(net, paths);

        assertEquals(List.of("path", "product", "value"), table.columnNames());
        assertEquals(3, table.rowCount());
        for (int row = 0; row < 3; row++) {
            assertEquals(paths.get(row).route(), table.stringColumn("path").get(row));
            assertEquals(paths.get(row).symbolic(), table.stringColumn("product").get(row));
            assertEquals(paths.get(row).value(), table.doubleColumn("value").get(row));
        }
        assertTrue(table.name().startsWith("paths of w1: sum = " + PathRule.sum(paths)), table.name());
    }

    @Test
    void refusesMissingInput() {
        assertThrows(IllegalArgumentException.class, () -> PathTable.of(null, List.of()));
    }
}
