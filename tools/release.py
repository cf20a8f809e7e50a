#!/usr/bin/python3
"""Writes the student version of the master notebooks.

In every solution cell (nbgrader `solution: true`) each region between a `// BEGIN SOLUTION`
line and a `// END SOLUTION` line is replaced by a stub, indented like the BEGIN line:

    // YOUR CODE HERE
    throw new UnsupportedOperationException("exercise <grade_id>: your code here");

(written `if (true) throw ...;` when code follows the region inside the same block, so that the
code after it still compiles). The message is short so that the stub line fits the page width
the chapters keep (exercises.MAX_LINE characters) even with a long grade_id. In a markdown answer
the region between `BEGIN SOLUTION` and `END SOLUTION` lines becomes `YOUR ANSWER HERE`; a
markdown answer without delimiters is replaced whole, as nbgrader does. In auto-check cells the
regions between `// BEGIN HIDDEN TESTS` and `// END HIDDEN TESTS` are removed (the grader puts
them back).
Outputs are cleared; cell ids and all metadata are kept. The masters are only read.

Run with Debian's Python: /usr/bin/python3 tools/release.py [--out DIR] [NOTEBOOK ...]
"""

import argparse
import copy
import re
import sys
from pathlib import Path

from nbmeta import (COURSE_ROOT, NOTEBOOKS_DIR, grade_id, is_auto_check, is_solution,
                    notebook_files, read_notebook, source_of, write_notebook)

DELIMITER = re.compile(
    r"^\s*(?://+|#+|<!--|/\*+)?\s*(BEGIN|END) (SOLUTION|HIDDEN TESTS)\s*(?:-->|\*+/)?\s*$")
CODE_STUB = "// YOUR CODE HERE"
TEXT_STUB = "YOUR ANSWER HERE"


class ReleaseError(ValueError):
    """A master notebook whose solution or hidden-test regions cannot be released safely."""


def delimiter(line):
    """('BEGIN' or 'END', 'SOLUTION' or 'HIDDEN TESTS') when the line is a delimiter, else None."""
    match = DELIMITER.match(line)
    return (match.group(1), match.group(2)) if match else None


def regions(lines, kind, where):
    """The (begin, end) line indexes of the `kind` regions, checking that they pair up."""
    found, begin = [], None
    for number, line in enumerate(lines):
        mark = delimiter(line)
        if not mark or mark[1] != kind:
            continue
        if mark[0] == "BEGIN":
            if begin is not None:
                raise ReleaseError(f"{where}: BEGIN {kind} on line {number + 1} inside another one")
            begin = number
        else:
            if begin is None:
                raise ReleaseError(f"{where}: END {kind} on line {number + 1} without a BEGIN")
            found.append((begin, number))
            begin = None
    if begin is not None:
        raise ReleaseError(f"{where}: BEGIN {kind} on line {begin + 1} has no END {kind}")
    return found


def indentation(line):
    """The leading white space of a line."""
    return line[:len(line) - len(line.lstrip())]


def code_follows(lines, end):
    """True when the next non-blank line after `end` is more code of the same block (not `}`)."""
    for line in lines[end + 1:]:
        if line.strip():
            return not line.strip().startswith("}")
    return False


def code_stub(gid, lines, end):
    """The stub lines that replace a code solution region."""
    throw = f'throw new UnsupportedOperationException("exercise {gid}: your code here");'
    if code_follows(lines, end):
        throw = "if (true) " + throw
    return [CODE_STUB, throw]


def stub_solutions(source, cell_type, gid, where):
    """The source with every solution region replaced by its stub (see the module doc)."""
    lines = source.split("\n")
    found = regions(lines, "SOLUTION", where)
    if not found:
        if cell_type == "markdown":
            return TEXT_STUB
        raise ReleaseError(f"{where}: solution cell without a // BEGIN SOLUTION region")
    result, position = [], 0
    for begin, end in found:
        result.extend(lines[position:begin])
        stub = code_stub(gid, lines, end) if cell_type == "code" else [TEXT_STUB]
        result.extend(indentation(lines[begin]) + line for line in stub)
        position = end + 1
    result.extend(lines[position:])
    return "\n".join(result)


