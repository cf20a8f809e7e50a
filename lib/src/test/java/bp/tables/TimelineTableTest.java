package bp.tables;

import bp.history.Timeline;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineTableTest {

    @Test
    void oneRowPerMilestoneInTheSameOrder() {
        Table table = TimelineTable.of();
        assertEquals(List.of("year", "who", "milestone", "work"), table.columnNames());
        assertEquals(Timeline.milestones().size(), table.rowCount());
        assertEquals(1986, table.intColumn("year").get(4));
        assertEquals("D. E. Rumelhart, G. E. Hinton, R. J. Williams", table.stringColumn("who").get(4));
        assertEquals(Timeline.milestones().get(12).milestone(), table.stringColumn("milestone").get(12));
    }

    @Test
    void refusesAnEmptyList() {
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> TimelineTable.of(List.of()));
        assertTrue(empty.getMessage().contains("at least one"));
    }
}
