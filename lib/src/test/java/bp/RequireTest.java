package bp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequireTest {

    @Test
    void sameCountNamesBothCountsAndWhatToDo() {
        assertEquals(3, Require.sameCount("targets", 3, "inputs", 3, "give one target per input"));
        var e = assertThrows(IllegalArgumentException.class,
                () -> Require.sameCount("targets", 2, "inputs", 3, "give one target per input"));
        assertEquals("2 targets for 3 inputs: give one target per input", e.getMessage());
        double[] values = {1, 2};
        assertArrayEquals(values, Require.sameCount("values", values, "parameters", 2, "one each"));
        var none = assertThrows(IllegalArgumentException.class,
                () -> Require.sameCount("values", (double[]) null, "parameters", 2, "one each"));
        assertEquals("no values for 2 parameters: one each", none.getMessage());
    }

    @Test
    void notNullGivesTheValueBackOrSaysWhatToPass() {
        assertEquals("x", Require.notNull("name", "x", "pass a name"));
        var e = assertThrows(IllegalArgumentException.class, () -> Require.notNull("schedule", null, "give one"));
        assertEquals("schedule is null: give one", e.getMessage());
    }
}
