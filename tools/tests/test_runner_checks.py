"""The two checks that ride on a chapter's one run (run_notebooks --wrong-answers, --grading) can fail.

One run of a small notebook (the fixture, with one exercise's check changed so that it never calls
its answer) through the real IJava kernel:

- a wrong answer the check rejects passes; a "wrong" answer that is really right is reported as
  ACCEPTED; an answer cell that does not compile is reported; the exercises with too few wrong
  answers are listed;
- the exercise whose check never calls its answer is reported as one grading could not replay;
  the others are not;
- the executed copy is the notebook as written (no grading wrappers, no probe cells), with outputs.
"""

import json
import shutil
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers  # noqa: E402

import run_notebooks  # noqa: E402
from kernel_runner import Limits  # noqa: E402
from nbmeta import grade_id, read_notebook, source_of, write_notebook  # noqa: E402

FIXTURE = helpers.FIXTURES / "90-fixture.ipynb"
WRONG = {
    "ch90-square": [
        {"mistake": "doubles instead of squaring", "source": "double square(double x) {\n    return 2 * x;\n}"},
        {"mistake": "right after all (must be reported)", "source": "double square(double x) {\n    return x * x;\n}"},
        {"mistake": "does not compile", "source": "double square(double x) {\n    return x * ;\n}"},
    ],
    "ch90-absolute": [
        {"mistake": "always negates", "source": "double absolute(double v) {\n    return -v;\n}"},
    ],
}


class RunnerChecksTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.tmp = Path(tempfile.mkdtemp(prefix="bp-test-runner-checks-"))
        notebooks = helpers.course_folder(cls.tmp / "course")
        nb = read_notebook(FIXTURE)
        for cell in nb.cells:
            if grade_id(cell) == "ch90-sum-check":     # a check that never calls sum(...)
                cell.source = 'Check.equal("ch90-sum", () -> 6, 6, "add every value once");'
        cls.notebook = notebooks / FIXTURE.name
        write_notebook(nb, cls.notebook)
        wrong_dir = cls.tmp / "wrong"
        wrong_dir.mkdir()
        (wrong_dir / "90.json").write_text(json.dumps(WRONG), encoding="utf-8")
        cls.out = cls.tmp / "out"
        cls.report = run_notebooks.run_notebook(cls.notebook, cls.out, Limits(cell_timeout=120, notebook_timeout=600),
                                                wrong_answers=wrong_dir, grading=True)
        cls.problems = "\n".join(cls.report.problems)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_a_right_answer_posing_as_wrong_is_reported_and_a_rejected_one_is_not(self):
        self.assertIn("ch90-square / 'right after all (must be reported)': ACCEPTED", self.problems)
        self.assertNotIn("doubles instead of squaring", self.problems)
        self.assertNotIn("always negates", self.problems)

    def test_an_answer_that_does_not_compile_is_reported(self):
        self.assertIn("ch90-square / 'does not compile': the answer cell itself fails", self.problems)

    def test_exercises_with_too_few_wrong_answers_are_listed(self):
        self.assertIn("ch90-absolute: 1 wrong variants, at least 3 needed", self.problems)
        self.assertIn("ch90-dw6: 0 wrong variants", self.problems)

    def test_a_check_that_never_calls_its_answer_cannot_be_graded(self):
        grading = [p for p in self.report.problems if p.startswith("grading:")]
        self.assertEqual(1, len(grading), self.problems)
        self.assertIn("ch90-sum-check made no call to sum", grading[0])

    def test_the_probes_are_counted_apart_from_the_notebook(self):
        self.assertEqual(4, self.report.probes_tried)
        self.assertGreater(self.report.probe_seconds, 0)
        self.assertLess(self.report.probe_seconds, self.report.seconds)
        self.assertEqual(self.report.code_cells, self.report.cells_run)

    def test_the_executed_copy_is_the_notebook_as_written_with_outputs(self):
        master, executed = read_notebook(self.notebook), read_notebook(self.out / FIXTURE.name)
        self.assertEqual([(c.id, source_of(c)) for c in master.cells], [(c.id, source_of(c)) for c in executed.cells])
        warm_up = next(c for c in executed.cells if "warm-up" in source_of(c))
        self.assertIn("warm-up", "".join(o.get("text", "") for o in warm_up.outputs))


if __name__ == "__main__":
    unittest.main()
