package bp.charts;

import bp.data.DataSet;
import bp.general.Network;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class DigitImagesTest {

    /** Two 2×2 images: the first all ink, the second blank. */
    private static final List<double[]> TWO = List.of(new double[] {1, 1, 1, 1}, new double[] {0, 0, 0, 0});

    @Test
    void inkIsDarkAndBlankIsWhiteInTheirCells() {
        BufferedImage image = DigitImages.grid("two", TWO, List.of(new String[] {"a"}, new String[] {"b"}), 2);
        int cell = 2 * DigitImages.SCALE + 2 * DigitImages.PAD;
        int y = DigitImages.TITLE + DigitImages.PAD + 3;
        assertEquals(0x000000, image.getRGB(DigitImages.PAD + 3, y) & 0xFFFFFF);
        assertEquals(0xFFFFFF, image.getRGB(cell + DigitImages.PAD + 3, y) & 0xFFFFFF);
    }

    @Test
    void theGridHasOneRowPerColumnsImages() {
        List<String[]> captions = List.of(new String[] {"a"}, new String[] {"b"});
        int oneRow = DigitImages.grid("t", TWO, captions, 2).getHeight();
        int twoRows = DigitImages.grid("t", TWO, captions, 1).getHeight();
        assertEquals(oneRow + 2 * DigitImages.SCALE + 2 * DigitImages.PAD + DigitImages.CAPTION, twoRows);
    }

    @Test
    void misclassifiedDrawsOnlyTheWrongOnes() {
        // A 4-input network whose output 1 always wins: class-0 samples are wrong, class-1 samples right.
        Network net = Network.layers(4, 2).biasPerNeuron().build();
        net.b[1][1] = 5;
        DataSet data = new DataSet(new double[][] {{0, 0, 0, 0}, {1, 1, 1, 1}, {0, 1, 0, 1}},
                new double[][] {{1, 0}, {0, 1}, {1, 0}}, List.of("a", "b", "c", "d"), List.of("0", "1"));
        BufferedImage all = DigitImages.misclassified(net, data, 10, 10);
        BufferedImage oneRow = DigitImages.grid("t", TWO, List.of(new String[] {"a"}, new String[] {"b"}), 10);
        assertEquals(oneRow.getHeight(), all.getHeight());
        int y = DigitImages.TITLE + DigitImages.PAD + 3;
        int cell = 2 * DigitImages.SCALE + 2 * DigitImages.PAD;
        assertEquals(0xFFFFFF, all.getRGB(DigitImages.PAD + 3, y) & 0xFFFFFF, "sample 0 (blank) comes first");
        assertNotEquals(0xFFFFFF, all.getRGB(cell + DigitImages.PAD + DigitImages.SCALE + 3, y) & 0xFFFFFF,
                "sample 2 (ink on the right) second; sample 1 is right and not drawn");
    }

    @Test
    void badShapesAreRefusedWithWhatToGive() {
        IllegalArgumentException notSquare = assertThrows(IllegalArgumentException.class,
                () -> DigitImages.grid("t", List.of(new double[5]), List.<String[]>of(new String[] {"x"}), 1));
        assertTrue(notSquare.getMessage().contains("not square"), notSquare.getMessage());
        IllegalArgumentException captions = assertThrows(IllegalArgumentException.class,
                () -> DigitImages.grid("t", TWO, List.<String[]>of(new String[] {"x"}), 1));
        assertTrue(captions.getMessage().contains("one caption"), captions.getMessage());
    }
}
