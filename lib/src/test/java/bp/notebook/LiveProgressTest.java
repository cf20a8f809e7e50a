package bp.notebook;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

class LiveProgressTest {

    private static final long MS = 1_000_000L;

    /** Records what would have appeared in the cell. */
    static class Screen implements Output {
        final List<String> shown = new ArrayList<>();
        final List<String> updates = new ArrayList<>();

        @Override
        public String show(String text) {
            shown.add(text);
            return "id-1";
        }

        @Override
        public void update(String id, String text) {
            assertEquals("id-1", id);
            updates.add(text);
        }
    }

    /** A clock the test moves by hand. */
    static final class Clock {
        long now = 1_000 * MS;

        long read() {
            return now;
        }
    }

    @Test
    void aShortRunShowsNothingAndBuildsNoLine() {
        Screen screen = new Screen();
        Clock clock = new Clock();
        LiveProgress p = new LiveProgress(screen, clock::read);
        AtomicInteger built = new AtomicInteger();
        for (int epoch = 0; epoch < 100; epoch++) {
            clock.now += 19 * MS;
            p.report(() -> "line " + built.incrementAndGet());
        }
        p.finish("done");
        assertEquals(0, built.get());
        assertTrue(screen.shown.isEmpty());
        assertTrue(screen.updates.isEmpty());
        assertFalse(p.shown());
    }

    @Test
    void afterTwoSecondsTheLineAppearsAndIsUpdatedAtMostFourTimesASecond() {
        Screen screen = new Screen();
        Clock clock = new Clock();
        LiveProgress p = new LiveProgress(screen, clock::read);
        for (int epoch = 1; epoch <= 300; epoch++) {
            clock.now += 10 * MS;
            int e = epoch;
            p.report(() -> "epoch " + e);
        }
        // 3 s in all: shown at 2 s (epoch 200), then every 250 ms: epochs 225, 250, 275, 300
        assertEquals(List.of("epoch 200"), screen.shown);
        assertEquals(List.of("epoch 225", "epoch 250", "epoch 275", "epoch 300"), screen.updates);
        p.finish("epoch 300 done");
        assertEquals("epoch 300 done", screen.updates.get(screen.updates.size() - 1));
        assertTrue(p.shown());
    }

    @Test
    void aFailingDisplayIsSwitchedOffWithoutBreakingTheCaller() {
        AtomicInteger calls = new AtomicInteger();
        Output broken = new Output() {
            @Override
            public String show(String text) {
                calls.incrementAndGet();
                throw new IllegalStateException("no kernel");
            }

            @Override
            public void update(String id, String text) {
                calls.incrementAndGet();
            }
        };
        Clock clock = new Clock();
        LiveProgress p = new LiveProgress(broken, clock::read);
        for (int i = 0; i < 10; i++) {
            clock.now += 1_000 * MS;
            assertDoesNotThrow(() -> p.report(() -> "line"));
        }
        assertDoesNotThrow(() -> p.finish("done"));
        assertEquals(1, calls.get(), "after the first failure the display is not tried again");
    }

    @Test
    void aDisplayThatGivesNoIdIsNotUpdated() {
        Screen silent = new Screen() {
            @Override
            public String show(String text) {
                shown.add(text);
                return null;
            }
        };
        Clock clock = new Clock();
        LiveProgress p = new LiveProgress(silent, clock::read);
        clock.now += 3_000 * MS;
        p.report(() -> "a");
        clock.now += 1_000 * MS;
        p.report(() -> "b");
        p.finish("c");
        assertEquals(List.of("a"), silent.shown);
        assertTrue(silent.updates.isEmpty());
    }

    @Test
    void outsideIJavaThereIsNoDisplayAndStartIsHarmless() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(IJavaOutput.DISPLAY_CLASS));
        assertTrue(IJavaOutput.find().isEmpty());
        LiveProgress p = LiveProgress.start();
        p.report(() -> "x");
        p.finish("y");
        assertFalse(p.shown());
    }
}
