package bp.tables;

import bp.book.BookNetwork;
import bp.book.Net221;
import bp.book.Net2231;
import bp.book.SharedBias221;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ParameterTableTest {

    private static final double[] X = {0.5, 1.0};

    @Test
    void everyParameterOfEachBookNetworkWithItsValueAndGradientInBookOrder() {
        for (BookNetwork net : List.of(Net221.example(), SharedBias221.example(), Net2231.example())) {
            Table table = ParameterTable.of(net, X, 1.0);
            Map<String, Double> gradient = net.gradient(X, 1.0);

            assertEquals(List.of("name", "value", "gradient"), table.columnNames());
            assertEquals(net.parameterNames(), table.stringColumn("name").asList());
            for (int row = 0; row < table.rowCount(); row++) {
                String name = table.stringColumn("name").get(row);
                assertEquals(net.get(name), table.doubleColumn("value").get(row), name);
                assertEquals(gradient.get(name), table.doubleColumn("gradient").get(row), name);
            }
        }
    }

    @Test
    void rowCountsFollowTheBook() {
        assertEquals(9, ParameterTable.of(Net221.example(), X, 1).rowCount());
        assertEquals(8, ParameterTable.of(SharedBias221.example(), X, 1).rowCount());
        assertEquals(16, ParameterTable.of(Net2231.example(), X, 1).rowCount());
    }

    @Test
    void refusesANonFiniteTargetAndAMissingNetwork() {
        assertThrows(IllegalArgumentException.class, () -> ParameterTable.of(Net221.example(), X, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> ParameterTable.of(null, X, 1));
    }
}
