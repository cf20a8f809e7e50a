package bp.tables;

import bp.check.AgreementWithGeneral;
import bp.notebook.Tables;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;

/** The book's closed forms against the general network of chapter 5: one row per kind of book network. */
public final class AgreementWithGeneralTable {

    private AgreementWithGeneralTable() {
    }

    /** The columns network, parameters and the two largest differences, in scientific notation. */
    public static Table of(List<AgreementWithGeneral> rows) {
        if (rows == null || rows.isEmpty()) {
            throw new IllegalArgumentException("no networks: pass ClosedForms.againstGeneral(kinds, trials, seed)");
        }
        return Table.create("closed forms vs the general network (" + rows.get(0).trials() + " random networks each)",
                StringColumn.create("network", rows.stream().map(AgreementWithGeneral::network).toList()),
                IntColumn.create("parameters", rows.stream().mapToInt(AgreementWithGeneral::parameters).toArray()),
                Tables.scientific(DoubleColumn.create("max |closed − loop|",
                        rows.stream().mapToDouble(AgreementWithGeneral::maxLoopDifference).toArray())),
                Tables.scientific(DoubleColumn.create("max |closed − matrix|",
                        rows.stream().mapToDouble(AgreementWithGeneral::maxMatrixDifference).toArray())));
    }
}
