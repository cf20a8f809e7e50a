package bp.train;

import bp.data.Xor;
import bp.general.Network;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** What a run leaves for the next notebook cell, and who hears about it. */
class TrainerRunTest {

    private static Network xorNet() {
        return Network.layers(2, 3, 1).biasPerNeuron().build().initScaled(1);
    }

    @Test
    void lastGivesTheNetworkAndHistoryOfAnInterruptedRun() throws InterruptedException {
        new Trainer().epochs(1).progress(false).train(xorNet(), Xor.data());   // Tablesaw's one-time set-up
        Network net = xorNet();
        Thread training = new Thread(() ->
                new Trainer().eta(1).epochs(Integer.MAX_VALUE).progress(false).train(net, Xor.data()));
        training.start();
        Thread.sleep(300);
        TrainingResult whileRunning = Trainer.last();
        assertSame(net, whileRunning.network());
        assertFalse(whileRunning.interrupted());
        training.interrupt();
        training.join(10_000);
        assertFalse(training.isAlive(), "training did not stop after the interrupt");
        TrainingResult afterwards = Trainer.last();
        assertTrue(afterwards.interrupted());
        assertSame(net, afterwards.network());
        assertTrue(afterwards.epochs() >= whileRunning.epochs() && afterwards.epochs() > 0,
                afterwards.epochs() + " epochs after, " + whileRunning.epochs() + " while running");
    }

    @Test
    void lastIsTheMostRecentRun() {
        Network a = xorNet();
        Network b = xorNet();
        new Trainer().epochs(3).progress(false).train(a, Xor.data());
        TrainingResult second = new Trainer().epochs(5).progress(false).train(b, Xor.data());
        assertSame(b, Trainer.last().network());
        assertEquals(second.epochs(), Trainer.last().epochs());
        assertEquals(second.loss(), Trainer.last().loss());
    }

    @Test
    void aListenerHearsEveryEpochAndTheEndOnce() {
        List<Integer> epochs = new ArrayList<>();
        List<TrainingResult> ends = new ArrayList<>();
        TrainingResult r = new Trainer().epochs(7).validation(Xor.data()).progress(false).listener(new TrainingListener() {
            @Override
            public void epochEnded(int epoch, int planned, Evaluation train, Evaluation validation) {
                assertEquals(7, planned);
                assertNotNull(validation);
                epochs.add(epoch);
            }

            @Override
            public void finished(TrainingResult result) {
                ends.add(result);
            }
        }).train(xorNet(), Xor.data());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), epochs);
        assertEquals(1, ends.size());
        assertEquals(r.loss(), ends.get(0).loss());
    }
}
