#!/usr/bin/python3
"""Grades students' notebooks against the master notebooks, each submission in a sandbox.

Layout (as nbgrader's): SUBMISSIONS_DIR/<student>/<notebook>.ipynb, where <notebook> is the file
name of a master in notebooks/. Student folder names must be plain (letters, digits, . _ -) and
nothing may be a symbolic link; anything else is refused with a reason.

For each master, once: the master runs with its answer methods recording every call its checks
make (scoring.py, "collect"); a master whose own checks fail stops the grading.
For each submission (the file is only read, never changed):

1. its locked cells (setup with imports, checks) are put back from the master by grade_id
   (restore.py), and `screen` takes out magics and reflection and finds answers that call the
   library member the exercise asks for;
2. in a sandbox (sandbox.py), the student's notebook runs with each check cell replaced by cells
   that call the student's own methods with the recorded arguments; the results go to a tape.
   The student's kernel never sees a check or a hidden test;
3. in a second sandbox, the master runs again, its answer methods answering from the tape; each
   check cell there scores its points if it runs without error, else 0 with the reason.
   No student code runs in that kernel, so nothing the student wrote can forge a verdict.

Outputs, in --out: grades.csv, reasons.csv, grades.html (gradebook.py) and
feedback/<student>/<notebook>.ipynb (+ .html), made safe to open (feedback.py). Notebooks are
graded --jobs at a time (default: one per core).

Run with Debian's Python: /usr/bin/python3 tools/grade.py SUBMISSIONS_DIR [--out DIR]
"""

import argparse
import json
import os
import re
import stat
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

import nbformat

import jarstamp
import kernel_runner
import scoring
from feedback import feedback_notebook, summary_cell
from gradebook import Exercise, NotebookGrade, Score, number, write_gradebook
from kernel_runner import Limits
from nbmeta import (COURSE_ROOT, NOTEBOOKS_DIR, auto_checks, export_html, grade_id, is_auto_check,
                    points, read_notebook, write_notebook)
from restore import restore
from sandbox import Jail, JobFailed, SandboxUnavailable, check_available

STUDENT_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
MAX_SUBMISSION_BYTES = 20_000_000
CALLS, TAPE = "calls.tsv", "tape.tsv"


@dataclass
class Setting:
    """What every grading job shares: the course jar, datasets, limits and whether to sandbox."""
    jar: str
    datasets: str
    limits: Limits
    sandbox: bool
    out_dir: Path


@dataclass
class Job:
    """One submitted notebook to grade."""
    student: str
    notebook: str
    submission: Path
    master: Path
    calls: str
    setting: Setting


def exercises_of(master, notebook):
    """The gradebook columns of a master notebook: its auto-check cells."""
    return [Exercise(notebook, grade_id(c), points(c)) for c in auto_checks(master)]


def zero_grade(student, notebook, exercises, reason, seconds=0.0):
    """0 points for every exercise of the notebook, all for the same reason."""
    return NotebookGrade(student, notebook, [Score(e, 0, reason) for e in exercises], [], seconds)


def load_submission(path):
    """(notebook, None) or (None, reason): only a regular file, never through a symbolic link."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError as problem:
        if Path(path).is_symlink():
            return None, "refused: the notebook is a symbolic link; hand in the file itself"
        return None, f"unreadable file: {problem.strerror}"
    with os.fdopen(fd, "rb") as stream:
        info = os.fstat(stream.fileno())
        if not stat.S_ISREG(info.st_mode):
            return None, "refused: not a regular file"
        if info.st_nlink > 1:
            return None, "refused: the notebook is a hard link to another file; hand in the file itself"
        if info.st_size > MAX_SUBMISSION_BYTES:
            return None, f"refused: larger than {MAX_SUBMISSION_BYTES // 1_000_000} MB"
        raw = stream.read()
    try:
        text = raw.decode("utf-8")
        json.loads(text)
    except UnicodeDecodeError as problem:
        return None, f"unreadable file: {problem}"
    except ValueError as problem:
        return None, f"invalid JSON: {problem}"
    try:
        nb = nbformat.reads(text, as_version=4)
        nbformat.validate(nb)
    except Exception as problem:
        first_line = str(problem).strip().split("\n")[0]
        return None, f"not a valid notebook: {first_line}"
    return nb, None


def check_index(nb):
    """{check grade_id: cell index} of an executed notebook."""
    found = {}
    for index, cell in enumerate(nb.cells):
        if is_auto_check(cell):
            found.setdefault(grade_id(cell), index)
    return found


def run_cells(result):
    """{cell index: CellRun} from a runner's result."""
    return {int(i): kernel_runner.CellRun(**c) for i, c in result["cells"].items()}


