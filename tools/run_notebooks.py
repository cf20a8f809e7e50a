#!/usr/bin/python3
"""Executes the course notebooks through Jupyter with the IJava kernel and reports each one.

Each notebook runs in a fresh kernel whose working folder is the notebook's folder, with a time
limit per cell and per notebook. A notebook fails when

- a cell not tagged `raises-exception` shows an error, or any cell writes to stderr;
- a cell times out or the kernel dies;
- the committed file has outputs, a kernelspec other than `java`, a cell without an id, is not
  valid JSON, or holds an absolute path of this machine (/root, /home, /tmp, /work).

The executed notebooks and an HTML export of each go to the output folder. One line per notebook
is printed (its time and its three slowest cells), then `notebooks: N passed, M failed`; the exit
status is 1 if any failed.

Two checks can ride on the same run, so that `./course test` executes every chapter once:

- `--wrong-answers DIR`: after the chapter, in the same kernel, the wrong answers of DIR/NN.json
  are tried against the chapter's checks (see probes.py); one that is accepted fails the notebook.
- `--grading`: the chapter runs as the grader's *collect* run (scoring.collect_notebook, the
  answer methods wrapped, every call a check makes recorded); the notebook fails unless every
  exercise's check records at least one call to its answer, which is what grading replays. The
  executed copy written to the output folder is the chapter as written, with the outputs.

Run with Debian's Python: /usr/bin/python3 tools/run_notebooks.py [NOTEBOOK_OR_FOLDER ...]
"""

import argparse
import copy
import json
import re
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path


import kernel_runner
import probes
import scoring
from kernel_runner import Limits
from nbmeta import KERNEL_NAME, NOTEBOOKS_DIR, COURSE_ROOT, export_html, notebook_files, read_notebook, write_notebook

ABSOLUTE_PATH = re.compile(r"(?<![\w.:/~-])/(?:root|home|tmp|work)(?=/|\b)")


@dataclass
class Report:
    """The result of one notebook."""
    name: str
    seconds: float = 0.0
    cells_run: int = 0
    code_cells: int = 0
    problems: list = field(default_factory=list)
    slowest: list = field(default_factory=list)   # (cell id, seconds), the slowest first
    probes_tried: int = 0                          # wrong answers tried after the chapter
    probe_seconds: float = 0.0                     # the time they took (inside `seconds`)

    @property
    def passed(self):
        return not self.problems

    def line(self):
        """The one-line summary printed for this notebook."""
        verdict = "PASS" if self.passed else "FAIL  " + self.problems[0]
        more = f"  (+{len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        slow = ("  slowest: " + ", ".join(f"{cell} {seconds:.1f} s" for cell, seconds in self.slowest)
                if self.slowest else "")
        probed = (f"  (+{self.probe_seconds:.1f} s: {self.probes_tried} wrong answers)"
                  if self.probes_tried else "")
        return (f"{self.name:<32} {self.chapter_seconds:6.1f} s  {self.cells_run:3d}/{self.code_cells:<3d} cells  "
                f"{verdict}{more}{slow}{probed}")

    @property
    def chapter_seconds(self):
        """The notebook's own time: kernel start and its cells, without the wrong answers after it."""
        return self.seconds - self.probe_seconds


SLOWEST_SHOWN = 3


def slowest_cells(run, count=SLOWEST_SHOWN, last=None):
    """The `count` code cells up to index `last` that took longest, as (cell id, seconds), slowest first."""
    timed = [(run.notebook.cells[index].get("id", str(index)), cell_run.seconds)
             for index, cell_run in run.cells.items()
             if cell_run.status != kernel_runner.NOT_RUN and (last is None or index <= last)]
    return sorted(timed, key=lambda pair: -pair[1])[:count]


