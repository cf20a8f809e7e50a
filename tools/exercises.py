#!/usr/bin/python3
"""Checks that each chapter's exercises follow the course conventions (see CONTRACT.md).

Without running anything it checks, for every notebook `NN-name.ipynb`:

- at least three exercises: a code answer cell with its auto-check cell, or a written answer;
- answer cells: nbgrader grade false, solution true, locked false, schema_version 3, with
  `// BEGIN SOLUTION` / `// END SOLUTION` lines, and an auto-check `<grade_id>-check` after them;
- auto-check cells: grade true, solution false, locked true, points > 0, grade_id ending in
  `-check`, calling `Check` with the answer's grade_id in the part the student sees (outside
  the hidden tests), so the student gets right/wrong and a hint;
- written answers (markdown): grade true, solution true, locked false, points > 0, with
  BEGIN SOLUTION / END SOLUTION lines;
- grade_ids `chN-...` with N the chapter number, unique in the whole course;
- the notebook can be released (release.py finds no misplaced delimiters);
- no code line longer than MAX_LINE characters, in the master and in its released copy (a
  longer line makes the cell scroll sideways in the learner's browser, hiding its end).

Run with Debian's Python: /usr/bin/python3 tools/exercises.py [NOTEBOOK_OR_FOLDER ...]
"""

import argparse
import re
import sys
from pathlib import Path

from nbmeta import (NOTEBOOKS_DIR, grade_id, is_auto_check, is_written_answer,
                    nbgrader, notebook_files, points, read_notebook, source_of)
import scoring
from release import ReleaseError, regions, release_notebook, remove_hidden_tests

MIN_EXERCISES = 3
MAX_LINE = 100   # characters of a code line that fit a cell in Jupyter Notebook 6 at 1280 px
CHAPTER = re.compile(r"^(\d+)-")


def chapter_number(path):
    """The chapter number of `NN-name.ipynb`, or None."""
    match = CHAPTER.match(Path(path).name)
    return int(match.group(1)) if match else None


def flags_problems(cell, expected):
    """Differences between the cell's nbgrader flags and the expected ones."""
    meta = nbgrader(cell)
    wrong = [f"{flag} should be {value}" for flag, value in expected.items()
             if bool(meta.get(flag)) != value]
    if meta.get("schema_version") != 3:
        wrong.append("schema_version should be 3")
    return wrong


def is_code_answer(cell):
    """A code cell where the student writes an answer."""
    return cell.get("cell_type") == "code" and nbgrader(cell).get("solution") and not nbgrader(cell).get("grade")


def answer_problems(cell, later_cells):
    """What is wrong with a code answer cell, given the cells after it."""
    gid = grade_id(cell)
    problems = flags_problems(cell, {"grade": False, "solution": True, "locked": False})
    try:
        if not regions(source_of(cell).split("\n"), "SOLUTION", gid):
            problems.append("no // BEGIN SOLUTION … // END SOLUTION region")
    except ReleaseError as problem:
        problems.append(str(problem))
    if not any(is_auto_check(c) and grade_id(c) == f"{gid}-check" for c in later_cells):
        problems.append(f"no auto-check cell {gid}-check after it")
    return problems + forbidden_problems(cell)


def forbidden_problems(cell):
    """What is wrong with the answer cell's list of library members an answer may not call."""
    forbidden = cell.get("metadata", {}).get("course", {}).get("forbidden")
    if not isinstance(forbidden, list) or not all(isinstance(m, str) and m.isidentifier() for m in forbidden):
        return ['metadata course.forbidden should list the library members an answer may not call '
                '(e.g. ["dErr_dw4"]; [] when there are none)']
    model = scoring.java_source(source_of(cell))
    return [f"the model answer itself calls {m}, which course.forbidden forbids" for m in forbidden
            if scoring.calls_member(model, m)]


def check_problems(cell):
    """What is wrong with an auto-check cell."""
    gid = grade_id(cell)
    problems = flags_problems(cell, {"grade": True, "solution": False, "locked": True})
    if points(cell) <= 0:
        problems.append("points should be a number above 0")
    if not gid.endswith("-check"):
        problems.append("grade_id should end with -check")
    try:
        visible = remove_hidden_tests(source_of(cell), gid)
    except ReleaseError as problem:
        return problems + [str(problem)]
    answer = gid[:-len("-check")]
    if "Check." not in visible or f'"{answer}"' not in visible:
        problems.append(f'the part students see should call Check with "{answer}"')
    if "raises-exception" in cell.metadata.get("tags", []):
        problems.append("a check cell must not be tagged raises-exception")
    return problems


def written_problems(cell):
    """What is wrong with a written (markdown) answer."""
    problems = flags_problems(cell, {"grade": True, "solution": True, "locked": False})
    if points(cell) <= 0:
        problems.append("points should be a number above 0")
    try:
        if not regions(source_of(cell).split("\n"), "SOLUTION", grade_id(cell)):
            problems.append("no BEGIN SOLUTION / END SOLUTION lines around the model answer")
    except ReleaseError as problem:
        problems.append(str(problem))
    return problems


