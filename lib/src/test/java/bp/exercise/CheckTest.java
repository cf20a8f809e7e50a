package bp.exercise;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

class CheckTest {

    private static final String HINT = "the hint";

    @Test
    void aTinyGradientIsCheckedToItsOwnDigitsNotPassedByAnyNumberNearZero() {
        double gradient = 3.2e-8;
        assertDoesNotThrow(() -> Check.close("g", () -> gradient * (1 + 1e-13), gradient, HINT));
        CheckFailed e = assertThrows(CheckFailed.class, () -> Check.close("g", () -> 2 * gradient, gradient, HINT));
        assertTrue(e.getMessage().startsWith("✗ g: your value "), e.getMessage());
        assertThrows(CheckFailed.class, () -> Check.close("g", () -> 0.0, gradient, HINT));
    }

    @Test
    void largeNumbersAreComparedRelatively() {
        assertDoesNotThrow(() -> Check.close("big", () -> 61.465599999999995, 61.4656, HINT));
        assertThrows(CheckFailed.class, () -> Check.close("big", () -> 61.4657, 61.4656, HINT));
        assertTrue(Check.near(1e6 + 1e-4, 1e6));
        assertFalse(Check.near(1e6 + 1, 1e6));
    }

    @Test
    void anAnswerAtRoundingLevelOfAnExpectedZeroPasses() {
        assertTrue(Check.near(1e-17, 0));
        assertFalse(Check.near(1e-12, 0));
    }

    @Test
    void nanAndInfinityAreWrongWithAMessageSayingWhy() {
        CheckFailed nan = assertThrows(CheckFailed.class, () -> Check.close("n", () -> Double.NaN, 1.0, HINT));
        assertTrue(nan.getMessage().contains("NaN (not a number"), nan.getMessage());
        assertTrue(nan.getMessage().endsWith("Hint: " + HINT));
        CheckFailed inf = assertThrows(CheckFailed.class,
                () -> Check.close("i", () -> Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, HINT));
        assertTrue(inf.getMessage().contains("Infinity"), inf.getMessage());
        assertFalse(Check.near(Double.NaN, Double.NaN));
        assertFalse(Check.near(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY));
    }

    @Test
    void aStubIsNotAnsweredYetAndAThrowingAnswerIsNamed() {
        CheckFailed stub = assertThrows(CheckFailed.class, () -> Check.that("s", () -> {
            throw new UnsupportedOperationException("exercise s: replace this line with your code");
        }, HINT));
        assertTrue(stub.getMessage().startsWith("✗ s: not answered yet"), stub.getMessage());
        CheckFailed thrown = assertThrows(CheckFailed.class,
                () -> Check.equal("t", () -> new int[2][5 - 3 * 2], 1, HINT));
        assertTrue(thrown.getMessage().contains("your code threw NegativeArraySizeException"), thrown.getMessage());
    }

    @Test
    void aFailureCarriesNoStackTraceAndIsStillAnAssertionError() {
        AssertionError e = assertThrows(AssertionError.class, () -> Check.equal("e", () -> 2, 3, HINT));
        assertEquals(0, e.getStackTrace().length);
        assertNull(e.getCause());
        assertFalse(e.getMessage().contains("3"), "the expected value must never be shown: " + e.getMessage());
    }

    @Test
    void outsideTheNotebookEachPassPrintsItsLine() {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            Check.that("p", () -> true, HINT);
        } finally {
            System.setOut(original);
        }
        assertEquals("✓ p: right", printed.toString(StandardCharsets.UTF_8).strip());
    }
}
