package bp.book;

import bp.data.DataSet;
import bp.data.Xor;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BookTrainingTest {

    private static final DataSet XOR = Xor.data();

    @Test
    void meanErrIsTheAverageOfTheSamplesErr() {
        Net221 net = Net221.example();
        double sum = 0;
        for (int k = 0; k < 4; k++) {
            sum += net.err(XOR.x[k], XOR.y[k][0]);
        }
        assertEquals(sum / 4, BookTraining.meanErr(net, XOR), 1e-15);
    }

    @Test
    void anEpochIsOneStepPerSampleInOrder() {
        Net221 byHand = Net221.random(4);
        Net221 trained = Net221.random(4);
        for (int k = 0; k < 4; k++) {
            byHand.step(XOR.x[k], XOR.y[k][0], 0.5);
        }
        double[] err = BookTraining.errPerEpoch(trained, XOR, 0.5, 1);

        assertEquals(byHand.toString(), trained.toString());
        assertEquals(BookTraining.meanErr(Net221.random(4), XOR), err[0], 0.0);
        assertEquals(BookTraining.meanErr(trained, XOR), err[1], 0.0);
    }

    @Test
    void xorIsReachedFromAGoodStartAndNotFromAStuckOne() {
        int solved = 0;
        for (long seed = 1; seed <= 10; seed++) {
            if (BookTraining.reaches(Net221.random(seed), XOR, 2, 2000, 0.01)) {
                solved++;
            }
        }
        assertTrue(solved >= 5, solved + " of 10 starts solved XOR");
        assertFalse(BookTraining.reaches(Net221.random(1), XOR, 2, 1, 1e-9), "one epoch cannot reach 1e-9");
    }

    @Test
    void theGeneralTwinReachesXorFromTheSameStartsAsTheBookNetworkAtAModerateEta() {
        for (long seed = 1; seed <= 12; seed++) {
            Net2231 book = Net2231.random(seed);
            var twin = book.toNetwork();
            assertEquals(BookTraining.reaches(book, XOR, 2, 2000, 0.01), BookTraining.reaches(twin, XOR, 2, 2000, 0.01),
                    "start " + seed);
            assertEquals(BookTraining.meanErr(book, XOR), bp.train.Metrics.loss(twin, XOR), 1e-9, "start " + seed);
        }
        Thread.currentThread().interrupt();
        assertThrows(CancellationException.class, () -> BookTraining.reaches(Net221.random(1).toNetwork(), XOR, 1, 100, 0.01));
        assertFalse(Thread.currentThread().isInterrupted());
        assertThrows(IllegalArgumentException.class, () -> BookTraining.reaches(Net221.random(1).toNetwork(), XOR, -1, 10, 0.01));
    }

    @Test
    void anInterruptStopsTrainingWithWhatWasDone() {
        Thread.currentThread().interrupt();
        double[] err = BookTraining.errPerEpoch(Net221.random(1), XOR, 1, 100);
        assertArrayEquals(new double[] {BookTraining.meanErr(Net221.random(1), XOR)}, err);
        assertFalse(Thread.currentThread().isInterrupted(), "the flag is cleared");

        Thread.currentThread().interrupt();
        assertThrows(CancellationException.class, () -> BookTraining.reaches(Net221.random(1), XOR, 1, 100, 0.01));
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void dataThatDoesNotFitIsRefused() {
        DataSet three = DataSet.of(new double[][] {{1, 2, 3}}, new double[][] {{1}});
        var e = assertThrows(IllegalArgumentException.class, () -> BookTraining.meanErr(Net221.example(), three));
        assertTrue(e.getMessage().contains("3 inputs"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BookTraining.errPerEpoch(Net221.example(), XOR, 0, 5));
    }

    @Test
    void gapPerStepIsOMinusYBeforeEachStep() {
        double[] x = {1.0, 0.5};
        Net221 byHand = Net221.example();
        double[] gap = BookTraining.gapPerStep(Net221.example(), x, 0.5, 2, 3);

        assertEquals(4, gap.length);
        for (int t = 0; t <= 3; t++) {
            assertEquals(byHand.forward(x).o3 - 0.5, gap[t], 0.0, "step " + t);
            byHand.step(x, 0.5, 2);
        }
        assertArrayEquals(new double[] {0.5 * gap[2] * gap[2]}, BookTraining.errOf(new double[] {gap[2]}));
    }

    @Test
    void signFlipsCountRealChangesOfSideOnly() {
        double[] gap = {0.3, -0.2, -0.1, 0.05, 1e-13, -1e-13, 0.01};
        assertEquals(2, BookTraining.signFlips(gap), "0.3→−0.2 and −0.1→0.05; the 1e-13 noise is not a side");
        assertEquals(1, BookTraining.firstFlip(gap));
        assertEquals(-1, BookTraining.firstFlip(new double[] {0.3, 0.2, 0.1}));
        assertEquals(0, BookTraining.signFlips(new double[] {0.3}));
    }

    @Test
    void aSmallEtaApproachesFromOneSideAndALargeOneOvershoots() {
        double[] x = {1.0, 0.5};
        assertEquals(0, BookTraining.signFlips(BookTraining.gapPerStep(Net221.example(), x, 0.5, 1, 300)));
        assertEquals(1, BookTraining.firstFlip(BookTraining.gapPerStep(Net221.example(), x, 0.5, 20, 300)));
    }
}
