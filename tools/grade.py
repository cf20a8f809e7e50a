#!/usr/bin/python3
"""Grades students' notebooks against the master notebooks.

Layout (as nbgrader's): SUBMISSIONS_DIR/<student>/<notebook>.ipynb, where <notebook> is the file
name of a master in notebooks/. For each submission:

1. the file is copied to a temporary course folder (the submission is only read, never changed);
2. its locked cells are restored from the master by grade_id (see restore.py): hidden tests put
   back, edited check cells restored, deleted ones re-inserted after the cell that precedes them;
3. it runs in a fresh IJava kernel with a time limit per cell and per notebook; a cell that
   times out or kills the kernel (System.exit) is skipped in a new kernel and the rest still runs
   (a few times at most, within the notebook's limit);
4. each auto-check cell scores its points if it ran without error, else 0 with the reason.

Written answers (markdown) are graded by hand and not scored here. Outputs, in --out:
grades.csv, reasons.csv, grades.html (see gradebook.py) and feedback/<student>/<notebook>.ipynb
(+ .html): the executed notebook with a summary of the scores at the top. A submission that is
missing, not valid JSON, loops, exits or throws gets 0 for what failed, with a reason; the other
students are graded as usual. Two notebooks are graded at a time (--jobs).

Run with Debian's Python: /usr/bin/python3 tools/grade.py SUBMISSIONS_DIR [--out DIR]
"""

import argparse
import copy
import json
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

import nbformat
from nbformat.v4 import new_markdown_cell

import kernel_runner
from gradebook import Exercise, NotebookGrade, Score, number, write_gradebook
from kernel_runner import Limits
from nbmeta import (COURSE_ROOT, NOTEBOOKS_DIR, auto_checks, grade_id, is_auto_check,
                    export_html, is_written_answer, make_course_mirror, points, read_notebook, write_notebook)
from restore import restore


@dataclass
class Job:
    """One submitted notebook to grade."""
    student: str
    notebook: str
    submission: Path
    master: Path
    out_dir: Path
    limits: Limits


def exercises_of(master, notebook):
    """The gradebook columns of a master notebook: its auto-check cells."""
    return [Exercise(notebook, grade_id(c), points(c)) for c in auto_checks(master)]


def zero_grade(student, notebook, exercises, reason, seconds=0.0):
    """0 points for every exercise of the notebook, all for the same reason."""
    return NotebookGrade(student, notebook, [Score(e, 0, reason) for e in exercises], [], seconds)


