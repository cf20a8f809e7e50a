package bp.tables;

import bp.data.DataSet;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;

/**
 * A data set of classes (Iris) as a table to look at: one row per sample, one column per
 * feature, and a last column with the name of the sample's class.
 */
public final class DataSetTable {

    private DataSetTable() {
    }

    /** The features under their own names, then the class names in a column called {@code classColumn}. */
    public static Table of(DataSet data, String classColumn) {
        requireClasses(data, classColumn);
        Table table = Table.create("samples");
        List<String> features = data.featureNames();
        for (int i = 0; i < features.size(); i++) {
            DoubleColumn column = DoubleColumn.create(features.get(i));
            for (double[] x : data.x) {
                column.append(x[i]);
            }
            table.addColumns(column);
        }
        StringColumn classes = StringColumn.create(classColumn);
        for (int k = 0; k < data.size(); k++) {
            classes.append(data.classNames().get(data.classOf(k)));
        }
        return table.addColumns(classes);
    }

    private static void requireClasses(DataSet data, String classColumn) {
        if (data == null || data.classNames().isEmpty()) {
            throw new IllegalArgumentException("the data set " + (data == null ? "is null" : "has no class names")
                    + ": pass one whose targets are one-hot classes, e.g. Iris.load(...)");
        }
        if (classColumn == null || classColumn.isBlank() || data.featureNames().contains(classColumn)) {
            throw new IllegalArgumentException("class column \"" + classColumn + "\": give a name that is not one of the features "
                    + data.featureNames() + ", e.g. \"species\"");
        }
    }
}
