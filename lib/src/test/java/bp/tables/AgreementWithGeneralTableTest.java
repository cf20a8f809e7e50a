package bp.tables;

import bp.book.BookNetwork;
import bp.book.Net221;
import bp.book.Net2231;
import bp.check.AgreementWithGeneral;
import bp.check.ClosedForms;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgreementWithGeneralTableTest {

    @Test
    void oneRowPerKindWithItsParameterCountAndLargestDifferences() {
        Map<String, LongFunction<? extends BookNetwork>> kinds = new LinkedHashMap<>();
        kinds.put("2-2-1", Net221::random);
        kinds.put("2-2-3-1", Net2231::random);
        List<AgreementWithGeneral> rows = ClosedForms.againstGeneral(kinds, 5, 1);
        Table table = AgreementWithGeneralTable.of(rows);

        assertEquals(List.of("network", "parameters", "max |closed − loop|", "max |closed − matrix|"), table.columnNames());
        assertEquals(List.of("2-2-1", "2-2-3-1"), table.stringColumn("network").asList());
        assertEquals(List.of(9, 16), table.intColumn("parameters").asList());
        assertEquals(rows.get(1).maxMatrixDifference(), table.doubleColumn("max |closed − matrix|").get(1));
        assertTrue(table.name().contains("5 random networks each"), table.name());
    }

    @Test
    void refusesAnEmptyList() {
        assertThrows(IllegalArgumentException.class, () -> AgreementWithGeneralTable.of(List.of()));
    }
}
