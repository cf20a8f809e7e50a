package bp.check;

import bp.book.BookNetwork;
import bp.book.Net221;
import bp.book.Net2231;
import bp.book.SharedBias221;
import org.junit.jupiter.api.Test;

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
        List<ThreeWays> rows = ClosedForms.threeWays(net, X, Y);

        assertEquals(net.parameterNames(), rows.stream().map(ThreeWays::parameter).toList());
        assertEquals(net.gradient(X, Y).get("w4"), rows.get(3).closedForm(), 0.0);
        for (ThreeWays row : rows) {
            assertTrue(row.closedMinusNumeric() < 1e-9, row.toString());
            assertTrue(row.closedMinusGeneral() < 1e-12, row.toString());
            assertEquals(Math.abs(row.closedForm() - row.centralDifference()), row.closedMinusNumeric(), 0.0);
        }
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
        List<AgreementWithGeneral> rows = ClosedForms.againstGeneral(kinds, 5, 1);

        assertEquals(List.of("2-2-1", "2-2-3-1"), rows.stream().map(AgreementWithGeneral::network).toList());
        assertEquals(List.of(9, 16), rows.stream().map(AgreementWithGeneral::parameters).toList());
        for (AgreementWithGeneral row : rows) {
            assertEquals(5, row.trials());
            assertTrue(row.maxLoopDifference() >= 0 && row.maxLoopDifference() < 1e-12, row.toString());
            assertTrue(row.maxMatrixDifference() >= 0 && row.maxMatrixDifference() < 1e-12, row.toString());
        }
    }
}
