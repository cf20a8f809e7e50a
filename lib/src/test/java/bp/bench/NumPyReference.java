package bp.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The digits run in NumPy (tools/bench/digits_numpy.py), one thread; or why there is no figure. */
record NumPyReference(Map<String, String> values, String missing) {

    static final String SCRIPT = "tools/bench/digits_numpy.py";
    static final String PYTHON = "/usr/bin/python3";

    static NumPyReference run(Path course) {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            return new NumPyReference(Map.of(), "no " + PYTHON + " on this machine");
        }
        ProcessBuilder builder = new ProcessBuilder(PYTHON, SCRIPT).directory(course.toFile()).redirectErrorStream(true);
        for (String threads : new String[] {"OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"}) {
            builder.environment().put(threads, "1");
        }
        try {
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return new NumPyReference(Map.of(), SCRIPT + " did not finish within 10 minutes");
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (process.exitValue() == 3) {
                return new NumPyReference(Map.of(), "numpy is not installed for " + PYTHON
                        + " (Debian: apt-get install python3-numpy), so only the Java figures are recorded");
            }
            if (process.exitValue() != 0) {
                return new NumPyReference(Map.of(), SCRIPT + " failed: " + out);
            }
            return new NumPyReference(parse(out), null);
        } catch (IOException e) {
            return new NumPyReference(Map.of(), "could not run " + SCRIPT + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new NumPyReference(Map.of(), "interrupted while " + SCRIPT + " ran");
        }
    }

    private static Map<String, String> parse(String line) {
        Map<String, String> values = new HashMap<>();
        for (String pair : line.substring(line.lastIndexOf('\n') + 1).split("\\s+")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return values;
    }

    boolean present() {
        return missing == null;
    }

    double cpuMedianMs() {
        return 1000 * Double.parseDouble(values.get("cpu_median_s"));
    }

    String line() {
        return present() ? String.format("NumPy matrix form: CPU median %.2f ms, wall median %.2f ms (numpy %s, BLAS %s, held-out accuracy %s)",
                cpuMedianMs(), 1000 * Double.parseDouble(values.get("median_s")), values.get("numpy"), values.get("blas"),
                values.get("heldout_accuracy")) : "NumPy: " + missing;
    }

    String cells() {
        return String.format("%.2f ms | %.2f ms | %.2f ms | %.2f ms", 1000 * Double.parseDouble(values.get("median_s")),
                1000 * Double.parseDouble(values.get("min_s")), cpuMedianMs(), 1000 * Double.parseDouble(values.get("cpu_min_s")));
    }
}