def failed_answers(student_run):
    """{check grade_id: reason} for answer cells that did not run (e.g. the method does not compile)."""
    reasons = {}
    cells = run_cells(student_run)
    for index, cell in enumerate(student_run["notebook"].cells):
        marks = cell.get("metadata", {}).get("grading", {})
        if marks.get("answers_for") and index in cells and not cells[index].ok:
            reasons.setdefault(marks["answers_for"], f"{marks['method']}: {cells[index].reason}")
    return reasons


def kernel_notes(student_run):
    """Notes about the student's own cells that stopped a kernel (the rest ran in a new one)."""
    notes = []
    cells = run_cells(student_run)
    for index, cell_run in sorted(cells.items()):
        cell = student_run["notebook"].cells[index]
        if cell_run.status in (kernel_runner.TIMEOUT, kernel_runner.DIED) and "grading" not in cell.metadata:
            notes.append(f"cell {cell.get('id', index)}: {cell_run.reason}; the cells after it were "
                         "run again in a new kernel without it")
    return notes


def score(exercises, replay, refused, unanswered, restored):
    """The Score of each exercise, judged only from the replay run (no student code in it)."""
    index_of = check_index(replay["notebook"])
    cells = run_cells(replay)
    scores = []
    for exercise in exercises:
        gid = exercise.grade_id
        notes = list(restored.notes.get(gid, []))
        run = cells.get(index_of.get(gid))
        if gid in refused:
            scores.append(Score(exercise, 0, "; ".join(notes + [refused[gid]])))
        elif run is not None and run.ok:
            scores.append(Score(exercise, exercise.max_points, "; ".join(notes)))
        else:
            failure = unanswered.get(gid) or (run.reason if run is not None else "check cell not run")
            scores.append(Score(exercise, 0, "; ".join(notes + [failure])))
    return scores


def grade_submission(job):
    """Grades one submitted notebook; returns its NotebookGrade (never raises)."""
    started = time.monotonic()
    exercises = []
    jail = None
    try:
        master = read_notebook(job.master)
        exercises = exercises_of(master, job.notebook)
        submission, problem = load_submission(job.submission)
        if problem:
            return zero_grade(job.student, job.notebook, exercises, problem, time.monotonic() - started)
        restored = restore(submission, master)
        screened = scoring.screen(restored.notebook, master)
        setting = job.setting
        jail = Jail(setting.jar, setting.datasets, sandbox=setting.sandbox)
        notes = restored.general + screened.notes
        try:
            student_run = jail.run(
                lambda p: scoring.answer_notebook(screened.notebook, master, job.calls, p.job(CALLS), p.scratch(TAPE)),
                job.notebook, setting.limits, inputs={CALLS: job.calls}, returns=[TAPE])
            tape, unanswered = student_run["files"][TAPE] or "", failed_answers(student_run)
            notes += kernel_notes(student_run)
        except JobFailed as failure:
            student_run, tape, unanswered = None, "", {}
            notes.append(f"your notebook's run was stopped: {failure}")
        replay = jail.run(lambda p: scoring.replay_notebook(master, p.job(CALLS), p.job(TAPE)),
                          job.notebook, setting.limits, inputs={CALLS: job.calls, TAPE: tape})
        grade = NotebookGrade(job.student, job.notebook,
                              score(exercises, replay, screened.refused, unanswered, restored), notes)
    except Exception as problem:
        return zero_grade(job.student, job.notebook, exercises,
                          f"grader error: {type(problem).__name__}: {problem}", time.monotonic() - started)
    finally:
        if jail:
            jail.close()
    try:
        write_feedback(job, screened, student_run, replay, master, grade)
    except Exception as problem:
        grade.notes.append(f"feedback notebook not written: {type(problem).__name__}: {problem}")
    grade.seconds = time.monotonic() - started
    return grade