def committed_problems(path):
    """What is wrong with the notebook file as committed (before running it)."""
    text = Path(path).read_text(encoding="utf-8")
    try:
        raw = json.loads(text)
    except ValueError as problem:
        return [f"invalid JSON: {problem}"]
    problems = []
    kernel = raw.get("metadata", {}).get("kernelspec", {}).get("name")
    if kernel != KERNEL_NAME:
        problems.append(f"kernelspec name is {kernel!r}, expected {KERNEL_NAME!r}")
    cells = raw.get("cells", [])
    with_outputs = [cell_name(c, i) for i, c in enumerate(cells)
                    if c.get("outputs") or c.get("execution_count") is not None]
    if with_outputs:
        problems.append(f"committed with outputs in {len(with_outputs)} cell(s), first {with_outputs[0]}")
    without_id = [str(i) for i, c in enumerate(cells) if not c.get("id")]
    if without_id:
        problems.append(f"cell(s) without an id: {', '.join(without_id[:5])}")
    match = ABSOLUTE_PATH.search(text)
    if match:
        problems.append(f"absolute path {text[match.start():match.start() + 40].split()[0]!r} in the file")
    return problems


def cell_name(cell, index):
    """How a cell is named in messages: its position and id."""
    return f"cell {index} (id {cell.get('id', '?')})"


def run_problems(run, last=None):
    """The problems found in an executed notebook (up to cell `last`): errors (unless allowed), stderr, timeouts."""
    problems = []
    for index, cell_run in sorted(run.cells.items()):
        if last is not None and index > last:
            continue
        cell = run.notebook.cells[index]
        allowed = "raises-exception" in cell.get("metadata", {}).get("tags", [])
        if cell_run.status == kernel_runner.ERROR and allowed:
            pass
        elif not cell_run.ok:
            problems.append(f"{cell_name(cell, index)}: {cell_run.reason}")
        if cell_run.stderr:
            problems.append(f"{cell_name(cell, index)} wrote to stderr: {cell_run.stderr}")
    return problems


def run_notebook(path, out_dir, limits, wrong_answers=None, grading=False):
    """Checks, executes and exports one notebook; returns its Report (never raises).

    `wrong_answers` (a folder) and `grading` add the checks described in the module doc.
    """
    path = Path(path).resolve()
    report = Report(path.name)
    started = time.monotonic()
    try:
        report.problems.extend(committed_problems(path))
        master = read_notebook(path)
        report.code_cells = len(kernel_runner.code_cells(master))
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="bp-run-") as scratch:
            calls = Path(scratch) / "calls.tsv"
            nb = scoring.collect_notebook(master, calls) if grading else copy.deepcopy(master)
            last = len(nb.cells) - 1
            tried = add_wrong_answers(nb, master, path, wrong_answers, grading, report)
            with open(out_dir / (path.stem + ".kernel.log"), "w") as log:
                run = kernel_runner.execute(nb, path.parent, limits, kernel_log=log)
            if grading:
                report.problems.extend(grading_problems(master, calls.read_text() if calls.is_file() else ""))
        summarise(report, run, master, last, tried)
        executed = outputs_onto(master, run.notebook)
        write_notebook(executed, out_dir / path.name)
        export_html(executed, out_dir / (path.stem + ".html"))
    except Exception as problem:
        report.problems.append(f"could not run: {type(problem).__name__}: {problem}")
    report.seconds = time.monotonic() - started
    return report


def summarise(report, run, master, last, tried):
    """Fills the report from the run: the notebook's own cells are those up to index `last`, the
    wrong-answer probes come after them."""
    ids = {cell.get("id") for cell in master.cells}
    report.cells_run = sum(1 for i, r in run.cells.items() if r.status != kernel_runner.NOT_RUN
                           and i <= last and run.notebook.cells[i].get("id") in ids)
    report.problems.extend(run_problems(run, last))
    report.slowest = slowest_cells(run, last=last)
    report.probes_tried = sum(1 for p in tried if not p.is_model)
    report.probe_seconds = sum(r.seconds for i, r in run.cells.items() if i > last)
    verdicts = (probes.verdict(run.notebook, p) for p in tried)
    report.problems.extend(f"wrong answers: {line}" for line in verdicts if line)


def add_wrong_answers(nb, master, path, folder, grading, report):
    """Appends the chapter's wrong-answer probes to nb and returns them (none without a file)."""
    if folder is None:
        return []
    wrong = probes.read_wrong_answers(probes.wrong_answers_file(folder, path))
    if wrong is None:
        return []
    report.problems.extend(f"wrong answers: {line}" for line in probes.coverage_problems(master, wrong))
    prefix = "bp.grading.Calls.leave();\n" if grading else ""
    return probes.append_probes(nb, master, wrong, prefix)


