#!/usr/bin/python3
"""Executes the course notebooks through Jupyter with the IJava kernel and reports each one.

Each notebook runs in a fresh kernel whose working folder is the notebook's folder, with a time
limit per cell and per notebook. A notebook fails when

- a cell not tagged `raises-exception` shows an error, or any cell writes to stderr;
- a cell times out or the kernel dies;
- the committed file has outputs, a kernelspec other than `java`, a cell without an id, is not
  valid JSON, or holds an absolute path of this machine (/root, /home, /tmp, /work).

The executed notebooks and an HTML export of each go to the output folder. One line per notebook
is printed (its time and its three slowest cells), then `notebooks: N passed, M failed`; the exit status is 1 if any failed.

Run with Debian's Python: /usr/bin/python3 tools/run_notebooks.py [NOTEBOOK_OR_FOLDER ...]
"""

import argparse
import json
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path


import kernel_runner
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

    @property
    def passed(self):
        return not self.problems

    def line(self):
        """The one-line summary printed for this notebook."""
        verdict = "PASS" if self.passed else "FAIL  " + self.problems[0]
        more = f"  (+{len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        slow = ("  slowest: " + ", ".join(f"{cell} {seconds:.1f} s" for cell, seconds in self.slowest)
                if self.slowest else "")
        return (f"{self.name:<40} {self.seconds:6.1f} s  {self.cells_run:3d}/{self.code_cells:<3d} cells  "
                f"{verdict}{more}{slow}")


SLOWEST_SHOWN = 3


def slowest_cells(run, count=SLOWEST_SHOWN):
    """The `count` code cells that took longest, as (cell id, seconds), the slowest first."""
    timed = [(run.notebook.cells[index].get("id", str(index)), cell_run.seconds)
             for index, cell_run in run.cells.items() if cell_run.status != kernel_runner.NOT_RUN]
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


def run_problems(run):
    """The problems found in an executed notebook: errors (unless allowed), stderr, timeouts."""
    problems = []
    for index, cell_run in sorted(run.cells.items()):
        cell = run.notebook.cells[index]
        allowed = "raises-exception" in cell.get("metadata", {}).get("tags", [])
        if cell_run.status == kernel_runner.ERROR and allowed:
            pass
        elif not cell_run.ok:
            problems.append(f"{cell_name(cell, index)}: {cell_run.reason}")
        if cell_run.stderr:
            problems.append(f"{cell_name(cell, index)} wrote to stderr: {cell_run.stderr}")
    return problems


def run_notebook(path, out_dir, limits):
    """Checks, executes and exports one notebook; returns its Report (never raises)."""
    path = Path(path).resolve()
    report = Report(path.name)
    started = time.monotonic()
    try:
        report.problems.extend(committed_problems(path))
        nb = read_notebook(path)
        report.code_cells = len(kernel_runner.code_cells(nb))
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        with open(out_dir / (path.stem + ".kernel.log"), "w") as log:
            run = kernel_runner.execute(nb, path.parent, limits, kernel_log=log)
        report.cells_run = sum(1 for r in run.cells.values() if r.status != kernel_runner.NOT_RUN)
        report.problems.extend(run_problems(run))
        report.slowest = slowest_cells(run)
        write_notebook(run.notebook, out_dir / path.name)
        export_html(run.notebook, out_dir / (path.stem + ".html"))
    except Exception as problem:
        report.problems.append(f"could not run: {type(problem).__name__}: {problem}")
    report.seconds = time.monotonic() - started
    return report


def run_all(paths, out_dir, limits, jobs):
    """Runs the notebooks, `jobs` at a time; prints a line for each as it finishes."""
    reports = []
    context = get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = {pool.submit(run_notebook, p, out_dir, limits): p for p in paths}
        for future in as_completed(futures):
            try:
                report = future.result()
            except Exception as problem:  # the worker process itself broke
                report = Report(Path(futures[future]).name, problems=[f"runner crashed: {problem}"])
            print(report.line(), flush=True)
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
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    paths = notebook_files(args.paths)
    if not paths:
        print(f"no notebooks found in {' '.join(args.paths)}")
        print("notebooks: 0 passed, 0 failed")
        return 1
    limits = Limits(cell_timeout=args.cell_timeout, notebook_timeout=args.timeout, max_restarts=0)
    reports = run_all(paths, args.out, limits, max(1, args.jobs))
    failed = sum(1 for r in reports if not r.passed)
    print(f"notebooks: {len(reports) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
