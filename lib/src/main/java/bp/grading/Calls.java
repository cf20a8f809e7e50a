package bp.grading;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The answer methods of a master notebook, as the grader runs it (see the package doc).
 *
 * <p>The grader renames each answer method {@code m} of the master to {@code m$model} and puts
 * a method {@code m} in front of it that calls {@link #answer}. Inside a check cell (the grader
 * begins each one with {@link #enter}) a call is recorded (collect mode) or answered from the
 * student's tape (replay mode); anywhere else the model answer runs, so the master's teaching
 * cells behave as always.
 */
public final class Calls {

    /** Exceptions an answer may have thrown that are re-thrown as themselves on replay. */
    private static final Set<String> KNOWN = Set.of(
            "java.lang.UnsupportedOperationException", "java.lang.IllegalArgumentException",
            "java.lang.IllegalStateException", "java.lang.ArithmeticException",
            "java.lang.ArrayIndexOutOfBoundsException", "java.lang.IndexOutOfBoundsException",
            "java.lang.NullPointerException", "java.lang.ClassCastException",
            "java.lang.NegativeArraySizeException", "java.lang.NumberFormatException");

    private enum Mode { MODEL, COLLECT, REPLAY }

    private static Mode mode = Mode.MODEL;
    private static Path callFile;
    private static Map<String, CallLog.Line> collected = Map.of();
    private static Map<String, CallLog.Line> tape = Map.of();
    private static String cell;
    private static int index;
    private static int depth;          // > 0 while an answer runs: calls it makes are its own business

    private Calls() {
    }

    /** Records every call a check makes into {@code file}, answering with the model answers. */
    public static void collect(String file) {
        mode = Mode.COLLECT;
        callFile = Path.of(file);
    }

    /** Answers the checks' calls from the student's {@code tapeFile}, matched to {@code callsFile}. */
    public static void replay(String callsFile, String tapeFile) {
        if (!Files.isRegularFile(Path.of(callsFile))) throw new IllegalStateException("grading: no call log " + callsFile);
        mode = Mode.REPLAY;
        collected = CallLog.read(Path.of(callsFile));
        tape = CallLog.read(Path.of(tapeFile));
    }

    /** A check cell begins: its calls are counted from 0. */
    public static void enter(String checkCell) {
        cell = checkCell;
        index = 0;
    }

    /** A cell that is not a check begins. */
    public static void leave() {
        cell = null;
    }

    /** What the answer method {@code method} returns for these arguments (see the class doc). */
    public static Object answer(String method, Supplier<Object> model, Object... arguments) {
        if (cell == null || mode == Mode.MODEL || depth > 0) return model.get();
        int position = index++;
        String payload = CallLog.serialize(arguments);
        if (mode == Mode.COLLECT) {
            CallLog.append(callFile, new CallLog.Line(cell, position, method, payload));
            depth++;
            try {
                Object value = model.get();
                Tape.encode(value);     // the student's answer must be able to travel the same way
                return value;
            } finally {
                depth--;
            }
        }
        CallLog.Line expected = collected.get(CallLog.key(cell, position));
        if (expected == null || !expected.method().equals(method) || !expected.payload().equals(payload)) {
            throw new IllegalStateException("your answers made this check take another path than the model "
                    + "answer does, so call " + (position + 1) + " to " + method + " has no recorded answer");
        }
        CallLog.Line answered = tape.get(CallLog.key(cell, position));
        if (answered == null) {
            throw new IllegalStateException(method + " gave no answer: it did not compile, ran past the time "
                    + "limit, or the kernel stopped before it returned");
        }
        return unpack(Tape.decode(answered.payload()));
    }

    private static Object unpack(Object value) {
        if (!(value instanceof Tape.Thrown thrown)) return value;
        if (thrown.type().equals("java.lang.StackOverflowError")) throw new StackOverflowError(thrown.message());
        if (KNOWN.contains(thrown.type())) throw rethrown(thrown);
        throw new RuntimeException(thrown.type() + (thrown.message().isEmpty() ? "" : ": " + thrown.message()));
    }

    private static RuntimeException rethrown(Tape.Thrown thrown) {
        try {
            return (RuntimeException) Class.forName(thrown.type()).getConstructor(String.class).newInstance(thrown.message());
        } catch (ReflectiveOperationException e) {
            return new RuntimeException(thrown.type() + ": " + thrown.message());
        }
    }
}
