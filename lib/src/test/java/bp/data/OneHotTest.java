package bp.data;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class OneHotTest {

    @Test
    void encodePutsASingleOneAtTheClass() {
        assertArrayEquals(new double[]{0, 1, 0}, OneHot.encode(1, 3));
        double[][] y = OneHot.encode(new int[]{2, 0}, 3);
        assertArrayEquals(new double[]{0, 0, 1}, y[0]);
        assertArrayEquals(new double[]{1, 0, 0}, y[1]);
    }

    @Test
    void aClassOutsideTheRangeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OneHot.encode(3, 3));
        assertTrue(e.getMessage().contains("class 3 of 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OneHot.encode(-1, 3));
        assertThrows(IllegalArgumentException.class, () -> OneHot.encode(0, 0));
    }

    @Test
    void argmaxIsTheIndexOfTheLargestEntryAndTheFirstOnATie() {
        assertEquals(2, OneHot.argmax(new double[]{0.1, 0.3, 0.6}));
        assertEquals(0, OneHot.argmax(new double[]{0.7, 0.2, 0.1}));
        assertEquals(1, OneHot.argmax(new double[]{0.2, 0.4, 0.4}));
        assertThrows(IllegalArgumentException.class, () -> OneHot.argmax(new double[0]));
    }

    @Test
    void shuffleOrderIsAPermutationThatRepeatsWithItsSeed() {
        int[] a = Shuffle.order(50, new Random(3));
        int[] b = Shuffle.order(50, new Random(3));
        assertArrayEquals(a, b);
        int[] sorted = a.clone();
        Arrays.sort(sorted);
        for (int k = 0; k < 50; k++) {
            assertEquals(k, sorted[k]);
        }
    }
}
