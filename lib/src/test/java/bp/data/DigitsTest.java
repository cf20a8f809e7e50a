package bp.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.*;

class DigitsTest {

    /** Tests run in lib/, one level below the course folder, like notebooks in notebooks/. */
    static final Path DIGITS = Path.of("../datasets/digits.csv.gz");

    @TempDir
    Path dir;

    @Test
    void theShippedFileHas1797ImagesOfTenDigits() {
        DataSet digits = Digits.load(DIGITS);
        assertEquals(1797, digits.size());
        assertEquals(64, digits.inputs());
        assertEquals(10, digits.outputs());
        assertEquals(Digits.classNames(), digits.classNames());
        int[] counts = new int[10];
        for (int k = 0; k < digits.size(); k++) {
            counts[digits.classOf(k)]++;
        }
        assertArrayEquals(new int[]{178, 182, 177, 183, 181, 182, 181, 179, 174, 180}, counts);
    }

    @Test
    void pixelsAreInkOverSixteenRowByRow() {
        DataSet digits = Digits.load(DIGITS);
        // The file's first line: 0,0,5,13,9,1,0,0, 0,0,13,15,10,15,5,0, ... and the digit 0.
        assertArrayEquals(new double[]{0, 0, 5 / 16.0, 13 / 16.0, 9 / 16.0, 1 / 16.0, 0, 0},
                Digits.image(digits.x[0])[0]);
        assertEquals(15 / 16.0, Digits.image(digits.x[0])[1][3]);
        assertEquals(0, digits.classOf(0));
        assertEquals(8, digits.classOf(1796));
        for (double[] x : digits.x) {
            for (double pixel : x) {
                assertTrue(pixel >= 0 && pixel <= 1, "pixel " + pixel);
            }
        }
    }

    @Test
    void aPlainCsvReadsTheSameAsTheGzippedOne() throws IOException {
        Path plain = write("one.csv", line(7, 3), false);
        DataSet one = Digits.load(plain);
        assertEquals(1, one.size());
        assertEquals(3, one.classOf(0));
        assertEquals(7 / 16.0, one.x[0][63]);
        assertEquals(3, Digits.load(write("one.csv.gz", line(7, 3), true)).classOf(0));
    }

    @Test
    void aMissingFileSaysWhereTheCourseKeepsIt() {
        Path nowhere = dir.resolve("no-digits.csv.gz");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Digits.load(nowhere));
        assertTrue(e.getMessage().contains(nowhere.toAbsolutePath().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("Path.of(\"../datasets/digits.csv.gz\")"), e.getMessage());
    }

    @Test
    void aLineWithTooFewColumnsIsRejected() throws IOException {
        Path shortLine = write("short.csv", "1,2,3,4\n", false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Digits.load(shortLine));
        assertTrue(e.getMessage().contains("64 pixels, then the digit"), e.getMessage());
    }

    @Test
    void inkAboveSixteenOrADigitAboveNineIsRejectedWithItsLine() throws IOException {
        IllegalArgumentException ink = assertThrows(IllegalArgumentException.class,
                () -> Digits.load(write("ink.csv", line(17, 1), false)));
        assertTrue(ink.getMessage().contains("p63 = 17 in line 1, expected 0..16"), ink.getMessage());
        IllegalArgumentException digit = assertThrows(IllegalArgumentException.class,
                () -> Digits.load(write("digit.csv", line(0, 10), false)));
        assertTrue(digit.getMessage().contains("digit = 10 in line 1, expected 0..9"), digit.getMessage());
    }

    @Test
    void imageNeedsSixtyFourPixels() {
        assertThrows(IllegalArgumentException.class, () -> Digits.image(new double[63]));
    }

    /** One line: 63 zero pixels, then {@code last} for pixel 63, then the digit. */
    private static String line(int last, int digit) {
        return "0,".repeat(63) + last + "," + digit + "\n";
    }

    private Path write(String name, String text, boolean gzip) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            out.write(text.getBytes());
        }
        return file;
    }
}
