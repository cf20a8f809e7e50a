package bp.tables;

import bp.general.Network;
import bp.paths.Path;
import bp.paths.PathRule;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;

/** The paths of one parameter (chapter 4's path rule) as a table, their sum in its name. */
public final class PathTable {

    private PathTable() {
    }

    /** One row per path: the route it takes, its product in symbols, and the product's value. */
    public static Table of(Network net, List<Path> paths) {
        if (net == null || paths == null) {
            throw new IllegalArgumentException("pass the network and its paths, e.g. PathRule.paths(net, \"w1\", x, y)");
        }
        StringColumn route = StringColumn.create("path");
        StringColumn product = StringColumn.create("product");
        DoubleColumn value = DoubleColumn.create("value");
        for (Path path : paths) {
            route.append(path.route());
            product.append(path.symbolic());
            value.append(path.value());
        }
        String name = paths.isEmpty() ? "?" : paths.get(0).parameter().name(net);
        return Table.create("paths of " + name + ": sum = " + PathRule.sum(paths), route, product, value);
    }
}
