package bp.check;

import bp.book.BookNetwork;
import bp.book.Net221;
import bp.book.Net2231;
import bp.book.SharedBias221;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClosedFormsTest {

    private static final double[] X = {0.5, -1.2};
    private static final double Y = 0.8;

    @Test
    void threeWaysHasOneRowPerParameterAndAgreeingColumns() {
        Net221 net = Net221.example();
        Table t = ClosedForms.threeWays(net, X, Y);

        assertEquals(net.parameterNames(), t.stringColumn("parameter").asList());
        assertEquals(net.gradient(X, Y).get("w4"), t.doubleColumn("closed form").get(3), 0.0);
        assertTrue(t.doubleColumn("|closed − numeric|").max() < 1e-9, t.print());
        assertTrue(t.doubleColumn("|closed − general|").max() < 1e-12, t.print());
    }

    @Test
    void theGeneralLoopAndMatrixFormsReproduceEveryBookNetwork() {
        Random random = new Random(3);
        for (int seed = 0; seed < 10; seed++) {
            for (BookNetwork book : List.of(Net221.random(seed), SharedBias221.random(seed), Net2231.random(seed))) {
                double[] x = {4 * random.nextDouble() - 2, 4 * random.nextDouble() - 2};
                double y = random.nextDouble();
                assertTrue(ClosedForms.maxDifferenceFromLoop(book, x, y) < 1e-12, book.toString());
                assertTrue(ClosedForms.maxDifferenceFromMatrix(book, x, y) < 1e-12, book.toString());
            }
        }
    }

    @Test
    void againstGeneralHasARowPerKindWithItsParameterCountAndTinyDifferences() {
        Map<String, LongFunction<? extends BookNetwork>> kinds = new LinkedHashMap<>();
        kinds.put("2-2-1", Net221::random);
        kinds.put("2-2-3-1", Net2231::random);
        Table t = ClosedForms.againstGeneral(kinds, 5, 1);

        assertEquals(List.of("2-2-1", "2-2-3-1"), t.stringColumn("network").asList());
        assertEquals(List.of(9, 16), t.intColumn("parameters").asList());
        assertTrue(t.doubleColumn("max |closed − loop|").max() < 1e-12, t.print());
        assertTrue(t.doubleColumn("max |closed − matrix|").max() < 1e-12, t.print());
        assertTrue(t.doubleColumn("max |closed − loop|").min() >= 0);
    }
}
