#!/usr/bin/python3
"""How far a learner is: runs the learner's own workspace notebooks through the checks.

For each chapter in workspace/, the learner's copy is read (never changed), its check cells and
setup cell are put back from the master by grade_id, teacher-only tests included (restore.py),
and it runs in a fresh IJava kernel in a temporary copy of the course folder, never in
workspace/. Each check scores its points if it runs without error. One table is printed:
chapter, exercise, ✓/✗, points, the hint of a failed check, and the total.

In the student pack there are no masters: the learner's notebook runs as it is, with the checks
the learner sees, and the table says so. This runs the learner's own code on the learner's own
machine, so there is no sandbox.

Run with Jupyter's Python: /usr/bin/python3 tools/progress.py [CHAPTER ...]
"""

import argparse
import re
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

import kernel_runner
from kernel_runner import Limits
from nbmeta import (COURSE_ROOT, auto_checks, grade_id, is_auto_check, is_written_answer,
                    make_course_mirror, points, read_notebook)
from workspace import WorkspaceError, is_student_pack, resolve_chapter, workspace_dir

MAX_HINT = 100


@dataclass
class Row:
    """One exercise of the table."""
    chapter: str
    exercise: str
    got: float
    max: float
    hint: str = ""

    @property
    def passed(self):
        return self.got >= self.max


def exercise_name(check_id):
    """The exercise's grade_id from its check's (ch2-dw4-check → ch2-dw4)."""
    return check_id[:-len("-check")] if check_id.endswith("-check") else check_id


def runnable(root, learner, master):
    """(notebook to run, notes per check grade_id): the learner's copy with the master's checks."""
    if is_student_pack(root):
        return learner, {}
    from restore import restore  # the masters' tools; not part of the student pack
    restored = restore(learner, master)
    notes = {gid: [explained(note) for note in texts] for gid, texts in restored.notes.items()}
    return restored.notebook, notes


def explained(note):
    """A restore note in the learner's terms: a missing answer cell may be new in the course."""
    match = re.fullmatch(r"answer cell (\S+) deleted", note)
    if not match:
        return note
    return (f"answer cell {match.group(1)} is not in your copy (deleted, or new in the course: "
            "./course reset CHAPTER gets it)")


def run_in_mirror(root, nb, limits):
    """Runs `nb` in a temporary copy of the course folder (links, and no workspace/ in it)."""
    with tempfile.TemporaryDirectory(prefix="bp-progress-") as work:
        notebooks = make_course_mirror(root, work)
        link = Path(work) / "workspace"
        if link.is_symlink():
            link.unlink()
        return kernel_runner.execute(nb, notebooks, limits)


def chapter_rows(root, name, limits):
    """The rows of one chapter: the learner's copy in workspace/ against notebooks/NAME."""
    root = Path(root)
    master = read_notebook(root / "notebooks" / name)
    checks = auto_checks(master)
    try:
        learner = read_notebook(workspace_dir(root) / name)
    except Exception as problem:
        reason = f"your notebook cannot be read: {str(problem).splitlines()[0]}"
        return [Row(name, exercise_name(grade_id(c)), 0, points(c), reason) for c in checks]
    nb, notes = runnable(root, learner, master)
    return scored(name, checks, run_in_mirror(root, nb, limits), notes)


def scored(name, checks, run, notes):
    """One row per check of the master: full points when its cell ran without error, else 0."""
    index_of = {}
    for index, cell in enumerate(run.notebook.cells):
        if is_auto_check(cell):
            index_of.setdefault(grade_id(cell), index)
    rows = []
    for check in checks:
        gid = grade_id(check)
        cell_run = run.cells.get(index_of.get(gid))
        ok = cell_run is not None and cell_run.ok
        reason = "" if ok else (cell_run.reason if cell_run else "check cell not in your notebook")
        hint = "; ".join(notes.get(gid, []) + ([reason] if reason else []))
        rows.append(Row(name, exercise_name(gid), points(check) if ok else 0, points(check), hint))
    return rows


def written_answers(root, names):
    """The grade_ids of the written answers (read by the teacher) of the chapters."""
    return [grade_id(c) for name in names
            for c in read_notebook(Path(root) / "notebooks" / name).cells if is_written_answer(c)]