def write_feedback(job, screened, student_run, replay, master, grade):
    """Writes the feedback notebook (and its HTML) of one submission."""
    ran = student_run["notebook"] if student_run else nbformat.v4.new_notebook()
    nb = feedback_notebook(screened.notebook, ran, replay["notebook"], check_index(replay["notebook"]),
                           master, summary_cell(grade, master))
    folder = job.setting.out_dir / "feedback" / job.student
    write_notebook(nb, folder / job.notebook)
    export_html(nb, (folder / job.notebook).with_suffix(".html"))


def collect_calls(master_path, setting):
    """(call log, None) or (None, problem): the master run once, recording its checks' calls."""
    master = read_notebook(master_path)
    jail = Jail(setting.jar, setting.datasets, sandbox=setting.sandbox)
    try:
        result = jail.run(lambda p: scoring.collect_notebook(master, p.scratch(CALLS)), master_path.name,
                          setting.limits, returns=[CALLS])
    except JobFailed as failure:
        return None, f"the master did not run: {failure}"
    finally:
        jail.close()
    cells = run_cells(result)
    for gid, index in check_index(result["notebook"]).items():
        if index in cells and not cells[index].ok:
            return None, f"the master's own check {gid} fails: {cells[index].reason}"
    return result["files"][CALLS] or "", None


def find_submissions(submissions_dir):
    """({student: {notebook file name: path}}, warnings) for SUBMISSIONS_DIR/<student>/<notebook>.ipynb.

    A student folder that is a symbolic link or has a name that is not plain is refused; a
    notebook that is a symbolic link is kept (and scored 0 with the reason when graded).
    """
    found, warnings = {}, []
    for folder in sorted(Path(submissions_dir).iterdir()):
        if folder.name.startswith("."):
            continue
        if folder.is_symlink():
            warnings.append(f"refused {folder.name!r}: a student folder may not be a symbolic link")
            continue
        if not folder.is_dir():
            continue
        if not STUDENT_NAME.match(folder.name):
            warnings.append(f"refused folder {folder.name!r}: a student folder's name may only hold letters, "
                            "digits, '.', '_' and '-' (at most 64); rename it and grade again")
            continue
        found[folder.name] = {p.name: p for p in sorted(folder.glob("*.ipynb"))
                              if not p.name.startswith(".") and (p.is_symlink() or p.is_file())}
    return found, warnings


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


def collect_all(names, masters_dir, setting, workers):
    """{master name: call log} for every master to grade; raises SystemExit on a broken master."""
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        futures = {name: pool.submit(collect_calls, masters_dir / name, setting) for name in names}
        calls = {}
        for name, future in futures.items():
            log, problem = future.result()
            if problem:
                print(f"grade: {name}: {problem}; fix the master, then grade again", file=sys.stderr)
                raise SystemExit(2)
            calls[name] = log
    return calls


def plan(submissions, masters_dir, setting, workers):
    """(jobs, grades for missing notebooks, exercises, warnings) of a grading run."""
    names = sorted({name for files in submissions.values() for name in files})
    known = [n for n in names if (masters_dir / n).is_file()]
    warnings = [f"no master notebook {n} in {masters_dir}: not graded" for n in names if n not in known]
    masters = {n: read_notebook(masters_dir / n) for n in known}
    exercises = [e for n in known for e in exercises_of(masters[n], n)]
    calls = collect_all(known, masters_dir, setting, workers) if known else {}
    jobs, missing = [], []
    for student, files in submissions.items():
        for name in known:
            if name in files:
                jobs.append(Job(student, name, files[name], masters_dir / name, calls[name], setting))
            else:
                missing.append(zero_grade(student, name, exercises_of(masters[name], name), "not submitted"))
    return jobs, missing, exercises, warnings


