package bp.bench;

/** One training run timed three ways: through the library, as a plain loop, and through the Trainer. */
record Comparison(String name, String work, int warmups, int repetitions, Timing[] timings) {

    static final String[] HOW = {"library (buffered)", "plain double[] loop", "Trainer (as the notebooks call it)"};

    Timing library() {
        return timings[0];
    }

    Timing plain() {
        return timings[1];
    }

    Timing trainer() {
        return timings[2];
    }

    /** Library time over plain-loop time, from the CPU medians (the goal is ≤ 1.5). */
    double ratio() {
        return library().medianCpuMs() / plain().medianCpuMs();
    }

    String line() {
        StringBuilder s = new StringBuilder(name);
        for (int c = 0; c < timings.length; c++) {
            s.append(String.format("%n  %-36s CPU median %9.2f ms  wall median %9.2f ms  (%s)", HOW[c],
                    timings[c].medianCpuMs(), timings[c].medianMs(), timings[c].result()));
        }
        return s.append(String.format("%n  library / plain loop (CPU medians): %.2f", ratio())).toString();
    }
}
