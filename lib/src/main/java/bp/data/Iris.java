package bp.data;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.Source;
import tech.tablesaw.io.csv.CsvReadOptions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Fisher's Iris data, the project of chapter 7 (text 003): four measurements per flower and
 * its species. The course ships it as {@code datasets/iris.csv} with the columns
 * {@code sepal_length, sepal_width, petal_length, petal_width, species}.
 */
public final class Iris {

    /** The four input columns, in the order they become x1..x4. */
    public static final List<String> FEATURES =
            List.of("sepal_length", "sepal_width", "petal_length", "petal_width");

    /** The column holding the class: setosa, versicolor or virginica. */
    public static final String SPECIES = "species";

    private Iris() {
    }

    /**
     * The data set: x = the four measurements (unscaled, in cm), y = the species one-hot,
     * classes in alphabetical order (setosa, versicolor, virginica).
     * From a notebook in {@code notebooks/}: {@code Iris.load(Path.of("../datasets/iris.csv"))}.
     */
    public static DataSet load(Path csv) {
        return toDataSet(checked(csv), csv);
    }

    /** The file as Tablesaw reads it, after checking it has the columns and rows {@link #load} needs. */
    private static Table checked(Path csv) {
        Table table = read(csv);
        for (String name : columns()) {
            if (!table.columnNames().contains(name)) {
                throw new IllegalArgumentException(csv.toAbsolutePath() + " has no column \"" + name
                        + "\"; its columns are " + table.columnNames() + ", expected " + columns());
            }
        }
        if (table.rowCount() == 0) {
            throw new IllegalArgumentException(csv.toAbsolutePath() + " has a header but no rows of data");
        }
        return table;
    }

    private static List<String> columns() {
        List<String> all = new java.util.ArrayList<>(FEATURES);
        all.add(SPECIES);
        return all;
    }

    private static Table read(Path csv) {
        CourseFile.require(csv, "Iris", "iris.csv");
        try {
            // Naming the charset spares Tablesaw its guess (ICU's detector, left out of the jar).
            return Table.read().csv(CsvReadOptions.builder(new Source(csv.toFile(), StandardCharsets.UTF_8))
                    .columnTypesPartial(Iris::typeOf)
                    .build());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("could not read " + csv.toAbsolutePath()
                    + " as a CSV file with the columns " + columns() + ": " + e.getMessage(), e);
        }
    }

    private static Optional<ColumnType> typeOf(String column) {
        if (FEATURES.contains(column)) {
            return Optional.of(ColumnType.DOUBLE);
        }
        return column.equals(SPECIES) ? Optional.of(ColumnType.STRING) : Optional.empty();
    }

    private static DataSet toDataSet(Table table, Path csv) {
        int rows = table.rowCount();
        double[][] x = new double[rows][FEATURES.size()];
        for (int i = 0; i < FEATURES.size(); i++) {
            NumericColumn<?> column = table.numberColumn(FEATURES.get(i));
            for (int k = 0; k < rows; k++) {
                if (column.isMissing(k)) {
                    throw new IllegalArgumentException(csv.toAbsolutePath() + ": " + FEATURES.get(i)
                            + " is missing in data row " + (k + 1));
                }
                x[k][i] = column.getDouble(k);
            }
        }
        List<String> species = table.column(SPECIES).asStringColumn().asList();
        int blank = species.indexOf("");
        if (blank >= 0) {
            throw new IllegalArgumentException(csv.toAbsolutePath() + ": " + SPECIES
                    + " is missing in data row " + (blank + 1));
        }
        List<String> classes = List.copyOf(new TreeSet<>(species));
        int[] c = new int[rows];
        for (int k = 0; k < rows; k++) {
            c[k] = classes.indexOf(species.get(k));
        }
        return new DataSet(x, OneHot.encode(c, classes.size()), FEATURES, classes);
    }
}
