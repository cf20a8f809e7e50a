#!/usr/bin/python3
"""How fast grading is, with and without the sandbox, side by side in one run.

Grades the same class (N copies of one chapter's master) ROUNDS times each way, alternating
sandboxed and unsandboxed runs so that a busy machine slows both alike, and writes the figures
into BENCHMARKS.md between the `<!-- grading -->` markers (the rest of the file is left as it is).

Run: ./course bench (after the training benchmark), or /usr/bin/python3 tools/bench_grading.py
[--students N] [--rounds R] [--chapter NOTEBOOK]
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from grade import trusted_jar
from nbmeta import COURSE_ROOT, NOTEBOOKS_DIR

BEGIN, END = "<!-- grading -->", "<!-- /grading -->"


def grade_once(submissions, out, jar, sandbox, jobs):
    """Seconds one grading run takes (it must succeed)."""
    command = [sys.executable, str(Path(__file__).with_name("grade.py")), str(submissions),
               "--out", str(out), "--jar", jar, "--jobs", str(jobs)]
    if not sandbox:
        command.append("--no-sandbox")
    started = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True)
    seconds = time.monotonic() - started
    if result.returncode != 0 or "graded" not in result.stdout:
        raise SystemExit(f"bench: grading failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return seconds


def section(chapter, students, rounds, jobs, with_sandbox, without):
    per_minute = lambda seconds: 60 * students / seconds  # noqa: E731
    ratio = statistics.median(a / b for a, b in zip(with_sandbox, without))
    load = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    return "\n".join([
        BEGIN, "", "## Grading, with and without the sandbox", "",
        f"`./course grade` on {students} copies of `{chapter}` (each graded as a student's submission: "
        f"the student's run and the replay of the checks), --jobs {jobs}, {rounds} rounds, the two ways "
        "alternating. Written by `tools/bench_grading.py` (run by `./course bench`).", "",
        "| grading | wall median | notebooks graded per minute (median) |", "|---|---|---|",
        f"| in the sandbox | {statistics.median(with_sandbox):.1f} s | {per_minute(statistics.median(with_sandbox)):.1f} |",
        f"| without (`--no-sandbox`) | {statistics.median(without):.1f} s | {per_minute(statistics.median(without)):.1f} |",
        "", f"Sandbox overhead: {100 * (ratio - 1):+.1f} % (median of the paired runs' ratios, "
        f"{', '.join(f'{a / b:.3f}' for a, b in zip(with_sandbox, without))}). "
        f"Load average at the end: {load}.", "", END])


def write_section(text, begin=BEGIN, end=END):
    """Puts `text` (which starts with `begin` and ends with `end`) into BENCHMARKS.md in place of
    the old section between the same markers, or at the end; the rest of the file stays."""
    path = COURSE_ROOT / "BENCHMARKS.md"
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    pattern = re.compile(re.escape(begin) + ".*?" + re.escape(end), re.S)
    new = pattern.sub(lambda _: text, old) if pattern.search(old) else old.rstrip() + "\n\n" + text + "\n"
    path.write_text(new, encoding="utf-8")
    return path


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--students", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--chapter", default="01-gradient-descent.ipynb")
    args = parser.parse_args(argv)
    jar = trusted_jar()
    tmp = Path(tempfile.mkdtemp(prefix="bp-bench-grading-"))
    try:
        submissions = tmp / "submissions"
        for k in range(args.students):
            (submissions / f"student{k + 1}").mkdir(parents=True)
            shutil.copy2(NOTEBOOKS_DIR / args.chapter, submissions / f"student{k + 1}" / args.chapter)
        with_sandbox, without = [], []
        for round_ in range(args.rounds):
            with_sandbox.append(grade_once(submissions, tmp / f"s{round_}", jar, True, args.jobs))
            without.append(grade_once(submissions, tmp / f"n{round_}", jar, False, args.jobs))
            print(f"round {round_ + 1}: sandbox {with_sandbox[-1]:.1f} s, without {without[-1]:.1f} s", flush=True)
        text = section(args.chapter, args.students, args.rounds, args.jobs, with_sandbox, without)
        print(f"wrote {write_section(text)}")
        print(text)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
