package bp.data;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The 8×8 handwritten digits of chapter 8 (UCI "optdigits", test part): 1797 images, each 64
 * pixels of ink 0..16 followed by the digit 0..9 that was written. The course ships the file as
 * {@code datasets/digits.csv.gz}, without a header, as scikit-learn does.
 */
public final class Digits {

    /** An image is SIDE × SIDE pixels. */
    public static final int SIDE = 8;

    /** Pixels per image: the network's 64 inputs. */
    public static final int PIXELS = SIDE * SIDE;

    /** The ten digits 0..9: the network's 10 outputs. */
    public static final int CLASSES = 10;

    /** The most ink a pixel holds (16 of the 16 bits of its 4×4 block); inputs are pixel / 16. */
    public static final int MAX_INK = 16;

    private Digits() {
    }

    /**
     * The data set: x = the 64 pixels divided by 16 (so in [0, 1]), row by row from the top left;
     * y = the digit one-hot, classes "0".."9". From a notebook in {@code notebooks/}:
     * {@code Digits.load(Path.of("../datasets/digits.csv.gz"))}.
     */
    public static DataSet load(Path file) {
        Table table = read(file);
        int rows = table.rowCount();
        double[][] x = new double[rows][PIXELS];
        int[] digit = new int[rows];
        for (int p = 0; p < PIXELS; p++) {
            IntColumn column = table.intColumn(p);
            for (int k = 0; k < rows; k++) {
                x[k][p] = ink(file, column, k, 0, MAX_INK) / (double) MAX_INK;
            }
        }
        IntColumn labels = table.intColumn(PIXELS);
        for (int k = 0; k < rows; k++) {
            digit[k] = ink(file, labels, k, 0, CLASSES - 1);
        }
        return new DataSet(x, OneHot.encode(digit, CLASSES), pixelNames(), classNames());
    }

    /**
     * The file as Tablesaw reads it: 65 integer columns (pixels p0..p63, then digit), its shape
     * checked. A name ending in .gz is read through gunzip.
     */
    private static Table read(Path file) {
        CourseFile.require(file, "digits", "digits.csv.gz");
        Table table;
        try (Reader reader = reader(file)) {
            table = Table.read().csv(CsvReadOptions.builder(reader)
                    .tableName("digits")
                    .header(false)
                    .columnTypes(columnTypes())
                    .build());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("could not read " + file.toAbsolutePath()
                    + " as " + (PIXELS + 1) + " integer columns (64 pixels, then the digit): " + e.getMessage(), e);
        }
        if (table.columnCount() != PIXELS + 1) {
            throw new IllegalArgumentException(file.toAbsolutePath() + " has " + table.columnCount()
                    + " columns; expected " + (PIXELS + 1) + ": 64 pixels, then the digit");
        }
        if (table.rowCount() == 0) {
            throw new IllegalArgumentException(file.toAbsolutePath() + " has no images");
        }
        for (int c = 0; c < table.columnCount(); c++) {
            table.column(c).setName(c < PIXELS ? "p" + c : "digit");
        }
        return table;
    }

    /** Sample x as the picture it is: image[r][c] = x[r·8 + c], r = 0 the top row. */
    public static double[][] image(double[] x) {
        bp.Require.length("x", x, PIXELS);
        double[][] image = new double[SIDE][SIDE];
        for (int r = 0; r < SIDE; r++) {
            System.arraycopy(x, r * SIDE, image[r], 0, SIDE);
        }
        return image;
    }

    /** "0".."9", the order of the one-hot columns. */
    public static List<String> classNames() {
        List<String> names = new ArrayList<>();
        for (int d = 0; d < CLASSES; d++) {
            names.add(Integer.toString(d));
        }
        return names;
    }

    private static List<String> pixelNames() {
        List<String> names = new ArrayList<>();
        for (int p = 0; p < PIXELS; p++) {
            names.add("p" + p);
        }
        return names;
    }

    private static ColumnType[] columnTypes() {
        ColumnType[] types = new ColumnType[PIXELS + 1];
        java.util.Arrays.fill(types, ColumnType.INTEGER);
        return types;
    }

    private static int ink(Path file, IntColumn column, int row, int min, int max) {
        if (column.isMissing(row)) {
            throw new IllegalArgumentException(file.toAbsolutePath() + ": " + column.name()
                    + " is missing in line " + (row + 1));
        }
        int value = column.getInt(row);
        if (value < min || value > max) {
            throw new IllegalArgumentException(file.toAbsolutePath() + ": " + column.name() + " = " + value
                    + " in line " + (row + 1) + ", expected " + min + ".." + max);
        }
        return value;
    }

    private static Reader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in);
        }
        return new InputStreamReader(in, StandardCharsets.US_ASCII);
    }
}
