package bp.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Supplier;

/** Median and minimum of repeated runs, in ms: wall clock and the thread's CPU time. */
record Timing(double medianMs, double minMs, double medianCpuMs, double minCpuMs, String result) {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * Warms every contender up, then times them in turn, {@code repetitions} rounds, the order
     * rotating each round, so a busy spell of the machine falls on all of them alike.
     */
    @SafeVarargs
    static Comparison interleaved(String name, String work, int warmups, int repetitions,
                                  Supplier<String> library, Supplier<String>... others) {
        Supplier<String>[] all = new Supplier[others.length + 1];
        all[0] = library;
        System.arraycopy(others, 0, all, 1, others.length);
        for (int i = 0; i < warmups; i++) {
            for (Supplier<String> run : all) {
                run.get();
            }
        }
        double[][] wall = new double[all.length][repetitions];
        double[][] cpu = new double[all.length][repetitions];
        String[] results = new String[all.length];
        for (int r = 0; r < repetitions; r++) {
            for (int turn = 0; turn < all.length; turn++) {
                int c = (turn + r) % all.length;
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                results[c] = all[c].get();
                wall[c][r] = (System.nanoTime() - start) / 1e6;
                cpu[c][r] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            }
        }
        Timing[] timings = new Timing[all.length];
        for (int c = 0; c < all.length; c++) {
            timings[c] = of(wall[c], cpu[c], results[c]);
        }
        return new Comparison(name, work, warmups, repetitions, timings);
    }

    private static Timing of(double[] wall, double[] cpu, String result) {
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Timing(wall[wall.length / 2], wall[0], cpu[cpu.length / 2], cpu[0], result);
    }

    String cells() {
        return String.format("%.2f ms | %.2f ms | %.2f ms | %.2f ms", medianMs, minMs, medianCpuMs, minCpuMs);
    }
}