def trusted_jar():
    """The course jar, used only when it is the one built from today's sources (jarstamp.py);
    otherwise it is built again first."""
    if not jarstamp.holds():
        print("grade: building the course jar from its sources (the jar on disk is not the one "
              "they build)", flush=True)
        build = subprocess.run(["./mvnw", "-B", "-ntp", "-q", "clean", "package", "-DskipTests"], cwd=COURSE_ROOT,
                               capture_output=True, text=True)
        if build.returncode != 0:
            raise SystemExit(f"grade: the course jar does not build:\n{build.stdout[-2000:]}{build.stderr[-2000:]}")
        jarstamp.write()
    return str(jarstamp.JAR)


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="grade.py",
        description="Grade SUBMISSIONS_DIR/<student>/<notebook>.ipynb against the master "
                    "notebooks, each submission in its own sandbox; no verdict is taken from "
                    "student code (see the module doc). Writes grades.csv, reasons.csv, "
                    "grades.html and feedback/<student>/<notebook>.ipynb (+ .html) to --out. "
                    "Submissions are never modified.")
    parser.add_argument("submissions", metavar="SUBMISSIONS_DIR",
                        help="one folder per student holding the submitted notebooks")
    parser.add_argument("--out", default=str(COURSE_ROOT / "target" / "grades"), metavar="DIR",
                        help="where the gradebook and feedback go (default: target/grades)")
    parser.add_argument("--masters", default=str(NOTEBOOKS_DIR), metavar="DIR",
                        help="folder of the master notebooks (default: notebooks/)")
    parser.add_argument("--cell-timeout", type=float, default=120, metavar="S",
                        help="seconds one cell may run (default: 120; the setup cell that loads the course jar may take up to 180)")
    parser.add_argument("--timeout", type=float, default=900, metavar="S",
                        help="seconds one notebook may take in all, restarts included (default: 900)")
    parser.add_argument("--max-restarts", type=int, default=3, metavar="N",
                        help="new kernels after a timeout or kernel death, per notebook (default: 3)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, metavar="N",
                        help="notebooks graded at the same time (default: one per core)")
    parser.add_argument("--no-sandbox", action="store_true",
                        help="run student code WITHOUT the sandbox, with your rights (only where "
                             "the sandbox cannot run, and only for code you trust)")
    parser.add_argument("--jar", metavar="JAR", help=argparse.SUPPRESS)  # tests: a verified copy
    return parser.parse_args(argv)


def check_folders(submissions, masters, out):
    """An error message when the folders cannot be used, else None."""
    if not submissions.is_dir():
        return f"{submissions} is not a folder"
    if not masters.is_dir():
        return f"{masters} is not a folder of master notebooks"
    if out == submissions or submissions in out.parents:
        return f"--out {out} is inside the submissions folder, which the grader never writes to"
    if out == masters or masters in out.parents:
        return f"--out {out} is inside the masters' folder"
    return None


def sandbox_or_warning(no_sandbox):
    """True for a sandboxed run; prints why not, or stops when the sandbox is missing."""
    if no_sandbox:
        print("warning: --no-sandbox: student code runs with YOUR rights: it can read and change "
              "your files and reach your network. Use it only for code you trust.", file=sys.stderr)
        return False
    try:
        check_available()
    except SandboxUnavailable as problem:
        print(f"grade: the grading sandbox cannot run here: {problem}. Grade on a Linux machine "
              "with bubblewrap, or pass --no-sandbox to run student code with your rights.", file=sys.stderr)
        raise SystemExit(2)
    return True


def main(argv=None):
    args = parse_args(argv)
    submissions_dir = Path(args.submissions).resolve()
    masters_dir = Path(args.masters).resolve()
    out_dir = Path(args.out).resolve()
    problem = check_folders(submissions_dir, masters_dir, out_dir)
    if problem:
        print(f"grade: {problem}", file=sys.stderr)
        return 2
    sandboxed = sandbox_or_warning(args.no_sandbox)
    setting = Setting(args.jar or trusted_jar(), str(COURSE_ROOT / "datasets"),
                      Limits(args.cell_timeout, args.timeout, args.max_restarts), sandboxed, out_dir)
    submissions, warnings = find_submissions(submissions_dir)
    workers = max(1, args.jobs)
    jobs, missing, exercises, plan_warnings = plan(submissions, masters_dir, setting, workers)
    for warning in warnings + plan_warnings:
        print(f"warning: {warning}", flush=True)
    if not jobs:
        print(f"grade: no submitted notebook of {submissions_dir} has a master in {masters_dir}",
              file=sys.stderr)
        return 2
    grades = run_pool(jobs, workers) + missing
    paths = write_gradebook(out_dir, sorted(submissions), exercises, grades)
    print(f"graded {len(jobs)} notebook(s) of {len(submissions)} student(s); "
          f"gradebook: {', '.join(str(p) for p in paths)}; feedback: {out_dir / 'feedback'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
