package bp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** BENCHMARKS.md: the figures, the ratios the goals are about, and the machine they were taken on. */
final class Report {

    private Report() {
    }

    static String markdown(List<Comparison> comparisons, NumPyReference numpy) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("# Benchmarks\n\n");
        s.append("Training speed of the library against a plain `double[]` loop doing the same arithmetic, timed ")
                .append("in the same JVM, interleaved (the order rotates every round), and the digits run in NumPy. ")
                .append("Written by `lib/src/test/java/bp/bench/TrainingBenchmark.java` (NumPy: `")
                .append(NumPyReference.SCRIPT).append("`); rerun to refresh this file:\n\n");
        s.append("```\n").append(TrainingBenchmark.COMMAND).append("   # in the course folder\n```\n\n");
        s.append("## Goals\n\n");
        s.append("| goal | measured (CPU medians) | met |\n|---|---|---|\n");
        for (Comparison c : comparisons) {
            s.append(String.format("| %s: library within 1.5× of the plain loop | %.2f ms / %.2f ms = **%.2f×** | %s |%n",
                    c.name(), c.library().medianCpuMs(), c.plain().medianCpuMs(), c.ratio(), c.ratio() <= 1.5 ? "yes" : "no"));
        }
        Comparison digits = comparisons.get(comparisons.size() - 1);
        if (numpy.present()) {
            double ratio = digits.library().medianCpuMs() / numpy.cpuMedianMs();
            s.append(String.format("| %s: library no slower than NumPy's matrix form | %.2f ms / %.2f ms = **%.2f×** | %s |%n",
                    digits.name(), digits.library().medianCpuMs(), numpy.cpuMedianMs(), ratio, ratio <= 1.0 ? "yes" : "no"));
        } else {
            s.append("| ").append(digits.name()).append(": library no slower than NumPy | not measured: ")
                    .append(numpy.missing()).append(" | – |\n");
        }
        s.append("\n## Runs\n\n");
        s.append("| run | how | warm-up / timed rounds | wall median | wall min | CPU median | CPU min | result of the last run |\n");
        s.append("|---|---|---|---|---|---|---|---|\n");
        for (Comparison c : comparisons) {
            for (int k = 0; k < c.timings().length; k++) {
                Timing t = c.timings()[k];
                s.append(String.format("| %s | %s | %d / %d | %s | %s |%n", k == 0 ? c.name() + "<br>" + c.work() : "",
                        Comparison.HOW[k], c.warmups(), c.repetitions(), t.cells(), t.result()));
            }
        }
        if (numpy.present()) {
            s.append(String.format("| %s | NumPy %s matrix form (BLAS: %s), one thread | 1 / %s | %s | held-out accuracy %s |%n",
                    digits.name(), numpy.values().get("numpy"), numpy.values().get("blas"), numpy.values().get("runs"),
                    numpy.cells(), numpy.values().get("heldout_accuracy")));
        }
        s.append("\nHow each is run:\n\n");
        s.append("- **library (buffered)** — (a) `Network.backprop(x, y, g)` into one `Gradients.sizedFor(net)` and ")
                .append("`Network.step(g, η)` per sample, loss and accuracy through one `ForwardPass.sizedFor(net)`; ")
                .append("(b) `MatrixBackprop.backprop(net, X, Y, room)` into one `MiniBatch.sizedFor(net, 10)`, then ")
                .append("`Network.step(ΔW, η / K)`. These are the same methods the allocating `backprop(x, y)` calls.\n");
        s.append("- **plain double[] loop** — `PlainLoop` in the same folder: one hidden layer, flat arrays, every ")
                .append("buffer allocated once, the same initial weights, the same sample order.\n");
        s.append("- **Trainer** — `new Trainer()…train(net, data)` as chapters 7 and 8 call it (its own per-epoch ")
                .append("evaluation and history; (b) also evaluates the 297 held-out images every epoch).\n");
        s.append("- **NumPy** — `").append(NumPyReference.SCRIPT).append("`: the same network and batches as ")
                .append("`o @ W.T + b` matrix products, run by `/usr/bin/python3` with one BLAS thread; its own ")
                .append("random initial weights and order (same arithmetic, other numbers). BLAS `blas` is Debian's ")
                .append("reference libblas3 (what python3-numpy pulls in); with OpenBLAS NumPy's figure would be lower.\n\n");
        s.append("## Machine\n\n");
        s.append("- Date: ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        s.append("- JDK: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(" (").append(System.getProperty("java.vendor")).append(")\n");
        s.append("- CPU: ").append(cpu()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" logical processors available to the JVM\n");
        s.append("- OS: ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version")).append('\n');
        s.append("- Load average when the timing ended (1, 5, 15 min): ").append(loadAverage())
                .append(" (above 2, other work shared the 2 cores: wall times are inflated, CPU times less so)\n");
        s.append("- The notebooks' jar: ").append(jarSize()).append('\n');
        s.append("- Timing: one whole training run per round, one thread, in Maven's JVM (exec:java), after the ")
                .append("warm-up rounds. Wall = System.nanoTime; CPU = the thread's CPU time (ThreadMXBean; ")
                .append("Python: time.thread_time), which other processes on a busy machine disturb less. ")
                .append("The goals compare CPU medians.\n");
        return s.toString();
    }

    /** The grading benchmark's section of the file (tools/bench_grading.py writes it), kept as it is. */
    static String gradingSection(Path file) throws IOException {
        String begin = "<!-- grading -->";
        String end = "<!-- /grading -->";
        String old = Files.isRegularFile(file) ? Files.readString(file) : "";
        int from = old.indexOf(begin);
        int to = old.indexOf(end, Math.max(from, 0));
        return from >= 0 && to > from ? "\n" + old.substring(from, to + end.length()) + "\n" : "";
    }

    static String jarSize() throws IOException {
        Path jar = TrainingBenchmark.courseFolder().resolve("lib/target/bp-course.jar");
        return Files.isRegularFile(jar)
                ? String.format("lib/target/bp-course.jar, %.1f MB", Files.size(jar) / 1e6)
                : "not built (./course build)";
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
}
