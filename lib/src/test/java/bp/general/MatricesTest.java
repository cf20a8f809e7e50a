package bp.general;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MatricesTest {

    private final double[][] W = {{1, 2, 3}, {4, 5, 6}};

    @Test
    void timesAndTransposeTimes() {
        assertArrayEquals(new double[] {1 + 4 + 9, 4 + 10 + 18}, Matrices.times(W, new double[] {1, 2, 3}));
        assertArrayEquals(new double[] {1 + 8, 2 + 10, 3 + 12}, Matrices.transposeTimes(W, new double[] {1, 2}));
        assertArrayEquals(Matrices.times(Matrices.transpose(W), new double[] {1, 2}),
                Matrices.transposeTimes(W, new double[] {1, 2}));
    }

    @Test
    void transposeSwapsRowsAndColumns() {
        double[][] t = Matrices.transpose(W);
        assertEquals(3, t.length);
        assertArrayEquals(new double[] {3, 6}, t[2]);
    }

    @Test
    void outerHadamardAndFriends() {
        double[][] outer = Matrices.outer(new double[] {2, 3}, new double[] {1, 10, 100});
        assertArrayEquals(new double[] {2, 20, 200}, outer[0]);
        assertArrayEquals(new double[] {3, 30, 300}, outer[1]);
        assertArrayEquals(new double[] {2, -6}, Matrices.hadamard(new double[] {1, 2}, new double[] {2, -3}));
        assertArrayEquals(new double[] {-1, 5}, Matrices.minus(new double[] {1, 7}, new double[] {2, 2}));
        assertArrayEquals(new double[] {3, 9}, Matrices.plus(new double[] {1, 7}, new double[] {2, 2}));
        assertEquals(6, Matrices.sum(new double[] {1, 2, 3}));
    }
}
