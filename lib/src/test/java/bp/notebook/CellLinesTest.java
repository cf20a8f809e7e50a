package bp.notebook;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

class CellLinesTest {

    /** What the cell output would hold: one entry per shown line, updated in place. */
    static final class Cell implements Output {
        final List<String> lines = new ArrayList<>();

        @Override
        public String show(String text) {
            lines.add(text);
            return String.valueOf(lines.size() - 1);
        }

        @Override
        public void update(String id, String text) {
            lines.set(Integer.parseInt(id), text);
        }
    }

    @Test
    void aSecondPutOfTheSameNameInOneCellRunReplacesTheLine() {
        Cell cell = new Cell();
        CellLines lines = new CellLines(cell, () -> 7);
        lines.put("ch1-a", "✓ ch1-a: right");
        lines.put("ch1-a", "✓ ch1-a: right");
        lines.put("ch1-b", "✓ ch1-b: right");
        assertEquals(List.of("✓ ch1-a: right", "✓ ch1-b: right"), cell.lines);
    }

    @Test
    void clearEmptiesTheLineOfThisRun() {
        Cell cell = new Cell();
        CellLines lines = new CellLines(cell, () -> 7);
        lines.put("ch1-a", "✓ ch1-a: right");
        lines.clear("ch1-a");
        assertEquals(List.of(""), cell.lines);
    }

    @Test
    void aNewCellRunShowsANewLineAndLeavesTheOldOneAlone() {
        Cell cell = new Cell();
        AtomicInteger run = new AtomicInteger(1);
        CellLines lines = new CellLines(cell, run::get);
        lines.put("ch1-a", "✓ ch1-a: right");
        run.set(2);
        lines.clear("ch1-a");
        lines.put("ch1-a", "✓ ch1-a: right");
        assertEquals(List.of("✓ ch1-a: right", "✓ ch1-a: right"), cell.lines);
    }
}
