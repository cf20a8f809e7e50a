package bp.tables;

import bp.descent.GradientDescent;
import bp.descent.Objective;
import bp.descent.Trace;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TraceTableTest {

    @Test
    void oneRowPerStepWithXYAndTheChange() {
        Trace t = GradientDescent.on(Objective.PARABOLA).from(10).eta(0.01).steps(3).run();
        Table table = TraceTable.of(t);

        assertEquals(List.of("step", "x", "y", "dx"), table.columnNames());
        assertEquals(3, table.rowCount());
        assertEquals(2, table.intColumn("step").get(2));
        assertEquals(t.x(1), table.doubleColumn("x").get(1));
        assertEquals(64.0, table.doubleColumn("y").get(0));
        assertEquals(t.dx(2), table.doubleColumn("dx").get(2));
        assertTrue(table.name().contains("η = 0.01"), table.name());
    }

    @Test
    void refusesAMissingTrace() {
        assertThrows(IllegalArgumentException.class, () -> TraceTable.of(null));
    }
}
