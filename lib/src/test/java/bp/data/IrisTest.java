package bp.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class IrisTest {

    /** Tests run in lib/, one level below the course folder, like notebooks in notebooks/. */
    static final Path IRIS = Path.of("../datasets/iris.csv");

    @TempDir
    Path dir;

    @Test
    void theShippedFileHas150FlowersFiftyOfEachSpecies() {
        DataSet iris = Iris.load(IRIS);
        assertEquals(150, iris.size());
        assertEquals(Iris.FEATURES, iris.featureNames());
        assertEquals(List.of("setosa", "versicolor", "virginica"), iris.classNames());
        int[] counts = new int[3];
        for (int k = 0; k < iris.size(); k++) {
            counts[iris.classOf(k)]++;
            assertEquals(1.0, iris.y[k][0] + iris.y[k][1] + iris.y[k][2]);
        }
        assertArrayEquals(new int[]{50, 50, 50}, counts);
    }

    @Test
    void rowsKeepTheFileOrderAndValues() {
        DataSet iris = Iris.load(IRIS);
        assertArrayEquals(new double[]{5.1, 3.5, 1.4, 0.2}, iris.x[0]);
        assertEquals(0, iris.classOf(0));
        assertArrayEquals(new double[]{5.9, 3.0, 5.1, 1.8}, iris.x[149]);
        assertEquals(2, iris.classOf(149));
    }

    @Test
    void fishersValuesForRows35And38() {
        DataSet iris = Iris.load(IRIS);
        assertArrayEquals(new double[]{4.9, 3.1, 1.5, 0.2}, iris.x[34]);
        assertArrayEquals(new double[]{4.9, 3.6, 1.4, 0.1}, iris.x[37]);
    }

    @Test
    void scaledIrisSpansZeroToOneInEveryColumn() {
        DataSet s = Iris.load(IRIS).scaled();
        for (int i = 0; i < 4; i++) {
            double min = 1, max = 0;
            for (double[] row : s.x) {
                min = Math.min(min, row[i]);
                max = Math.max(max, row[i]);
            }
            assertEquals(0, min, 1e-15);
            assertEquals(1, max, 1e-15);
        }
    }

    @Test
    void aMissingFileNamesTheAbsolutePathAndWhereTheCourseKeepsIt() {
        Path nowhere = dir.resolve("no-such-iris.csv");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Iris.load(nowhere));
        assertTrue(e.getMessage().contains(nowhere.toAbsolutePath().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("datasets/iris.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("Path.of(\"../datasets/iris.csv\")"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Iris.load(null));
        assertThrows(IllegalArgumentException.class, () -> Iris.load(dir));
    }

    @Test
    void aMissingColumnIsNamedWithTheColumnsPresent() throws IOException {
        Path csv = write("sepal_length,sepal_width,petal_length,species\n5.1,3.5,1.4,setosa\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Iris.load(csv));
        assertTrue(e.getMessage().contains("no column \"petal_width\""), e.getMessage());
        assertTrue(e.getMessage().contains("[sepal_length, sepal_width, petal_length, species]"), e.getMessage());
    }

    @Test
    void aHeaderWithoutRowsIsEmptyData() throws IOException {
        Path csv = write("sepal_length,sepal_width,petal_length,petal_width,species\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Iris.load(csv));
        assertTrue(e.getMessage().contains("no rows"), e.getMessage());
    }

    @Test
    void anEmptyFileIsReported() throws IOException {
        Path csv = write("");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Iris.load(csv));
        assertTrue(e.getMessage().contains(csv.toAbsolutePath().toString()), e.getMessage());
    }

    @Test
    void aMissingValueNamesTheColumnAndRow() throws IOException {
        Path csv = write("sepal_length,sepal_width,petal_length,petal_width,species\n"
                + "5.1,3.5,1.4,0.2,setosa\n7.0,,4.7,1.4,versicolor\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Iris.load(csv));
        assertTrue(e.getMessage().contains("sepal_width is missing in data row 2"), e.getMessage());
    }

    @Test
    void aMissingSpeciesNamesTheRow() throws IOException {
        Path csv = write("sepal_length,sepal_width,petal_length,petal_width,species\n"
                + "5.1,3.5,1.4,0.2,setosa\n7.0,3.2,4.7,1.4,\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Iris.load(csv));
        assertTrue(e.getMessage().contains("species is missing in data row 2"), e.getMessage());
    }

    @Test
    void textInANumberColumnIsReported() throws IOException {
        Path csv = write("sepal_length,sepal_width,petal_length,petal_width,species\n"
                + "5.1,3.5,1.4,wide,setosa\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Iris.load(csv));
        assertTrue(e.getMessage().contains("could not read"), e.getMessage());
    }

    @Test
    void columnsMayComeInAnyOrderAndExtraColumnsAreIgnored() throws IOException {
        Path csv = write("id,species,petal_width,petal_length,sepal_width,sepal_length\n"
                + "1,virginica,1.8,5.1,3.0,5.9\n2,setosa,0.2,1.4,3.5,5.1\n");
        DataSet data = Iris.load(csv);
        assertArrayEquals(new double[]{5.9, 3.0, 5.1, 1.8}, data.x[0]);
        assertEquals(List.of("setosa", "virginica"), data.classNames());
        assertEquals(1, data.classOf(0));
        assertEquals(0, data.classOf(1));
    }

    private Path write(String text) throws IOException {
        Path csv = dir.resolve("iris.csv");
        Files.writeString(csv, text);
        return csv;
    }
}
