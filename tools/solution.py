#!/usr/bin/python3
"""Prints the model answer of one exercise, for a learner who is stuck: `./course solution ch2-dw4`.

The answer is the solution region(s) of the master's answer cell with that grade_id (a code
answer, or a written answer in markdown). An unknown grade_id gets the ids that look like it.
The student pack has no masters: there the command says so and sends the learner to the teacher.

Run with Jupyter's Python: /usr/bin/python3 tools/solution.py GRADE_ID
"""

import argparse
import difflib
import sys
import textwrap
from pathlib import Path

from nbmeta import COURSE_ROOT, grade_id, is_solution, read_notebook, source_of
from workspace import chapters, is_student_pack


class UnknownExercise(LookupError):
    """A grade_id no answer cell has; the message lists similar ones."""


class NoModelAnswer(LookupError):
    """The exercise exists, but this copy of the course has no model answer for it."""


def answer_cells(root):
    """{grade_id: (chapter file, cell index, cell)} of every answer cell of notebooks/."""
    found = {}
    for chapter in chapters(root):
        for index, cell in enumerate(read_notebook(chapter).cells):
            if is_solution(cell) and grade_id(cell):
                found.setdefault(grade_id(cell), (chapter, index, cell))
    return found


def similar(wanted, known):
    """A message naming the known ids most like `wanted` (or all of them)."""
    if wanted.endswith("-check") and wanted[:-len("-check")] in known:
        return (f"{wanted} is the check cell; its exercise is {wanted[:-len('-check')]}: "
                f"./course solution {wanted[:-len('-check')]}")
    close = difflib.get_close_matches(wanted, list(known), n=6, cutoff=0.5)
    prefix = wanted.split("-")[0] + "-"
    close += [gid for gid in known if gid.startswith(prefix) and gid not in close]
    shown = close or sorted(known)
    return (f"no exercise '{wanted}'. " + ("Similar: " if close else "Exercises: ")
            + ", ".join(shown) + ". The id is the exercise's grade_id, e.g. ch2-dw4, "
            "printed by its check (✓ ch2-dw4: right).")


def model_answer(root, wanted):
    """The printable model answer of exercise `wanted` (raises UnknownExercise)."""
    from release import regions  # the masters' format; not part of the student pack
    cells = answer_cells(root)
    if wanted not in cells:
        raise UnknownExercise(similar(wanted, cells))
    chapter, index, cell = cells[wanted]
    lines = source_of(cell).split("\n")
    found = regions(lines, "SOLUTION", f"{chapter.name} cell {index}")
    if not found and (cell.cell_type == "code" or "YOUR ANSWER HERE" in source_of(cell)):
        raise NoModelAnswer(f"notebooks/{chapter.name} is a released copy, not the master: it has "
                            f"no model answer. Ask your teacher for the answer to {wanted}.")
    parts = [lines[begin + 1:end] for begin, end in found] or [lines]
    where = f"{chapter.name}, cell {index + 1} of {len(read_notebook(chapter).cells)}"
    text = [f"Model answer of {wanted} ({where}):", ""]
    for number, (part, region) in enumerate(zip(parts, found or [None]), start=1):
        if region is not None:
            label = f"part {number} of {len(parts)}, " if len(parts) > 1 else ""
            text.append(f"  ({label}it goes below: {context(lines, region[0])})")
        text.append(textwrap.indent(textwrap.dedent("\n".join(part)), "    "))
        text.append("")
    return "\n".join(text).rstrip() + "\n"


def context(lines, begin):
    """The nearest non-blank line before line `begin`, to show where a part goes."""
    for line in reversed(lines[:begin]):
        if line.strip():
            return line.strip()
    return "(start of the cell)"


def pack_message(root, wanted):
    """What the student pack answers: no model answers here, or an unknown id."""
    known = answer_cells(root)
    if wanted not in known:
        raise UnknownExercise(similar(wanted, known))
    return (f"This copy of the course is the student pack: it has no model answers. "
            f"Ask your teacher for the answer to {wanted}.\n")


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="solution.py",
        description="Print the model answer of one exercise (when you are stuck).")
    parser.add_argument("grade_id", metavar="GRADE_ID",
                        help="the exercise's id, e.g. ch2-dw4 (its check prints it)")
    return parser.parse_args(argv)


def main(argv=None, root=COURSE_ROOT):
    args = parse_args(argv)
    wanted = args.grade_id.strip()
    try:
        if is_student_pack(root):
            print(pack_message(root, wanted), end="", file=sys.stderr)
            return 1
        print(model_answer(root, wanted), end="")
    except NoModelAnswer as problem:
        print(problem, file=sys.stderr)
        return 1
    except UnknownExercise as problem:
        print(f"course: {problem}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
