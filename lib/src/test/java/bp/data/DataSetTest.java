package bp.data;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class DataSetTest {

    private static DataSet numbered(int n) {
        double[][] x = new double[n][];
        double[][] y = new double[n][];
        for (int k = 0; k < n; k++) {
            x[k] = new double[]{k, 10 * k};
            y[k] = new double[]{k};
        }
        return DataSet.of(x, y);
    }

    @Test
    void ofNamesTheInputsX1X2AndCopiesTheArrays() {
        double[][] x = {{1, 2}, {3, 4}};
        DataSet data = DataSet.of(x, new double[][]{{0}, {1}});
        x[0][0] = 99;
        assertEquals(1, data.x[0][0]);
        assertEquals(List.of("x1", "x2"), data.featureNames());
        assertEquals(List.of(), data.classNames());
        assertEquals(2, data.size());
        assertEquals(2, data.inputs());
        assertEquals(1, data.outputs());
    }

    @Test
    void emptyDataIsRejectedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataSet.of(new double[0][], new double[0][]));
        assertTrue(e.getMessage().contains("no rows"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DataSet.of(null, new double[][]{{1}}));
        IllegalArgumentException emptyRow = assertThrows(IllegalArgumentException.class,
                () -> DataSet.of(new double[][]{{}}, new double[][]{{1}}));
        assertTrue(emptyRow.getMessage().contains("x[0] is empty"), emptyRow.getMessage());
    }

    @Test
    void rowCountsOfXAndYMustAgree() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataSet.of(new double[][]{{1}, {2}}, new double[][]{{1}}));
        assertTrue(e.getMessage().contains("1 targets (rows of y) for 2 inputs (rows of x)"), e.getMessage());
    }

    @Test
    void raggedRowsAndNonFiniteNumbersAreRejected() {
        IllegalArgumentException ragged = assertThrows(IllegalArgumentException.class,
                () -> DataSet.of(new double[][]{{1, 2}, {3}}, new double[][]{{1}, {0}}));
        assertTrue(ragged.getMessage().contains("x[1]"), ragged.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> DataSet.of(new double[][]{{1, 2}, {3, Double.NaN}}, new double[][]{{1}, {0}}));
        assertTrue(nan.getMessage().contains("x[1][1] = NaN"), nan.getMessage());
    }

    @Test
    void namesMustMatchTheColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DataSet(new double[][]{{1, 2}}, new double[][]{{1, 0}}, List.of("a"), List.of()));
        assertTrue(e.getMessage().contains("expected 2 names"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new DataSet(new double[][]{{1}}, new double[][]{{1, 0}}, List.of("a"), List.of("only one")));
    }

    @Test
    void theSameSeedGivesTheSameOrderAndKeepsEachXWithItsY() {
        DataSet data = numbered(20);
        DataSet a = data.shuffle(42);
        DataSet b = data.shuffle(42);
        DataSet c = data.shuffle(43);
        assertArrayEquals(a.x, b.x);
        assertFalse(Arrays.deepEquals(a.x, c.x));
        assertFalse(Arrays.deepEquals(a.x, data.x), "a shuffle of 20 rows should move something");
        Set<Double> seen = new HashSet<>();
        for (int k = 0; k < a.size(); k++) {
            assertEquals(a.x[k][0], a.y[k][0]);
            assertEquals(10 * a.x[k][0], a.x[k][1]);
            seen.add(a.y[k][0]);
        }
        assertEquals(20, seen.size());
    }

    @Test
    void splitTakesTheFirstNThenTheRest() {
        DataSet.Split split = numbered(10).split(7);
        assertEquals(7, split.train().size());
        assertEquals(3, split.validation().size());
        assertEquals(0, split.train().x[0][0]);
        assertEquals(6, split.train().x[6][0]);
        assertEquals(7, split.validation().x[0][0]);
        assertEquals(9, split.validation().x[2][0]);
    }

    @Test
    void splitNeedsTwoNonEmptyParts() {
        DataSet data = numbered(10);
        for (int n : new int[]{0, 10, -1, 11}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> data.split(n));
            assertTrue(e.getMessage().contains("n = " + n), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> data.rows(5, 5));
        assertThrows(IllegalArgumentException.class, () -> data.rows(0, 11));
    }

    @Test
    void scaledMapsEachColumnOntoZeroToOne() {
        DataSet data = DataSet.of(new double[][]{{2, 5, -1}, {4, 5, 3}, {3, 5, 1}},
                new double[][]{{0}, {1}, {0}});
        DataSet s = data.scaled();
        assertArrayEquals(new double[]{0, 0, 0}, s.x[0], 1e-15);
        assertArrayEquals(new double[]{1, 0, 1}, s.x[1], 1e-15);
        assertArrayEquals(new double[]{0.5, 0, 0.5}, s.x[2], 1e-15);
        assertArrayEquals(data.y, s.y);
        assertEquals(data.featureNames(), s.featureNames());
    }

    @Test
    void aScalerFittedOnOneSetIsAppliedUnchangedToAnother() {
        DataSet train = DataSet.of(new double[][]{{0, 10}, {2, 20}}, new double[][]{{0}, {1}});
        MinMaxScaler scaler = MinMaxScaler.fit(train);
        assertArrayEquals(new double[]{0, 10}, scaler.min());
        assertArrayEquals(new double[]{2, 20}, scaler.max());
        DataSet other = DataSet.of(new double[][]{{4, 15}}, new double[][]{{1}}).scaled(scaler);
        assertArrayEquals(new double[]{2, 0.5}, other.x[0], 1e-15);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> scaler.apply(new double[]{1}));
        assertTrue(e.getMessage().contains("fitted on 2 inputs"), e.getMessage());
    }

    @Test
    void classOfIsTheArgmaxOfTheTarget() {
        DataSet data = new DataSet(new double[][]{{1}, {2}}, new double[][]{{0, 0, 1}, {1, 0, 0}},
                List.of("size"), List.of("a", "b", "c"));
        assertEquals(2, data.classOf(0));
        assertEquals(0, data.classOf(1));
        assertTrue(data.toString().contains("[a, b, c]"), data.toString());
    }
}