def number(value):
    return f"{value:g}"


def table(rows):
    """The progress table as text, with a total line."""
    width = max([len("chapter")] + [len(r.chapter) for r in rows])
    lines = [f"{'chapter':<{width}}  {'exercise':<24} {'':1}  {'points':>7}  hint",
             "-" * (width + 50)]
    for row in rows:
        hint = short_hint(row)
        mark = "✓" if row.passed else "✗"
        score = f"{number(row.got)}/{number(row.max)}"
        lines.append(f"{row.chapter:<{width}}  {row.exercise:<24} {mark}  {score:>7}  {hint}".rstrip())
    got, most = sum(r.got for r in rows), sum(r.max for r in rows)
    done = sum(1 for r in rows if r.passed)
    lines.append("-" * (width + 50))
    lines.append(f"{'total':<{width}}  {f'{done} of {len(rows)} exercises':<24} {'':1}  "
                 f"{number(got) + '/' + number(most):>7}")
    return "\n".join(lines)


def selected(root, wanted):
    """The chapter file names to check: the named ones, or every chapter in workspace/."""
    folder = workspace_dir(root)
    if not folder.is_dir():
        raise WorkspaceError("there is no workspace/ yet: run ./course start first")
    names = [resolve_chapter(root, w).name for w in wanted] if wanted else \
            [p.name for p in sorted(folder.glob("*.ipynb")) if (Path(root) / "notebooks" / p.name).is_file()]
    missing = [n for n in names if not (folder / n).is_file()]
    if missing:
        raise WorkspaceError(f"not in your workspace: {', '.join(missing)}; run ./course start "
                             "to copy it in, or ./course reset CHAPTER")
    return names


def progress(root, names, limits, jobs=2, say=print):
    """All rows of the chapters, run `jobs` at a time, in chapter order."""
    jobs = max(1, min(jobs, len(names)))
    say(f"checking {len(names)} chapter(s), each in a fresh kernel, {jobs} at a time "
        "(half a minute to a few minutes each)…")
    found = {}
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn")) as pool:
        futures = {pool.submit(chapter_rows, root, name, limits): name for name in names}
        for future in as_completed(futures):
            rows = found[futures[future]] = future.result()
            say(f"  {futures[future]}: {sum(r.passed for r in rows)} of {len(rows)} exercise(s) done")
    return [row for name in names for row in found[name]]


def short_hint(row):
    """The failure without the repeated '✗ <exercise>: ' and, when unanswered, only that."""
    hint = row.hint.replace(f"✗ {row.exercise}: ", "")
    if hint.startswith("not answered yet"):
        return "not answered yet"
    return hint if len(hint) <= MAX_HINT else hint[:MAX_HINT - 1] + "…"


def report(root, names, rows):
    """The text printed after the runs: the table and what it covers."""
    scope = ("This copy of the course is the student pack: only the checks you see in your "
             "notebooks were run; your teacher's grading may test more."
             if is_student_pack(root) else
             "Your workspace notebooks were run with every check, the hidden ones included; "
             "workspace/ was not changed.")
    written = written_answers(root, names)
    lines = [table(rows), "", scope]
    if written:
        lines.append("Written answers, read by your teacher (not counted above): " + ", ".join(written))
    return "\n".join(lines)


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="progress.py",
        description="Run your workspace notebooks through the exercise checks and print a table "
                    "of what is done. Your notebooks are not changed.")
    parser.add_argument("chapters", nargs="*", metavar="CHAPTER",
                        help="chapter numbers or file names (default: every chapter in workspace/)")
    parser.add_argument("--cell-timeout", type=float, default=120, metavar="S",
                        help="seconds one cell may run (default: 120)")
    parser.add_argument("--jobs", type=int, default=2, metavar="N",
                        help="chapters run at the same time (default: 2)")
    return parser.parse_args(argv)


def main(argv=None, root=COURSE_ROOT):
    args = parse_args(argv)
    try:
        names = selected(root, args.chapters)
    except WorkspaceError as problem:
        print(f"course: {problem}", file=sys.stderr)
        return 2
    limits = Limits(cell_timeout=args.cell_timeout, notebook_timeout=1200, max_restarts=2)
    rows = progress(root, names, limits, max(1, args.jobs))
    print(report(root, names, rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