def grading_problems(master, calls_text):
    """Exercises whose check recorded no call to their answer in the collect run (grading could not score them)."""
    recorded = scoring.parse_calls(calls_text)
    methods = {}
    for method in scoring.answer_methods(master):
        methods.setdefault(method.grade_id, set()).add(method.name)
    problems = []
    for answer, check in scoring.check_after(master).items():
        if methods.get(answer) and not methods[answer] & set(recorded.get(check, [])):
            problems.append(f"grading: the check {check} made no call to {', '.join(sorted(methods[answer]))} "
                            f"(the answer of {answer}), so a submission's answer could not be replayed there")
    return problems


def outputs_onto(master, executed):
    """The master with the outputs its cells got in the executed copy (matched by cell id)."""
    by_id = {cell.get("id"): cell for cell in executed.cells}
    result = copy.deepcopy(master)
    for cell in result.cells:
        ran = by_id.get(cell.get("id"))
        if cell.cell_type == "code" and ran is not None:
            cell.outputs, cell.execution_count = ran.get("outputs", []), ran.get("execution_count")
    return result


def start_order(paths):
    """The notebooks, last chapter first. The later chapters train the bigger networks and the
    first ones are short, so started this way the short ones fill the gaps at the end and the
    workers finish close together (longest first; in chapter order, two workers waited ~5 s
    for each other)."""
    return sorted(paths, key=lambda path: Path(path).name, reverse=True)


def run_all(paths, out_dir, limits, jobs, wrong_answers=None, grading=False, stream=sys.stdout):
    """Runs the notebooks, `jobs` at a time, the later chapters first; prints a line for each to
    `stream` as it finishes."""
    reports = []
    context = get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = {pool.submit(run_notebook, p, out_dir, limits, wrong_answers, grading): p
                   for p in start_order(paths)}
        for future in as_completed(futures):
            try:
                report = future.result()
            except Exception as problem:  # the worker process itself broke
                report = Report(Path(futures[future]).name, problems=[f"runner crashed: {problem}"])
            print(report.line(), file=stream, flush=True)
            reports.append(report)
    return reports


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="run_notebooks.py",
        description="Execute notebooks with the IJava kernel (each in a fresh kernel, working "
                    "folder = the notebook's folder), check them, and write executed copies and "
                    "HTML to --out.")
    parser.add_argument("paths", nargs="*", default=[str(NOTEBOOKS_DIR)], metavar="PATH",
                        help="notebooks or folders of notebooks (default: notebooks/)")
    parser.add_argument("--out", default=str(COURSE_ROOT / "target" / "notebooks"), metavar="DIR",
                        help="where executed notebooks, HTML and kernel logs go (default: target/notebooks)")
    parser.add_argument("--cell-timeout", type=float, default=300, metavar="S",
                        help="seconds one cell may run (default: 300)")
    parser.add_argument("--timeout", type=float, default=1800, metavar="S",
                        help="seconds one notebook may run in all (default: 1800)")
    parser.add_argument("--jobs", type=int, default=2, metavar="N",
                        help="notebooks run at the same time, each in its own kernel (default: 2)")
    parser.add_argument("--wrong-answers", metavar="DIR",
                        help="after each chapter NN, try the wrong answers in DIR/NN.json against its checks")
    parser.add_argument("--grading", action="store_true",
                        help="run each chapter as the grader's collect run and check every exercise can be replayed")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    paths = notebook_files(args.paths)
    if not paths:
        print(f"no notebooks found in {' '.join(args.paths)}")
        print("notebooks: 0 passed, 0 failed")
        return 1
    limits = Limits(cell_timeout=args.cell_timeout, notebook_timeout=args.timeout, max_restarts=0)
    started = time.monotonic()
    reports = run_all(paths, args.out, limits, max(1, args.jobs), args.wrong_answers, args.grading)
    failed = sum(1 for r in reports if not r.passed)
    print(f"notebooks: {len(reports) - failed} passed, {failed} failed, "
          f"{time.monotonic() - started:.1f} s in all ({max(1, args.jobs)} at a time)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
