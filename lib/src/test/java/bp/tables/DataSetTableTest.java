package bp.tables;

import bp.data.DataSet;
import bp.data.Iris;
import bp.data.Xor;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataSetTableTest {

    private static final Path IRIS = Path.of("../datasets/iris.csv");

    @Test
    void irisShowsItsFourMeasurementsAndTheSpeciesOfEveryFlower() {
        DataSet iris = Iris.load(IRIS);
        Table table = DataSetTable.of(iris, Iris.SPECIES);

        assertEquals(150, table.rowCount());
        assertEquals(List.of("sepal_length", "sepal_width", "petal_length", "petal_width", "species"), table.columnNames());
        assertEquals(iris.x[0][2], table.doubleColumn("petal_length").get(0));
        assertEquals("setosa", table.stringColumn("species").get(0));
        assertEquals("virginica", table.stringColumn("species").get(149));
        assertEquals(50, table.stringColumn("species").isEqualTo("versicolor").size());
    }

    @Test
    void refusesADataSetWithoutClassesAndAClashingColumnName() {
        IllegalArgumentException noClasses = assertThrows(IllegalArgumentException.class,
                () -> DataSetTable.of(Xor.data(), "class"));
        assertTrue(noClasses.getMessage().contains("no class names"), noClasses.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DataSetTable.of(Iris.load(IRIS), "sepal_width"));
        assertThrows(IllegalArgumentException.class, () -> DataSetTable.of(null, "species"));
    }
}