def load_submission(path):
    """(notebook, None) or (None, reason) for a file that is not a readable notebook."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as problem:
        return None, f"unreadable file: {problem}"
    try:
        json.loads(text)
    except ValueError as problem:
        return None, f"invalid JSON: {problem}"
    try:
        nb = nbformat.reads(text, as_version=4)
        nbformat.validate(nb)
    except Exception as problem:
        first_line = str(problem).strip().split("\n")[0]
        return None, f"not a valid notebook: {first_line}"
    return nb, None


def score_cells(run, exercises, restored):
    """The Score of each exercise from the executed notebook."""
    index_of = {}
    for index, cell in enumerate(run.notebook.cells):
        if is_auto_check(cell):
            index_of.setdefault(grade_id(cell), index)
    scores = []
    for exercise in exercises:
        notes = list(restored.notes.get(exercise.grade_id, []))
        cell_run = run.cells.get(index_of.get(exercise.grade_id))
        if cell_run is not None and cell_run.ok:
            scores.append(Score(exercise, exercise.max_points, "; ".join(notes)))
        else:
            failure = cell_run.reason if cell_run is not None else "check cell not run"
            scores.append(Score(exercise, 0, "; ".join(notes + [failure])))
    return scores


def kernel_notes(run):
    """Notes about cells other than checks that stopped a kernel (they were skipped after)."""
    notes = []
    for index, cell_run in sorted(run.cells.items()):
        cell = run.notebook.cells[index]
        if cell_run.status in (kernel_runner.TIMEOUT, kernel_runner.DIED) and not is_auto_check(cell):
            notes.append(f"cell {cell.get('id', index)}: {cell_run.reason}; the cells after it were "
                         "run again in a new kernel without it")
    return notes


def escape_markdown(text):
    """Text safe inside a markdown table cell."""
    return (text.replace("\\", "\\\\").replace("|", "\\|").replace("$", "\\$")
            .replace("<", "&lt;").replace(">", "&gt;"))


def summary_cell(grade, master):
    """The markdown cell at the top of a feedback notebook."""
    lines = [f"## Feedback: {escape_markdown(grade.student)}, {escape_markdown(grade.notebook)}", "",
             f"**Auto-graded score: {number(grade.points)} / {number(grade.max_points)}**", "",
             "| exercise | points | result |", "|---|---|---|"]
    for score in grade.scores:
        mark = "✓" if score.points >= score.exercise.max_points else "✗"
        result = f"{mark} {escape_markdown(score.reason)}".rstrip()
        lines.append(f"| {score.exercise.grade_id} | {number(score.points)} / "
                     f"{number(score.exercise.max_points)} | {result} |")
    written = [grade_id(c) for c in master.cells if is_written_answer(c)]
    if written:
        lines += ["", "Graded by hand (not included above): " + ", ".join(written) + "."]
    if grade.notes:
        lines += ["", "Notes:"] + [f"- {escape_markdown(n)}" for n in grade.notes]
    cell = new_markdown_cell("\n".join(lines))
    cell.metadata["tags"] = ["grading-summary"]
    cell.id = "grading-summary"
    return cell


def write_feedback(job, executed, grade, master):
    """Writes the feedback notebook (and its HTML) of one submission."""
    feedback = copy.deepcopy(executed)
    feedback.cells.insert(0, summary_cell(grade, master))
    folder = job.out_dir / "feedback" / job.student
    write_notebook(feedback, folder / job.notebook)
    export_html(feedback, (folder / job.notebook).with_suffix(".html"))


def grade_submission(job):
    """Grades one submitted notebook; returns its NotebookGrade (never raises)."""
    started = time.monotonic()
    exercises = []
    try:
        master = read_notebook(job.master)
        exercises = exercises_of(master, job.notebook)
        with tempfile.TemporaryDirectory(prefix="bp-grade-") as work:
            notebooks = make_course_mirror(job.master.parent.parent, work)
            working_copy = notebooks / job.notebook
            shutil.copyfile(job.submission, working_copy)
            submission, problem = load_submission(working_copy)
            if problem:
                return zero_grade(job.student, job.notebook, exercises, problem,
                                  time.monotonic() - started)
            restored = restore(submission, master)
            run = kernel_runner.execute(restored.notebook, notebooks, job.limits)
        grade = NotebookGrade(job.student, job.notebook, score_cells(run, exercises, restored),
                              restored.general + kernel_notes(run))
    except Exception as problem:
        return zero_grade(job.student, job.notebook, exercises,
                          f"grader error: {type(problem).__name__}: {problem}",
                          time.monotonic() - started)
    try:
        write_feedback(job, run.notebook, grade, master)
    except Exception as problem:
        grade.notes.append(f"feedback notebook not written: {type(problem).__name__}: {problem}")
    grade.seconds = time.monotonic() - started
    return grade


def find_submissions(submissions_dir):
    """{student: {notebook file name: path}} for SUBMISSIONS_DIR/<student>/<notebook>.ipynb."""
    found = {}
    for folder in sorted(Path(submissions_dir).iterdir()):
        if not folder.is_dir() or folder.name.startswith("."):
            continue
        found[folder.name] = {p.name: p for p in sorted(folder.glob("*.ipynb"))
                              if p.is_file() and not p.name.startswith(".")}
    return found


def grade_line(grade):
    """The line printed for one graded notebook."""
    lost = [s for s in grade.scores if s.points < s.exercise.max_points]
    first = f"  first loss: {lost[0].exercise.grade_id}: {lost[0].reason}" if lost else ""
    return (f"{grade.student:<16} {grade.notebook:<36} {number(grade.points):>4} / "
            f"{number(grade.max_points):<4} {grade.seconds:6.1f} s{first}")


def run_pool(jobs, workers):
    """Grades the jobs `workers` at a time; a job whose worker process broke is retried once."""
    grades, pending, tried = [], list(jobs), set()
    while pending:
        broken = []
        with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
            futures = {pool.submit(grade_submission, job): job for job in pending}
            for future in as_completed(futures):
                job = futures[future]
                try:
                    grade = future.result()
                except BrokenProcessPool:
                    broken.append(job)
                    continue
                print(grade_line(grade), flush=True)
                grades.append(grade)
        pending = []
        for job in broken:
            key = (job.student, job.notebook)
            if key in tried:
                master = read_notebook(job.master)
                grade = zero_grade(job.student, job.notebook, exercises_of(master, job.notebook),
                                   "grader error: the grading process crashed")
                print(grade_line(grade), flush=True)
                grades.append(grade)
            else:
                tried.add(key)
                pending.append(job)
    return grades


def plan(submissions, masters_dir, out_dir, limits):
    """(jobs, grades for missing notebooks, exercises, warnings) of a grading run."""
    names = sorted({name for files in submissions.values() for name in files})
    known = [n for n in names if (masters_dir / n).is_file()]
    warnings = [f"no master notebook {n} in {masters_dir}: not graded" for n in names if n not in known]
    masters = {n: read_notebook(masters_dir / n) for n in known}
    exercises = [e for n in known for e in exercises_of(masters[n], n)]
    jobs, missing = [], []
    for student, files in submissions.items():
        for name in known:
            if name in files:
                jobs.append(Job(student, name, files[name], masters_dir / name, out_dir, limits))
            else:
                missing.append(zero_grade(student, name, exercises_of(masters[name], name),
                                          "not submitted"))
    return jobs, missing, exercises, warnings


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="grade.py",
        description="Grade SUBMISSIONS_DIR/<student>/<notebook>.ipynb against the master "
                    "notebooks: hidden tests and locked cells are put back by grade_id, each "
                    "notebook runs in a fresh IJava kernel, each auto-check cell scores its "
                    "points if it runs without error. Writes grades.csv, reasons.csv, "
                    "grades.html and feedback/<student>/<notebook>.ipynb (+ .html) to --out. "
                    "Submissions are never modified.")
    parser.add_argument("submissions", metavar="SUBMISSIONS_DIR",
                        help="one folder per student holding the submitted notebooks")
    parser.add_argument("--out", default=str(COURSE_ROOT / "target" / "grades"), metavar="DIR",
                        help="where the gradebook and feedback go (default: target/grades)")
    parser.add_argument("--masters", default=str(NOTEBOOKS_DIR), metavar="DIR",
                        help="folder of the master notebooks, inside the course folder "
                             "(default: notebooks/)")
    parser.add_argument("--cell-timeout", type=float, default=120, metavar="S",
                        help="seconds one cell may run (default: 120; the setup cell that loads the course jar may take up to 180)")
    parser.add_argument("--timeout", type=float, default=900, metavar="S",
                        help="seconds one notebook may take in all, restarts included (default: 900)")
    parser.add_argument("--max-restarts", type=int, default=3, metavar="N",
                        help="new kernels after a timeout or kernel death, per notebook (default: 3)")
    parser.add_argument("--jobs", type=int, default=2, metavar="N",
                        help="notebooks graded at the same time, each in its own kernel (default: 2)")
    return parser.parse_args(argv)


def check_folders(submissions, masters, out):
    """An error message when the folders cannot be used, else None."""
    if not submissions.is_dir():
        return f"{submissions} is not a folder"
    if not masters.is_dir():
        return f"{masters} is not a folder of master notebooks"
    if out == submissions or submissions in out.parents:
        return f"--out {out} is inside the submissions folder, which the grader never writes to"
    return None


def main(argv=None):
    args = parse_args(argv)
    submissions_dir = Path(args.submissions).resolve()
    masters_dir = Path(args.masters).resolve()
    out_dir = Path(args.out).resolve()
    problem = check_folders(submissions_dir, masters_dir, out_dir)
    if problem:
        print(f"grade: {problem}", file=sys.stderr)
        return 2
    limits = Limits(args.cell_timeout, args.timeout, args.max_restarts)
    submissions = find_submissions(submissions_dir)
    jobs, missing, exercises, warnings = plan(submissions, masters_dir, out_dir, limits)
    for warning in warnings:
        print(f"warning: {warning}", flush=True)
    if not jobs:
        print(f"grade: no submitted notebook of {submissions_dir} has a master in {masters_dir}",
              file=sys.stderr)
        return 2
    grades = run_pool(jobs, max(1, args.jobs)) + missing
    paths = write_gradebook(out_dir, sorted(submissions), exercises, grades)
    print(f"graded {len(jobs)} notebook(s) of {len(submissions)} student(s); "
          f"gradebook: {', '.join(str(p) for p in paths)}; feedback: {out_dir / 'feedback'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
