"""Every chapter in notebooks/, executed ONCE through the real IJava kernel, and the teacher tools on it.

The one run of each chapter (tools/run_notebooks.py, two chapters at a time, executed copies and
HTML in target/notebooks/, a line per chapter with its time and slowest cells) carries three checks:

- the chapter runs top to bottom in a fresh kernel with no error and nothing on stderr;
- it runs as the grader's *collect* run, and every exercise's check records a call to its answer,
  so every exercise of every chapter can be scored by replaying a submission's answers (the
  replay itself is tested on small notebooks in test_grading.py, with wrong, unanswered and
  malicious submissions);
- in the same kernel after the chapter, the realistic wrong answers of
  tools/tests/wrong_answers/NN.json (at least 3 per exercise) are each rejected by the chapter's
  check with a "✗" line, and the model answer passes (see tools/probes.py).

Without a kernel: release every chapter (the masters stay as they are; no solution, hidden test or
output in the released copies). Running the released copies as a learner does is tested in the
browser by test_browser.py.

Run alone: /usr/bin/python3 -m unittest tools.tests.test_chapters
"""

import shutil
import sys
import tempfile
import time
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers  # noqa: E402

import exercises  # noqa: E402
import probes  # noqa: E402
import run_notebooks  # noqa: E402
from kernel_runner import Limits  # noqa: E402
from nbmeta import read_notebook, source_of  # noqa: E402

WRONG_ANSWERS = helpers.TESTS_DIR / "wrong_answers"
EXECUTED = helpers.COURSE_ROOT / "target" / "notebooks"
LIMITS = Limits(cell_timeout=300, notebook_timeout=1800, max_restarts=0)
JOBS = 2


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
        helpers.stable_jar()
        print(f"\n[executing {len(cls.chapters)} chapters, {JOBS} at a time: each once, as the grader's "
              f"collect run, then its wrong answers in the same kernel]", file=sys.stderr)
        started = time.monotonic()
        reports = run_notebooks.run_all(cls.chapters, EXECUTED, LIMITS, JOBS, WRONG_ANSWERS, grading=True,
                                        stream=sys.stderr)
        cls.wall = time.monotonic() - started
        cls.reports = {r.name: r for r in reports}
        cls.masters_after = helpers.tree_hashes(helpers.COURSE_ROOT / "notebooks")
        own = sum(r.chapter_seconds for r in reports)
        print(f"[chapters: {cls.wall:.0f} s in all, {own:.0f} s of it the chapters' own cells and kernels "
              f"(summed over both workers), {sum(r.probe_seconds for r in reports):.0f} s wrong answers]",
              file=sys.stderr)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_every_chapter_runs_cleanly_rejects_its_wrong_answers_and_can_be_graded(self):
        for path in self.chapters:
            with self.subTest(chapter=path.name):
                report = self.reports.get(path.name)
                self.assertIsNotNone(report, f"{path.name} was not run")
                self.assertEqual([], report.problems, "\n".join(report.problems))
                self.assertEqual(report.cells_run, report.code_cells)

    def test_every_chapter_has_wrong_answers_for_each_exercise(self):
        for path in self.chapters:
            with self.subTest(chapter=path.name):
                wrong = probes.read_wrong_answers(probes.wrong_answers_file(WRONG_ANSWERS, path))
                self.assertIsNotNone(wrong, f"add {probes.wrong_answers_file(WRONG_ANSWERS, path)}")
                self.assertEqual([], probes.coverage_problems(read_notebook(path), wrong))
                self.assertGreater(self.reports[path.name].probes_tried, 0)

    def test_the_executed_copies_are_the_chapters_as_written_with_outputs(self):
        for path in self.chapters:
            with self.subTest(chapter=path.name):
                master, executed = read_notebook(path), read_notebook(EXECUTED / path.name)
                self.assertEqual([(c.id, source_of(c)) for c in master.cells],
                                 [(c.id, source_of(c)) for c in executed.cells])
                self.assertTrue(any(c.get("outputs") for c in executed.cells if c.cell_type == "code"))

    def test_release_and_the_runs_leave_the_masters_alone_and_release_every_chapter(self):
        self.assertEqual(self.release_result.returncode, 0, self.release_result.stderr)
        self.assertEqual(sorted(p.name for p in self.released.glob("*.ipynb")), [p.name for p in self.chapters])
        self.assertEqual(self.masters_after, self.masters_before)

    def test_released_chapters_hold_no_solution_no_hidden_test_no_output_no_long_line(self):
        for path in self.chapters:
            with self.subTest(chapter=path.name):
                master, released = read_notebook(path), read_notebook(self.released / path.name)
                self.assertEqual([c.id for c in released.cells], [c.id for c in master.cells])
                for cell in released.cells:
                    text = source_of(cell)
                    self.assertNotIn("BEGIN SOLUTION", text)
                    self.assertNotIn("HIDDEN TESTS", text)
                    self.assertFalse(cell.get("outputs"))
                    self.assertEqual(exercises.long_lines(cell), [], f"{cell.id}: (line, length) over "
                                     f"{exercises.MAX_LINE} characters")


if __name__ == "__main__":
    unittest.main()
