package bp.notebook;

import bp.general.Network;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceRegionTest {

    private static final String SOURCE = String.join("\n",
            "class A {",
            "    // region step (shown in chapter 9)",
            "    void step() {",
            "",
            "        x++;",
            "    }",
            "    // endregion step",
            "    // region stepTwice",
            "    void stepTwice() { step(); step(); }",
            "    // endregion stepTwice",
            "}");

    @Test
    void givesTheLinesBetweenTheMarkersDedented() {
        assertEquals(List.of("void step() {", "", "    x++;", "}"), SourceRegion.lines(SOURCE, "step", "A.java"));
    }

    @Test
    void aNameIsNotTakenForAnotherThatStartsWithIt() {
        assertEquals(List.of("void stepTwice() { step(); step(); }"), SourceRegion.lines(SOURCE, "stepTwice", "A.java"));
    }

    @Test
    void aMissingMarkerIsNamedWithWhatToWrite() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SourceRegion.lines(SOURCE, "jump", "A.java"));
        assertTrue(e.getMessage().contains("A.java has no line \"// region jump\""), e.getMessage());
        String noEnd = SOURCE.replace("    // endregion step\n", "");
        e = assertThrows(IllegalStateException.class, () -> SourceRegion.lines(noEnd, "step", "A.java"));
        assertTrue(e.getMessage().contains("no line \"// endregion step\""), e.getMessage());
    }

    @Test
    void aDoubledMarkerIsRefusedWithItsLines() {
        String twice = SOURCE + "\n// region step\n";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SourceRegion.lines(twice, "step", "A.java"));
        assertTrue(e.getMessage().contains("2 lines \"// region step\" (lines [2, 12])"), e.getMessage());
    }

    @Test
    void anEndBeforeItsStartIsRefused() {
        String swapped = "// endregion s\nx\n// region s\n";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SourceRegion.lines(swapped, "s", "B.java"));
        assertTrue(e.getMessage().contains("comes before"), e.getMessage());
    }

    @Test
    void aNameWithSpacesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SourceRegion.lines(SOURCE, "step twice", "A.java"));
    }

    @Test
    void chapterFivesBackpropComesFromTheSourceInsideTheJar() {
        String shown = SourceRegion.of(Network.class, "backprop");
        assertTrue(shown.startsWith("/**\n * The book's general formula"), shown);
        assertTrue(shown.contains("\npublic Gradients backprop(double[] x, double[] y, Gradients g) {\n"), shown);
        assertTrue(shown.endsWith("\n}\n"), shown);
        assertTrue(shown.contains("delta[N][j] = Err.dErr_do(o[N][j], y[j])"), shown);
        assertFalse(shown.contains("region"), shown);
        assertEquals(SourceRegion.of(Network.Builder.class, "backprop"), shown, "a nested class reads its file");
    }
}