def remove_hidden_tests(source, where="cell"):
    """The source without its hidden-test regions (delimiters included) and trailing blank lines."""
    lines = source.split("\n")
    kept, position = [], 0
    for begin, end in regions(lines, "HIDDEN TESTS", where):
        kept.extend(lines[position:begin])
        position = end + 1
    kept.extend(lines[position:])
    return "\n".join(kept).rstrip()


def has_delimiters(source, kind):
    """True when the source has a BEGIN or END line of the given kind."""
    return any((mark := delimiter(line)) and mark[1] == kind for line in source.split("\n"))


def describe(cell, index, name):
    """How a cell is named in error messages."""
    return f"{name} cell {index} (id {cell.get('id', '?')}, grade_id {grade_id(cell)})"


def release_cell(cell, where):
    """The student version of one cell (a new cell; the master's is not changed)."""
    released = copy.deepcopy(cell)
    source = source_of(cell)
    if is_solution(cell):
        source = stub_solutions(source, cell.cell_type, grade_id(cell), where)
    elif has_delimiters(source, "SOLUTION"):
        raise ReleaseError(f"{where}: has a SOLUTION region but is not a solution cell "
                           "(nbgrader solution: true); releasing it would show the answer")
    if is_auto_check(cell):
        source = remove_hidden_tests(source, where)
    elif has_delimiters(source, "HIDDEN TESTS"):
        raise ReleaseError(f"{where}: has HIDDEN TESTS but is not an auto-check cell "
                           "(nbgrader grade: true, solution: false)")
    released.source = source
    if released.cell_type == "code":
        released.outputs = []
        released.execution_count = None
    return released


def release_notebook(nb, name="notebook"):
    """The student version of a master notebook (a new notebook; the master is not changed)."""
    released = copy.deepcopy(nb)
    released.cells = [release_cell(cell, describe(cell, i, name)) for i, cell in enumerate(nb.cells)]
    return released


def release_files(paths, out_dir):
    """Releases each master into out_dir; returns the number of notebooks that failed."""
    out_dir = Path(out_dir).resolve()
    failed = 0
    for path in paths:
        path = Path(path).resolve()
        if path.parent == out_dir:
            print(f"{path.name}: refusing to write the release over its master", file=sys.stderr)
            failed += 1
            continue
        try:
            nb = read_notebook(path)
            released = release_notebook(nb, path.name)
        except (ReleaseError, ValueError, OSError) as problem:
            print(f"{path.name}: not released: {problem}", file=sys.stderr)
            failed += 1
            continue
        write_notebook(released, out_dir / path.name)
        solutions = sum(1 for c in nb.cells if is_solution(c))
        checks = sum(1 for c in nb.cells if is_auto_check(c))
        print(f"{path.name}: {solutions} answer(s) stubbed, {checks} check cell(s) without hidden tests")
    return failed


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="release.py",
        description="Write student versions of the master notebooks: solution regions become "
                    "stubs, hidden tests are removed, outputs cleared; ids and nbgrader metadata "
                    "kept. The masters are never modified.")
    parser.add_argument("paths", nargs="*", default=[str(NOTEBOOKS_DIR)], metavar="NOTEBOOK",
                        help="master notebooks or folders of them (default: notebooks/)")
    parser.add_argument("--out", default=str(COURSE_ROOT / "target" / "release"), metavar="DIR",
                        help="where the student notebooks go (default: target/release); students "
                             "put them in the notebooks/ folder of their copy of the course")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    paths = notebook_files(args.paths)
    if not paths:
        print(f"no notebooks found in {' '.join(args.paths)}", file=sys.stderr)
        return 1
    failed = release_files(paths, args.out)
    print(f"released {len(paths) - failed} of {len(paths)} notebook(s) to {args.out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
