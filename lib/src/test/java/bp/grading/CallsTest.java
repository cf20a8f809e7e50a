package bp.grading;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Collect, answer and replay in one JVM, as the grader does in three. */
class CallsTest {

    @TempDir
    Path folder;

    static double model(double x) {
        return x * x;
    }

    static double wrapped(double x) {
        return (double) Calls.answer("square", () -> model(x), x);
    }

    @AfterEach
    void back() {
        Calls.leave();
        Calls.collect(folder.resolve("unused").toString());
    }

    @Test
    void aCheckJudgesTheStudentsTapedAnswers() throws Exception {
        Path calls = folder.resolve("calls.tsv");
        Path tape = folder.resolve("tape.tsv");
        Calls.collect(calls.toString());
        Calls.leave();
        assertEquals(4.0, wrapped(2));                       // outside a check: the model answer, not recorded
        Calls.enter("check-1");
        assertEquals(9.0, wrapped(3));
        assertEquals(16.0, wrapped(4));
        assertEquals(2, Files.readAllLines(calls).size());

        Answers.run(calls.toString(), tape.toString(), "check-1", "square",
                a -> (double) a[0] == 3 ? 9.0 : -1.0);     // the student: right once, wrong once

        Calls.replay(calls.toString(), tape.toString());
        Calls.enter("check-1");
        assertEquals(9.0, wrapped(3));
        assertEquals(-1.0, wrapped(4));
        var moved = assertThrows(IllegalStateException.class, () -> wrapped(5));
        assertTrue(moved.getMessage().contains("another path"), moved.getMessage());
    }

    @Test
    void aThrowingOrMissingAnswerIsReplayedAsAFailure() throws Exception {
        Path calls = folder.resolve("calls.tsv");
        Path tape = folder.resolve("tape.tsv");
        Calls.collect(calls.toString());
        Calls.enter("check-2");
        wrapped(1);
        wrapped(2);
        Answers.run(calls.toString(), tape.toString(), "check-2", "square", a -> {
            if ((double) a[0] == 1) throw new UnsupportedOperationException("exercise x: replace this line");
            throw new StackOverflowError();
        });
        Files.writeString(tape, Files.readString(tape).lines().findFirst().orElseThrow() + "\n");  // the second never came
        Calls.replay(calls.toString(), tape.toString());
        Calls.enter("check-2");
        var stub = assertThrows(UnsupportedOperationException.class, () -> wrapped(1));
        assertEquals("exercise x: replace this line", stub.getMessage());
        var missing = assertThrows(IllegalStateException.class, () -> wrapped(2));
        assertTrue(missing.getMessage().contains("gave no answer"), missing.getMessage());
    }
}
