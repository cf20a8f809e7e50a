package bp.general;

import bp.book.Net2231;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LabelsTest {

    @Test
    void theAdditionalVariableIsNamedAfterItsNeuronAsTheBookDoes() {
        assertEquals("a^1_0", Labels.general().delta(1, 0));
        assertEquals("a^3_2", Labels.general(true).delta(3, 2));
        Labels book = Net2231.example().toNetwork().labels();
        assertEquals("n5", book.neuron(2, 0));
        assertEquals("a5", book.delta(2, 0));
        assertEquals("a8", book.delta(3, 0));
    }
}
