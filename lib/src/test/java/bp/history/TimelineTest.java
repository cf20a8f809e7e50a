package bp.history;

import org.junit.jupiter.api.Test;

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
    void rejectsBlankFieldsAndImpossibleYears() {
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> new Milestone(1986, " ", "work", "what"));
        assertTrue(blank.getMessage().contains("who"));
        IllegalArgumentException year = assertThrows(IllegalArgumentException.class,
                () -> new Milestone(86, "who", "work", "what"));
        assertTrue(year.getMessage().contains("86"));
    }
}
