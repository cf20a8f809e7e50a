package bp.history;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TimelineTest {

    @Test
    void runsFromTheMcpNeuronToAlphaGoZeroOldestFirst() {
        List<Milestone> all = Timeline.milestones();
        assertEquals(13, all.size());
        assertEquals(1943, all.get(0).year());
        assertTrue(all.get(0).milestone().contains("MCP"));
        assertEquals(2017, all.get(all.size() - 1).year());
        assertTrue(all.get(all.size() - 1).work().contains("AlphaGo Zero"));
        for (int k = 1; k < all.size(); k++) {
            assertTrue(all.get(k - 1).year() < all.get(k).year(), "years must increase at " + all.get(k));
        }
    }

    @Test
    void holdsTheYearsTheChapterRefersTo() {
        List<Integer> years = Timeline.milestones().stream().map(Milestone::year).toList();
        assertEquals(List.of(1943, 1957, 1969, 1974, 1986, 1989, 1991, 2006, 2011, 2012, 2015, 2016, 2017), years);
        assertTrue(Timeline.milestones().get(2).milestone().contains("异或"));
        assertTrue(Timeline.milestones().get(6).milestone().contains("梯度消失"));
    }

    @Test
    void tableHasOneRowPerMilestoneInTheSameOrder() {
        Table table = Timeline.table();
        assertEquals(List.of("year", "who", "milestone", "work"), table.columnNames());
        assertEquals(Timeline.milestones().size(), table.rowCount());
        assertEquals(1986, table.intColumn("year").get(4));
        assertEquals("D. E. Rumelhart, G. E. Hinton, R. J. Williams", table.stringColumn("who").get(4));
        assertEquals(Timeline.milestones().get(12).milestone(), table.stringColumn("milestone").get(12));
    }

    @Test
    void rejectsAnEmptyListAndBlankFields() {
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> Timeline.table(List.of()));
        assertTrue(empty.getMessage().contains("at least one"));
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> new Milestone(1986, " ", "work", "what"));
        assertTrue(blank.getMessage().contains("who"));
        IllegalArgumentException year = assertThrows(IllegalArgumentException.class,
                () -> new Milestone(86, "who", "work", "what"));
        assertTrue(year.getMessage().contains("86"));
    }
}
