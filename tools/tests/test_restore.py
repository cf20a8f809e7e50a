"""Unit tests of restoring a submission from its master by grade_id (no kernel)."""

import copy
import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers  # noqa: E402

from nbformat.v4 import new_code_cell  # noqa: E402

from nbmeta import grade_id, read_notebook, source_of  # noqa: E402
from release import release_notebook  # noqa: E402
from restore import restore  # noqa: E402


def master():
    return read_notebook(helpers.FIXTURES / "90-fixture.ipynb")


def by_gid(nb, gid):
    return [c for c in nb.cells if grade_id(c) == gid]


def position(nb, cell_id):
    return [c.id for c in nb.cells].index(cell_id)


class RestoreTest(unittest.TestCase):

    def setUp(self):
        self.master = master()
        self.student = release_notebook(self.master)

    def test_hidden_tests_are_put_back_into_the_released_check_cells(self):
        restored = restore(self.student, self.master).notebook
        for gid in ("ch90-square-check", "ch90-sum-check", "ch90-absolute-check"):
            self.assertEqual(source_of(by_gid(restored, gid)[0]), source_of(by_gid(self.master, gid)[0]))
        self.assertEqual(restore(self.student, self.master).notes, {})

    def test_student_answers_are_kept(self):
        answer = by_gid(self.student, "ch90-square")[0]
        answer.source = "double square(double x) {\n    return x * x * 1.0;\n}"
        restored = restore(self.student, self.master).notebook
        self.assertEqual(source_of(by_gid(restored, "ch90-square")[0]), answer.source)

    def test_edited_check_cell_is_restored_and_noted(self):
        by_gid(self.student, "ch90-sum-check")[0].source = 'System.out.println("✓ ch90-sum: right");'
        result = restore(self.student, self.master)
        self.assertEqual(source_of(by_gid(result.notebook, "ch90-sum-check")[0]),
                         source_of(by_gid(self.master, "ch90-sum-check")[0]))
        self.assertEqual(result.notes["ch90-sum-check"], ["check cell edited, put back from the master"])

    def test_deleted_check_cell_is_inserted_after_its_answer_and_noted(self):
        self.student.cells = [c for c in self.student.cells if grade_id(c) != "ch90-square-check"]
        result = restore(self.student, self.master)
        nb = result.notebook
        self.assertEqual(position(nb, "ch90-square-check"), position(nb, "ch90-square") + 1)
        self.assertIn("BEGIN HIDDEN TESTS", source_of(by_gid(nb, "ch90-square-check")[0]))
        self.assertEqual(result.notes["ch90-square-check"], ["check cell deleted, put back from the master"])

    def test_deleted_answer_is_noted_on_its_check(self):
        self.student.cells = [c for c in self.student.cells if grade_id(c) != "ch90-sum"]
        result = restore(self.student, self.master)
        self.assertEqual(result.notes["ch90-sum-check"], ["answer cell ch90-sum deleted"])
        self.assertEqual(by_gid(result.notebook, "ch90-sum"), [])

    def test_moved_check_cell_is_found_by_grade_id(self):
        cells = self.student.cells
        check = by_gid(self.student, "ch90-absolute-check")[0]
        cells.remove(check)
        cells.insert(2, check)
        nb = restore(self.student, self.master).notebook
        self.assertEqual(len(by_gid(nb, "ch90-absolute-check")), 1)
        self.assertEqual(position(nb, "ch90-absolute-check"), 2)

    def test_points_and_flags_come_from_the_master(self):
        check = by_gid(self.student, "ch90-sum-check")[0]
        check.metadata["nbgrader"]["points"] = 100
        answer = by_gid(self.student, "ch90-sum")[0]
        answer.metadata["nbgrader"].update(grade=True, points=50)
        nb = restore(self.student, self.master).notebook
        self.assertEqual(by_gid(nb, "ch90-sum-check")[0].metadata["nbgrader"]["points"], 1)
        self.assertEqual(by_gid(nb, "ch90-sum")[0].metadata["nbgrader"],
                         by_gid(self.master, "ch90-sum")[0].metadata["nbgrader"])

    def test_unknown_and_copied_graded_cells_lose_their_grading_metadata(self):
        fake = new_code_cell("1", metadata={"nbgrader": {"grade": True, "grade_id": "ch90-bonus",
                                                         "points": 10, "solution": False, "locked": True}})
        copied = copy.deepcopy(by_gid(self.student, "ch90-sum-check")[0])
        copied.source = "/* my copy */"
        self.student.cells += [fake, copied]
        result = restore(self.student, self.master)
        nb = result.notebook
        self.assertEqual(by_gid(nb, "ch90-bonus"), [])
        self.assertEqual(len(by_gid(nb, "ch90-sum-check")), 1)
        self.assertEqual(nb.cells[-1].source, "/* my copy */")
        self.assertEqual(len(result.general), 2)
        self.assertEqual(len({c.id for c in nb.cells}), len(nb.cells))

    def test_setup_cell_is_restored_even_without_its_tag(self):
        setup = self.student.cells[1]
        setup.source = '%jars /somewhere/else.jar'
        setup.metadata = {}
        nb = restore(self.student, self.master).notebook
        self.assertEqual(source_of(nb.cells[1]), source_of(self.master.cells[1]))

    def test_deleted_setup_cell_is_put_back_before_the_code(self):
        del self.student.cells[1]
        nb = restore(self.student, self.master).notebook
        self.assertEqual(nb.cells[1].id, "setup")
        self.assertEqual(source_of(nb.cells[1]), source_of(self.master.cells[1]))

    def test_inputs_are_not_changed(self):
        student_before, master_before = copy.deepcopy(self.student), copy.deepcopy(self.master)
        del self.student.cells[7]
        student_before = copy.deepcopy(self.student)
        restore(self.student, self.master)
        self.assertEqual(self.student, student_before)
        self.assertEqual(self.master, master_before)

    def test_old_notebook_without_cell_ids_gets_ids(self):
        self.student.nbformat_minor = 4
        for cell in self.student.cells:
            del cell["id"]
        nb = restore(self.student, self.master).notebook
        self.assertEqual(nb.nbformat_minor, 5)
        self.assertTrue(all(c.get("id") for c in nb.cells))
        self.assertEqual(len(by_gid(nb, "ch90-square-check")), 1)


if __name__ == "__main__":
    unittest.main()
