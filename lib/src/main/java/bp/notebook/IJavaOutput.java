package bp.notebook;

import java.lang.reflect.Method;
import java.util.Optional;

/**
 * IJava's display API, found by reflection so the library needs no IJava jar: the class
 * {@code io.github.spencerpark.ijava.runtime.Display} with {@code display(Object)} → id and
 * {@code updateDisplay(String id, Object)}. Outside IJava the class is absent and
 * {@link #find()} is empty.
 */
final class IJavaOutput implements Output {

    static final String DISPLAY_CLASS = "io.github.spencerpark.ijava.runtime.Display";

    private final Method display;
    private final Method updateDisplay;

    private IJavaOutput(Method display, Method updateDisplay) {
        this.display = display;
        this.updateDisplay = updateDisplay;
    }

    /** IJava's display when this code runs inside the IJava kernel, else empty (looked up once). */
    static Optional<Output> find() {
        return Lookup.FOUND;
    }

    /** Holds the one lookup, done when first needed. */
    private static final class Lookup {
        static final Optional<Output> FOUND = lookup();
    }

    private static Optional<Output> lookup() {
        for (ClassLoader loader : loaders()) {
            try {
                Class<?> type = Class.forName(DISPLAY_CLASS, true, loader);
                return Optional.of(new IJavaOutput(type.getMethod("display", Object.class),
                        type.getMethod("updateDisplay", String.class, Object.class)));
            } catch (ReflectiveOperationException | LinkageError | SecurityException e) {
                // not in this loader: try the next one
            }
        }
        return Optional.empty();
    }

    private static ClassLoader[] loaders() {
        ClassLoader own = IJavaOutput.class.getClassLoader();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context == null || context == own ? new ClassLoader[]{own} : new ClassLoader[]{own, context};
    }

    @Override
    public String show(String text) {
        try {
            Object id = display.invoke(null, text);
            return id instanceof String s ? s : null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("IJava's display failed", e);
        }
    }

    @Override
    public void update(String id, String text) {
        try {
            updateDisplay.invoke(null, id, text);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("IJava's updateDisplay failed", e);
        }
    }
}
