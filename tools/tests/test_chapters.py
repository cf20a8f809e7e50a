"""The teacher tools on every chapter in notebooks/, with the real IJava kernel.

- release every chapter (the masters stay as they are);
- (running each released notebook top to bottom, where only the exercise checks may fail, each
  with its hint, is tested in the browser by test_browser.py, as the learner runs it);
- grade every master as a student's submission (both cores, in the sandbox): each gets full marks,
  so every exercise can be scored by replaying its answers (test_grading.py covers wrong,
  unanswered and malicious submissions on a small notebook).
"""

import csv
import shutil
import sys
import tempfile
import time
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers  # noqa: E402

from nbmeta import auto_checks, grade_id, read_notebook, source_of  # noqa: E402

CELL_TIMEOUT = 300


class ChaptersTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.chapters = helpers.chapter_notebooks()
        if not cls.chapters:
            raise AssertionError("no chapter notebooks in notebooks/")
        cls.tmp = Path(tempfile.mkdtemp(prefix="bp-test-chapters-"))
        cls.masters_before = helpers.tree_hashes(helpers.COURSE_ROOT / "notebooks")
        cls.released = cls.tmp / "release"
        cls.release_result = helpers.run_tool("release.py", *cls.chapters, "--out", cls.released)
        cls.masters_after = helpers.tree_hashes(helpers.COURSE_ROOT / "notebooks")
        cls.grade_masters()

    @classmethod
    def grade_masters(cls):
        masters = helpers.course_folder(cls.tmp / "course")
        submissions = cls.tmp / "submissions"
        (submissions / "master").mkdir(parents=True)
        for path in cls.chapters:
            shutil.copy2(path, masters / path.name)
            shutil.copy2(path, submissions / "master" / path.name)
        cls.grades_dir = cls.tmp / "grades"
        started = time.monotonic()
        cls.grade_result = helpers.run_tool("grade.py", submissions, "--out", cls.grades_dir,
                                            "--masters", masters, "--cell-timeout", CELL_TIMEOUT,
                                            "--jar", masters.parent / "lib" / "target" / "bp-course.jar",
                                            "--timeout", 1500, "--jobs", 2)
        print(f"[grading {len(cls.chapters)} chapter notebooks took {time.monotonic() - started:.1f} s]",
              file=sys.stderr)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def grades(self):
        self.assertEqual(self.grade_result.returncode, 0, self.grade_result.stdout + self.grade_result.stderr)
        with open(self.grades_dir / "grades.csv", encoding="utf-8") as stream:
            return {row["student"]: row for row in csv.DictReader(stream)}

    def test_release_writes_every_chapter_and_leaves_the_masters_alone(self):
        self.assertEqual(self.release_result.returncode, 0, self.release_result.stderr)
        self.assertEqual(sorted(p.name for p in self.released.glob("*.ipynb")), [p.name for p in self.chapters])
        self.assertEqual(self.masters_after, self.masters_before)

    def test_released_chapters_hold_no_solution_no_hidden_test_no_output(self):
        for path in self.chapters:
            with self.subTest(chapter=path.name):
                master, released = read_notebook(path), read_notebook(self.released / path.name)
                self.assertEqual([c.id for c in released.cells], [c.id for c in master.cells])
                for cell in released.cells:
                    text = source_of(cell)
                    self.assertNotIn("BEGIN SOLUTION", text)
                    self.assertNotIn("HIDDEN TESTS", text)
                    self.assertFalse(cell.get("outputs"))

    def test_masters_get_full_marks(self):
        row = self.grades()["master"]
        self.assertEqual(row["total"], row["max"], self.grade_result.stdout)
        self.assertGreater(float(row["max"]), 0)

    def test_every_exercise_of_every_chapter_is_graded(self):
        row = self.grades()["master"]
        expected = {grade_id(c) for path in self.chapters for c in auto_checks(read_notebook(path))}
        self.assertEqual(set(row) - {"student", "total", "max"}, expected)


if __name__ == "__main__":
    unittest.main()
