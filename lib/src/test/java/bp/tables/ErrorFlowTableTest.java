package bp.tables;

import bp.general.ErrorFlow;
import bp.general.MatrixBackprop;
import bp.general.Network;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ErrorFlowTableTest {

    @Test
    void oneRowPerNeuronOutputLayerFirstWithTheFlowsNumbers() {
        Network net = Network.layers(2, 2, 3, 1).build().initUniform(3);
        ErrorFlow flow = MatrixBackprop.errorFlow(net, new double[] {1, 0.5}, new double[] {0.2});
        Table table = ErrorFlowTable.of(flow);
        assertEquals(6, table.rowCount());
        assertEquals(3, table.intColumn("m").get(0));
        assertEquals(1, table.intColumn("m").get(5));
        assertEquals("(o^3_0−y)", table.stringColumn("arrives as").get(0));
        assertEquals("((W^3)ᵀ δ^3)_0", table.stringColumn("arrives as").get(1));
        assertEquals("n^2_0", table.stringColumn("neuron").get(1));
        assertEquals(flow.error[2][0], table.doubleColumn("error in").get(1));
        assertEquals(flow.fPrime[2][0], table.doubleColumn("f'(z)").get(1));
        assertEquals(flow.delta[1][1], table.doubleColumn("delta").get(5));
    }
}
