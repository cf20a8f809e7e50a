package bp.notebook;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Named lines in the output of the cell that is running: the first {@link #put} of a name in a
 * cell run shows a line, later ones in the same run replace it, and {@link #clear} empties it.
 * An exercise check uses this to report once per cell, however many tests the cell holds.
 *
 * <p>Outside IJava (a plain JVM, a unit test) nothing can be replaced: each {@link #put}
 * prints its text on a line of its own and {@link #clear} does nothing.
 */
public final class CellLines {

    private final Output output;
    private final Supplier<Object> currentRun;
    private final Map<String, String> ids = new HashMap<>();
    private Object run;

    CellLines(Output output, Supplier<Object> currentRun) {
        this.output = output;
        this.currentRun = currentRun;
    }

    /** Lines in IJava's cell output when running inside IJava, else printed lines. */
    public static CellLines inNotebook() {
        Output ijava = IJavaOutput.find().orElse(null);
        if (ijava == null || IJavaOutput.executionCount().isEmpty()) {
            return new CellLines(null, () -> null);
        }
        return new CellLines(ijava, () -> IJavaOutput.executionCount().orElse(null));
    }

    /** Shows {@code text} on the line called {@code name}, replacing what this cell run showed there. */
    public synchronized void put(String name, String text) {
        if (output == null) {
            System.out.println(text);
            return;
        }
        forgetEarlierRuns();
        String id = ids.get(name);
        try {
            if (id == null) {
                id = output.show(text);
                if (id != null) {
                    ids.put(name, id);
                }
            } else {
                output.update(id, text);
            }
        } catch (RuntimeException | LinkageError e) {
            System.out.println(text);
        }
    }

    /** Empties the line called {@code name} if this cell run showed it. */
    public synchronized void clear(String name) {
        if (output == null) {
            return;
        }
        forgetEarlierRuns();
        String id = ids.remove(name);
        if (id != null) {
            try {
                output.update(id, "");
            } catch (RuntimeException | LinkageError e) {
                // the line stays: the error that follows still tells the learner
            }
        }
    }

    /** A line shown by an earlier cell run is never touched again: each run starts afresh. */
    private void forgetEarlierRuns() {
        Object now = currentRun.get();
        if (now == null || !Objects.equals(now, run)) {
            ids.clear();
            run = now;
        }
    }
}
