"""Puts a student's submission back in shape for grading, using its master notebook.

Matching is by nbgrader grade_id (and, for the library-loading first cell, by its `setup` tag or
cell id), never by position, so moved cells are found. Then:

- every protected cell (auto-check, nbgrader-locked, or the setup cell) gets the master's source
  back, hidden tests included: an edited check cell is restored, a student cannot skip a test;
- a protected cell the student deleted is put back from the master, right after the cell that
  precedes it in the master (or first, if none of those is left), so the exercise is still
  graded: a deleted check cell costs nothing if the answer is right, and a wrong answer still
  scores 0;
- the nbgrader metadata of every matched cell is the master's (points cannot be changed), and
  cells with a grade_id the master does not know, or a second copy of a grade_id, lose theirs;
- a deleted answer cell is noted on the auto-check that follows it in the master.

The notes (what was edited, deleted, put back) are returned per auto-check grade_id, so the
gradebook can show them next to the score.
"""

import copy
import uuid
from dataclasses import dataclass, field

from nbmeta import grade_id, is_auto_check, is_locked, is_setup, is_solution, source_of
from release import release_cell


@dataclass
class Restored:
    """The submission ready to run, with notes per auto-check grade_id and for the notebook."""
    notebook: object
    notes: dict = field(default_factory=dict)
    general: list = field(default_factory=list)

    def note(self, gid, text):
        self.notes.setdefault(gid, []).append(text)


def key_of(cell):
    """What identifies a cell across master and submission: its grade_id, or 'setup'."""
    gid = grade_id(cell)
    if gid:
        return ("grade_id", gid)
    if is_setup(cell):
        return ("setup",)
    return None


def is_protected(cell):
    """A master cell the student's version must not change."""
    return is_auto_check(cell) or is_locked(cell) or is_setup(cell)


def normalized(source):
    """Source without trailing white space on each line and around the whole."""
    return "\n".join(line.rstrip() for line in source.strip().split("\n"))


def was_edited(student_cell, master_cell):
    """True when the student's source is neither the released nor the master's version."""
    student = normalized(source_of(student_cell))
    released = normalized(source_of(release_cell(master_cell, "master")))
    return student not in (released, normalized(source_of(master_cell)))


def upgrade_ids(nb):
    """Makes the notebook nbformat 4.5 with an id on every cell."""
    nb.nbformat, nb.nbformat_minor = 4, max(5, nb.get("nbformat_minor", 0))
    seen = set()
    for cell in nb.cells:
        if not cell.get("id") or cell.id in seen:
            cell.id = uuid.uuid4().hex[:8]
        seen.add(cell.id)


def setup_id(master):
    """The cell id of the master's setup cell, or None."""
    return next((c.get("id") for c in master.cells if is_setup(c)), None)


def find(cells, master_cell, master_setup_id):
    """The index in `cells` of the cell that corresponds to `master_cell`, or None."""
    key = key_of(master_cell)
    for index, cell in enumerate(cells):
        if key is not None and key_of(cell) == key:
            return index
        if key == ("setup",) and master_setup_id and cell.get("id") == master_setup_id:
            return index
        if key is None and cell.get("id") and cell.get("id") == master_cell.get("id"):
            return index
    return None


def drop_grading_marks(cell):
    """Removes nbgrader metadata and the setup tag from a cell the student made or copied."""
    cell.metadata.pop("nbgrader", None)
    tags = [t for t in cell.metadata.get("tags", []) if t != "setup"]
    if tags:
        cell.metadata["tags"] = tags
    else:
        cell.metadata.pop("tags", None)


def master_copy(master_cell):
    """A fresh copy of a master cell, without outputs."""
    cell = copy.deepcopy(master_cell)
    if cell.cell_type == "code":
        cell.outputs, cell.execution_count = [], None
    return cell


def unmark_strangers(cells, master, restored):
    """Drops grading marks from cells the master does not know and from second copies."""
    known = {key_of(c) for c in master.cells if key_of(c)}
    master_setup_id = setup_id(master)
    seen = set()
    for cell in cells:
        key = key_of(cell)
        if key is None and master_setup_id and cell.get("id") == master_setup_id:
            key = ("setup",)
        if key is None:
            continue
        if key not in known or key in seen:
            what = "an unknown grade_id" if key not in known else "a copy of a graded cell"
            restored.general.append(f"cell {cell.get('id')} has {what}: {key[-1]}; not graded")
            drop_grading_marks(cell)
            continue
        seen.add(key)


def restore_matched(cells, master, restored):
    """Gives matched cells the master's metadata, and protected ones the master's source."""
    master_setup_id = setup_id(master)
    for master_cell in master.cells:
        index = find(cells, master_cell, master_setup_id)
        if index is None or key_of(master_cell) is None:
            continue
        cell = cells[index]
        if "nbgrader" in master_cell.metadata:
            cell.metadata["nbgrader"] = copy.deepcopy(master_cell.metadata["nbgrader"])
        if not is_protected(master_cell):
            continue
        if was_edited(cell, master_cell):
            note_change(restored, master_cell, "edited")
        replacement = master_copy(master_cell)
        replacement.id = cell.get("id") or replacement.get("id")
        cells[index] = replacement


def note_change(restored, master_cell, what):
    """Notes that a protected cell was edited or deleted and has been put back."""
    gid = grade_id(master_cell)
    if is_auto_check(master_cell) and gid:
        restored.note(gid, f"check cell {what}, put back from the master")
    else:
        name = gid or master_cell.get("id")
        restored.general.append(f"locked cell {name} {what}, put back from the master")


def put_back_deleted(cells, master, restored):
    """Inserts the protected master cells missing from `cells` where they belong."""
    master_setup_id = setup_id(master)
    for position, master_cell in enumerate(master.cells):
        if not is_protected(master_cell) or find(cells, master_cell, master_setup_id) is not None:
            continue
        note_change(restored, master_cell, "deleted")
        anchor = None
        for earlier in reversed(master.cells[:position]):
            anchor = find(cells, earlier, master_setup_id)
            if anchor is not None:
                break
        cells.insert(0 if anchor is None else anchor + 1, master_copy(master_cell))


def note_deleted_answers(cells, master, restored):
    """Notes each deleted answer cell on the auto-check that follows it in the master."""
    master_setup_id = setup_id(master)
    missing = None
    for master_cell in master.cells:
        if is_solution(master_cell) and master_cell.cell_type == "code":
            if find(cells, master_cell, master_setup_id) is None:
                missing = grade_id(master_cell)
        elif is_auto_check(master_cell) and missing:
            restored.note(grade_id(master_cell), f"answer cell {missing} deleted")
            missing = None


def restore(submission, master):
    """The submission ready for grading (a new notebook; neither input is changed)."""
    nb = copy.deepcopy(submission)
    upgrade_ids(nb)
    restored = Restored(nb)
    cells = list(nb.cells)
    unmark_strangers(cells, master, restored)
    restore_matched(cells, master, restored)
    put_back_deleted(cells, master, restored)
    note_deleted_answers(cells, master, restored)
    nb.cells = cells
    for key in ("kernelspec", "language_info"):
        if key in master.metadata:
            nb.metadata[key] = copy.deepcopy(master.metadata[key])
    upgrade_ids(nb)
    return restored
