"""Reading notebooks and their nbgrader metadata, shared by every tool.

The course follows nbgrader's cell metadata (schema version 3):

- solution cell:      grade false, solution true,  locked false  (the learner writes code here)
- auto-check cell:    grade true,  solution false, locked true, points > 0 (a code cell)
- written answer:     grade true,  solution true,  locked false, points > 0 (a markdown cell,
                      graded by hand)
- other locked cells: locked true (given code the learner must not change)
"""

import copy
import os
from pathlib import Path

import nbformat

TOOLS_DIR = Path(__file__).resolve().parent
COURSE_ROOT = TOOLS_DIR.parent
NOTEBOOKS_DIR = COURSE_ROOT / "notebooks"
KERNEL_NAME = "java"

os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")


def read_notebook(path):
    """Reads a notebook file as nbformat 4 (raises on invalid JSON or an unreadable file)."""
    with open(path, encoding="utf-8") as stream:
        return nbformat.read(stream, as_version=4)


def write_notebook(nb, path):
    """Writes a notebook, creating its folder."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as stream:
        nbformat.write(nb, stream)


def export_html(nb, path):
    """Writes an HTML page of a notebook (for reading executed notebooks and feedback)."""
    from nbconvert import HTMLExporter  # only the tools that export pay for importing nbconvert
    body, _ = HTMLExporter().from_notebook_node(nb)
    Path(path).write_text(body, encoding="utf-8")


def notebook_files(paths):
    """The .ipynb files named by `paths` (files, or folders searched one level deep), sorted."""
    found = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(p for p in path.glob("*.ipynb") if not p.name.startswith("."))
        else:
            found.append(path)
    return sorted(found)


def source_of(cell):
    """The cell's source as one string (nbformat may hold a list of lines)."""
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else source


def nbgrader(cell):
    """The cell's nbgrader metadata, or an empty dict."""
    return cell.get("metadata", {}).get("nbgrader", {}) or {}


def grade_id(cell):
    """The nbgrader grade_id of the cell, or None."""
    return nbgrader(cell).get("grade_id")


def is_solution(cell):
    """A cell where the learner writes an answer (code or markdown)."""
    return bool(nbgrader(cell).get("solution"))


def is_graded(cell):
    """A cell that carries points."""
    return bool(nbgrader(cell).get("grade"))


def is_locked(cell):
    """A cell the learner must not change."""
    return bool(nbgrader(cell).get("locked"))


def is_auto_check(cell):
    """A code cell that is graded automatically: it scores its points when it runs without error."""
    return cell.get("cell_type") == "code" and is_graded(cell) and not is_solution(cell)


def is_written_answer(cell):
    """A markdown answer graded by hand."""
    return cell.get("cell_type") == "markdown" and is_graded(cell) and is_solution(cell)


def points(cell):
    """The points of a graded cell (0 when missing or not a number)."""
    value = nbgrader(cell).get("points", 0)
    return value if isinstance(value, (int, float)) else 0


def is_setup(cell):
    """The first code cell that loads the course library (tagged `setup`)."""
    return "setup" in cell.get("metadata", {}).get("tags", [])


def auto_checks(nb):
    """The auto-check cells of a notebook, in order."""
    return [cell for cell in nb.cells if is_auto_check(cell) and grade_id(cell)]


def without_outputs(nb):
    """A copy of the notebook with every output and execution count removed."""
    clean = copy.deepcopy(nb)
    for cell in clean.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    return clean


def make_course_mirror(course_root, dest):
    """Makes `dest` look like the course folder, so notebooks run there find `../lib/...`.

    Every top-level entry of the course except notebooks/, target/ and hidden ones becomes a
    symbolic link in `dest`; `dest/notebooks/` is an empty real folder (returned), into which
    the caller copies the notebooks to run. Other files of the real notebooks/ folder (pictures,
    data) are linked into it.
    """
    course_root = Path(course_root).resolve()
    dest = Path(dest)
    notebooks = dest / "notebooks"
    notebooks.mkdir(parents=True, exist_ok=True)
    for entry in course_root.iterdir():
        if entry.name in ("notebooks", "target") or entry.name.startswith("."):
            continue
        link = dest / entry.name
        if not link.exists():
            link.symlink_to(entry)
    real_notebooks = course_root / "notebooks"
    if real_notebooks.is_dir():
        for entry in real_notebooks.iterdir():
            if entry.suffix == ".ipynb" or entry.name.startswith("."):
                continue
            link = notebooks / entry.name
            if not link.exists():
                link.symlink_to(entry)
    return notebooks
