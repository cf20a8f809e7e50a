package bp.tables;

import bp.descent.Trace;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

import java.util.stream.IntStream;

/** A gradient-descent run (chapter 1) as a table: one row per step, with x, y and the change dx. */
public final class TraceTable {

    private TraceTable() {
    }

    /** The columns step, x, y, dx; the table is named after η and the objective. */
    public static Table of(Trace trace) {
        if (trace == null) {
            throw new IllegalArgumentException("no trace: pass the Trace of a run, e.g. GradientDescent...run()");
        }
        return Table.create("η = " + trace.eta() + " on " + trace.objective(),
                IntColumn.create("step", IntStream.range(0, trace.size()).toArray()),
                DoubleColumn.create("x", trace.xs()),
                DoubleColumn.create("y", trace.ys()),
                DoubleColumn.create("dx", trace.dxs()));
    }
}
