package bp.bench;

import bp.data.DataSet;
import bp.data.Iris;
import bp.data.OneHot;
import bp.general.Network;
import bp.train.Trainer;
import bp.train.TrainingResult;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Times the two training runs the course cares about and writes BENCHMARKS.md in the course
 * folder. Not a unit test: run it by hand, on a quiet machine, with
 * {@value #COMMAND}.
 *
 * <p>(a) text 003's Iris run: 4-5-3 sigmoid, per-sample SGD, η = 0.2, 300 epochs over 130 rows,
 * loss and accuracy on the training and validation sets after every epoch.
 * (b) a 64-30-10 sigmoid network on 1000 synthetic samples, mini-batches of 32, 10 epochs.
 * Each is run until the JIT has warmed up, then timed several times; median and minimum reported.
 */
public final class TrainingBenchmark {

    /** What a reader types in the course folder; `course bench` runs this class through Maven's exec plugin. */
    static final String COMMAND = "./course bench";

    record Case(String name, String work, int warmups, int repetitions, Supplier<TrainingResult> run) {
    }

    /** Median and minimum over the timed runs, in ms: wall clock and the thread's CPU time. */
    record Timing(Case c, double medianMs, double minMs, double medianCpuMs, double minCpuMs, String result) {
    }

    public static void main(String[] args) throws IOException {
        Path course = courseFolder();
        DataSet iris = Iris.load(course.resolve("datasets/iris.csv")).scaled().shuffle(1);
        DataSet.Split split = iris.split(130);
        DataSet synthetic = synthetic(1000, 64, 10, 42);

        List<Case> cases = List.of(
                new Case("(a) Iris, text 003", "4-5-3 sigmoid, per-sample SGD, η = 0.2, 300 epochs × 130 rows, "
                        + "train + validation loss/accuracy every epoch", 30, 20,
                        () -> new Trainer().eta(0.2).epochs(300).validation(split.validation())
                                .train(Network.layers(4, 5, 3).biasPerNeuron().build().initUniform(1), split.train())),
                new Case("(b) 64-30-10 mini-batch", "64-30-10 sigmoid, 1000 synthetic samples, K = 32, η = 0.5, "
                        + "10 epochs, shuffled each epoch (seed 7)", 10, 15,
                        () -> new Trainer().eta(0.5).epochs(10).batchSize(32).shuffleEachEpoch(7)
                                .train(Network.layers(64, 30, 10).biasPerNeuron().build().initScaled(3), synthetic)));

        List<Timing> timings = new ArrayList<>();
        for (Case c : cases) {
            timings.add(time(c));
            System.out.println(line(timings.get(timings.size() - 1)));
        }
        Path out = course.resolve("BENCHMARKS.md");
        Files.writeString(out, report(timings));
        System.out.println("wrote " + out);
    }

    static Timing time(Case c) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < c.warmups(); i++) {
            c.run().get();
        }
        double[] wall = new double[c.repetitions()];
        double[] cpu = new double[c.repetitions()];
        TrainingResult last = null;
        for (int i = 0; i < wall.length; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            last = c.run().get();
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Timing(c, wall[wall.length / 2], wall[0], cpu[cpu.length / 2], cpu[0], last.toString());
    }

    /** Inputs U[0,1); the class is the argmax of a fixed random linear map of the input. */
    static DataSet synthetic(int n, int inputs, int classes, long seed) {
        Random random = new Random(seed);
        double[][] teacher = new double[classes][inputs];
        for (double[] row : teacher) {
            for (int i = 0; i < inputs; i++) {
                row[i] = random.nextGaussian();
            }
        }
        double[][] x = new double[n][inputs];
        double[][] y = new double[n][];
        for (int k = 0; k < n; k++) {
            double[] score = new double[classes];
            for (int i = 0; i < inputs; i++) {
                x[k][i] = random.nextDouble();
                for (int c = 0; c < classes; c++) {
                    score[c] += teacher[c][i] * x[k][i];
                }
            }
            y[k] = OneHot.encode(OneHot.argmax(score), classes);
        }
        return DataSet.of(x, y);
    }

    static String line(Timing t) {
        return String.format("%-26s wall median %8.2f ms  min %8.2f ms | CPU median %8.2f ms  min %8.2f ms  (%s)",
                t.c().name(), t.medianMs(), t.minMs(), t.medianCpuMs(), t.minCpuMs(), t.result());
    }

    static String report(List<Timing> timings) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("# Benchmarks\n\n");
        s.append("Training speed of `bp.train.Trainer` on the loop-form `Network.backprop`. ");
        s.append("Written by `lib/src/test/java/bp/bench/TrainingBenchmark.java`; rerun it to refresh this file:\n\n");
        s.append("```\n").append(COMMAND).append("   # in the course folder\n```\n\n");
        s.append("| run | what | warm-up / timed runs | wall median | wall min | CPU median | CPU min | result of the last run |\n");
        s.append("|---|---|---|---|---|---|---|---|\n");
        for (Timing t : timings) {
            s.append(String.format("| %s | %s | %d / %d | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %s |%n", t.c().name(),
                    t.c().work(), t.c().warmups(), t.c().repetitions(), t.medianMs(), t.minMs(), t.medianCpuMs(),
                    t.minCpuMs(), t.result()));
        }
        s.append("\n- Date: ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        s.append("- JDK: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(" (").append(System.getProperty("java.vendor")).append(")\n");
        s.append("- CPU: ").append(cpu()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" logical processors available to the JVM\n");
        s.append("- OS: ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version")).append('\n');
        s.append("- Load average when the timing ended (1, 5, 15 min): ").append(loadAverage()).append('\n');
        s.append("- Timing: one whole `Trainer.train` call per run (including the per-epoch evaluation), one thread, ")
                .append("in Maven's JVM (exec:java), after the warm-up runs. Wall = System.nanoTime; CPU = the thread's ")
                .append("CPU time (ThreadMXBean), which other processes on a busy machine disturb less.\n");
        return s.toString();
    }

    static String loadAverage() throws IOException {
        Path load = Path.of("/proc/loadavg");
        if (!Files.isReadable(load)) {
            return "unknown";
        }
        String[] parts = Files.readString(load).trim().split("\\s+");
        return parts[0] + ", " + parts[1] + ", " + parts[2];
    }

    static String cpu() throws IOException {
        Path info = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(info)) {
            return System.getProperty("os.arch");
        }
        return Files.readAllLines(info).stream()
                .filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim())
                .findFirst().orElse(System.getProperty("os.arch"));
    }

    /** The folder holding datasets/ and BENCHMARKS.md: the working directory or one above it. */
    static Path courseFolder() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("datasets/iris.csv"))) {
                return p;
            }
        }
        throw new IllegalStateException("run from the course folder: no datasets/iris.csv at or above " + here);
    }
}