def notebook_problems(nb, path):
    """(number of well-formed exercises, problems) of one notebook.

    A code exercise counts when both its answer cell and its check cell are well-formed."""
    chapter = chapter_number(path)
    problems, good_answers, bad_checks, written = [], [], set(), 0
    if chapter is None:
        problems.append("file name should start with the chapter number, e.g. 02-name.ipynb")
    for index, cell in enumerate(nb.cells):
        if "nbgrader" not in cell.get("metadata", {}):
            continue
        gid = grade_id(cell) or ""
        where = f"cell {index} ({gid or 'no grade_id'})"
        if chapter is not None and not gid.startswith(f"ch{chapter}-"):
            problems.append(f"{where}: grade_id should start with ch{chapter}-")
        if is_code_answer(cell):
            found = answer_problems(cell, nb.cells[index + 1:])
            good_answers += [] if found else [gid]
        elif is_auto_check(cell):
            found = check_problems(cell)
            bad_checks |= {gid} if found else set()
        elif is_written_answer(cell):
            found = written_problems(cell)
            written += 0 if found else 1
        else:
            found = [] if nbgrader(cell).get("locked") else ["nbgrader metadata of an unknown kind"]
        problems.extend(f"{where}: {p}" for p in found)
    exercises = written + sum(1 for gid in good_answers if f"{gid}-check" not in bad_checks)
    if exercises < MIN_EXERCISES:
        problems.append(f"{exercises} well-formed exercise(s), at least {MIN_EXERCISES} needed")
    try:
        released = release_notebook(nb, Path(path).name)
    except ReleaseError as problem:
        problems.append(f"cannot be released: {problem}")
        released = None
    problems.extend(long_line_problems(nb, released))
    return exercises, problems


def long_lines(cell):
    """(line number, length) of every line of a code cell longer than MAX_LINE characters."""
    if cell.get("cell_type") != "code":
        return []
    return [(number, len(line)) for number, line in enumerate(source_of(cell).split("\n"), 1)
            if len(line) > MAX_LINE]


def long_line_problems(nb, released=None):
    """A problem for every code line over MAX_LINE characters in the master, and for every such
    line the released copy adds (a stub replacing a solution region)."""
    problems = []
    for index, cell in enumerate(nb.cells):
        for number, length in long_lines(cell):
            problems.append(f"cell {index} ({cell.get('id')}): line {number} has {length} characters, "
                            f"more than the {MAX_LINE} that fit the page; break it")
    for index, cell in enumerate(released.cells if released else []):
        master_lines = {line for line in source_of(nb.cells[index]).split("\n") if len(line) > MAX_LINE}
        lines = source_of(cell).split("\n")
        for number, length in long_lines(cell):
            if lines[number - 1] not in master_lines:
                problems.append(f"cell {index} ({cell.get('id')}), released copy: line {number} has "
                                f"{length} characters, more than {MAX_LINE}; shorten the stub")
    return problems


def duplicate_ids(notebooks):
    """Problems for grade_ids used more than once in the course: {path: [problems]}."""
    seen, problems = {}, {}
    for path, nb in notebooks.items():
        for cell in nb.cells:
            gid = grade_id(cell)
            if not gid:
                continue
            if gid in seen:
                problems.setdefault(path, []).append(f"grade_id {gid} also used in {Path(seen[gid]).name}")
            else:
                seen[gid] = path
    return problems


def check_notebooks(paths):
    """{path: (exercises, problems)} for the given notebooks, course-wide ids included."""
    notebooks, results = {}, {}
    for path in paths:
        try:
            notebooks[path] = read_notebook(path)
        except Exception as problem:
            results[path] = (0, [f"unreadable: {problem}"])
    duplicates = duplicate_ids(notebooks)
    for path, nb in notebooks.items():
        count, problems = notebook_problems(nb, path)
        results[path] = (count, problems + duplicates.get(path, []))
    return results


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="exercises.py",
        description="Check that every chapter has at least three exercises that follow the "
                    "course's nbgrader conventions (nothing is executed).")
    parser.add_argument("paths", nargs="*", default=[str(NOTEBOOKS_DIR)], metavar="PATH",
                        help="notebooks or folders of notebooks (default: notebooks/)")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    results = check_notebooks(notebook_files(args.paths))
    bad = 0
    for path, (count, problems) in sorted(results.items()):
        print(f"{Path(path).name}: {count} exercise(s), " + ("OK" if not problems else f"{len(problems)} problem(s)"))
        for problem in problems:
            print(f"    {problem}")
        bad += 1 if problems else 0
    print(f"exercises: {len(results) - bad} notebook(s) OK, {bad} with problems")
    return 1 if bad or not results else 0


if __name__ == "__main__":
    sys.exit(main())
