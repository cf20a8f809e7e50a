package bp.tables;

import bp.check.CheckResult;
import bp.check.GradientCheck;
import bp.general.Network;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradientCheckTableTest {

    @Test
    void oneRowPerParameterWithBothGradientsAndTheirRelativeError() {
        Network net = Network.layers(2, 2, 1).build().initUniform(6);
        CheckResult result = GradientCheck.of(net, new double[] {1, 2}, new double[] {0});
        Table table = GradientCheckTable.of(result);

        assertEquals(List.of("parameter", "analytic", "numeric", "relative error"), table.columnNames());
        assertEquals(8, table.rowCount());
        assertEquals("w^1_{0,0}", table.stringColumn("parameter").get(0));
        for (int row = 0; row < 8; row++) {
            CheckResult.Row expected = result.rows().get(row);
            assertEquals(expected.analytic(), table.doubleColumn("analytic").get(row));
            assertEquals(expected.numeric(), table.doubleColumn("numeric").get(row));
            assertEquals(expected.relativeError(), table.doubleColumn("relative error").get(row));
        }
        assertTrue(table.name().contains("h = " + GradientCheck.H), table.name());
    }

    @Test
    void theRelativeErrorIsPrintedInScientificNotation() {
        Network net = Network.layers(2, 2, 1).build().initUniform(6);
        Table table = GradientCheckTable.of(GradientCheck.of(net, new double[] {1, 2}, new double[] {0}));
        assertTrue(table.doubleColumn("relative error").getString(0).contains("E"), table.print());
    }

    @Test
    void refusesAMissingResult() {
        assertThrows(IllegalArgumentException.class, () -> GradientCheckTable.of(null));
    }
}
