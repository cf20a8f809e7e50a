package bp.notebook;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One line of progress for a long computation in a notebook, e.g.
 * {@code epoch 120/300  loss 0.0831  val acc 0.95}.
 *
 * <p>Nothing is shown for a run that ends within {@link #DELAY_NANOS} (2 s): short cells stay
 * clean. After that the line appears in the cell's output and is updated in place at most
 * every {@link #INTERVAL_NANOS} (0.25 s). Outside IJava (unit tests, a plain JVM) nothing is
 * shown at all. A failure of the display is swallowed and switches the display off: progress
 * never breaks the computation it reports on.
 */
public final class LiveProgress {

    /** How long a run goes before its progress line appears. */
    public static final long DELAY_NANOS = 2_000_000_000L;

    /** The shortest time between two updates of the line. */
    public static final long INTERVAL_NANOS = 250_000_000L;

    private final LongSupplier clock;
    private final long started;
    private Output output;
    private String id;
    private long lastShown;

    LiveProgress(Output output, LongSupplier clock) {
        this.output = output;
        this.clock = clock;
        this.started = clock.getAsLong();
    }

    /** Starts the clock; shows into IJava's cell output when running inside IJava. */
    public static LiveProgress start() {
        return new LiveProgress(IJavaOutput.find().orElse(null), System::nanoTime);
    }

    /** Offers the current state; the line is built (and shown) only when it is time to. */
    public void report(Supplier<String> line) {
        long now = clock.getAsLong();
        if (output == null || now - started < DELAY_NANOS || (id != null && now - lastShown < INTERVAL_NANOS)) {
            return;
        }
        lastShown = now;
        put(line.get());
    }

    /** The final state, shown only if the progress line is already on screen. */
    public void finish(String line) {
        if (id != null && output != null) {
            put(line);
        }
    }

    /** True once the line has appeared in the notebook. */
    public boolean shown() {
        return id != null;
    }

    private void put(String line) {
        try {
            if (id == null) {
                id = output.show(line);
                if (id == null) {
                    output = null;
                }
            } else {
                output.update(id, line);
            }
        } catch (RuntimeException | LinkageError e) {
            output = null;
        }
    }
}
