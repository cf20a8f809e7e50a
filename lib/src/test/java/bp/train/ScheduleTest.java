package bp.train;

import bp.data.DataSet;
import bp.general.Network;
import bp.neuron.Activation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ScheduleTest {

    @Test
    void stepDecayHalvesEveryGivenNumberOfEpochs() {
        Schedule s = Schedule.stepDecay(2.0, 0.5, 10);
        assertEquals(2.0, s.eta(1));
        assertEquals(2.0, s.eta(10));
        assertEquals(1.0, s.eta(11));
        assertEquals(0.5, s.eta(21));
    }

    @Test
    void inverseTimeStartsAtEta0AndFallsLikeOneOverT() {
        Schedule s = Schedule.inverseTime(1.0, 0.5);
        assertEquals(1.0, s.eta(1));
        assertEquals(0.5, s.eta(3), 1e-15);
        assertEquals(1.0 / 50.5, s.eta(100), 1e-15);
    }

    @Test
    void constantNeverChanges() {
        Schedule s = Schedule.constant(0.3);
        assertEquals(0.3, s.eta(1));
        assertEquals(0.3, s.eta(1000));
        assertTrue(s.toString().contains("0.3"), s.toString());
    }

    /** Err = ½(w + b)² on x = 1, y = 0: a step multiplies s = w + b by (1 − 2η), with η of that epoch. */
    @Test
    void theTrainerUsesTheEtaOfEachEpoch() {
        Network net = Network.layers(1, 1).activation(Activation.IDENTITY).build();
        net.w[1][0][0] = 1;
        net.b[1][0] = 0;
        DataSet one = DataSet.of(new double[][]{{1}}, new double[][]{{0}});
        new Trainer().schedule(Schedule.stepDecay(0.1, 0.5, 1)).epochs(2).progress(false).train(net, one);
        assertEquals(1 * (1 - 2 * 0.1) * (1 - 2 * 0.05), net.w[1][0][0] + net.b[1][0], 1e-15);
    }

    @Test
    void badSettingsNameTheirValue() {
        assertThrows(IllegalArgumentException.class, () -> Schedule.stepDecay(1, 1.5, 10), "factor above 1");
        assertThrows(IllegalArgumentException.class, () -> Schedule.stepDecay(1, 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> Schedule.inverseTime(1, 0));
        assertThrows(IllegalArgumentException.class, () -> Schedule.constant(-1));
        assertThrows(IllegalArgumentException.class, () -> new Trainer().schedule(null));
        var e = assertThrows(IllegalArgumentException.class, () -> Schedule.stepDecay(1, 0.5, 5).eta(0));
        assertTrue(e.getMessage().contains("epoch = 0"), e.getMessage());
    }
}
