package bp.grading;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * Runs in the student's sandboxed kernel: calls the student's own answer method with the
 * arguments the master's checks used, and writes each result, or what it threw, to the tape.
 * The student's kernel never sees the checks themselves, only these arguments.
 */
public final class Answers {

    private Answers() {
    }

    /**
     * Answers every recorded call of {@code method} in check cell {@code cell}: {@code call} is
     * the student's method applied to one call's arguments (the grader writes it, with casts).
     */
    public static void run(String callsFile, String tapeFile, String cell, String method,
                           Function<Object[], Object> call) {
        Path tape = Path.of(tapeFile);
        for (CallLog.Line line : CallLog.of(CallLog.read(Path.of(callsFile)), cell, method)) {
            String answer;
            try {
                answer = Tape.encode(call.apply(CallLog.deserialize(line.payload())));
            } catch (RuntimeException | StackOverflowError | AssertionError e) {
                answer = Tape.encodeThrown(e);
            }
            CallLog.append(tape, new CallLog.Line(cell, line.index(), method, answer));
        }
    }
}
