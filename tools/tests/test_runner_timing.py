"""The runner's line per notebook names its time and its slowest cells (no kernel needed)."""

import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers  # noqa: E402,F401

from nbformat.v4 import new_code_cell, new_notebook  # noqa: E402

import kernel_runner  # noqa: E402
from kernel_runner import CellRun, NotebookRun  # noqa: E402
from run_notebooks import Report, slowest_cells  # noqa: E402


def run_of(seconds_by_id, not_run=()):
    """A NotebookRun whose code cells took the given seconds; ids in `not_run` never ran."""
    cells = [new_code_cell("int x = 1;", id=cell_id) for cell_id in seconds_by_id]
    runs = {}
    for index, (cell_id, seconds) in enumerate(seconds_by_id.items()):
        status = kernel_runner.NOT_RUN if cell_id in not_run else kernel_runner.OK
        runs[index] = CellRun(index, status, "", "", seconds)
    return NotebookRun(new_notebook(cells=cells), runs, sum(seconds_by_id.values()), 1)


class SlowestCellsTest(unittest.TestCase):

    def test_the_three_slowest_cells_slowest_first(self):
        run = run_of({"setup": 0.4, "train": 3.2, "by-eta": 2.5, "chart": 0.1, "by-batch": 1.7})
        self.assertEqual([("train", 3.2), ("by-eta", 2.5), ("by-batch", 1.7)], slowest_cells(run))

    def test_cells_that_did_not_run_are_left_out(self):
        run = run_of({"setup": 0.4, "train": 9.0, "chart": 0.1}, not_run={"train"})
        self.assertEqual(["setup", "chart"], [cell for cell, _ in slowest_cells(run)])

    def test_the_line_shows_the_time_and_the_slowest_cells(self):
        report = Report("08-digits.ipynb", seconds=12.34, cells_run=5, code_cells=5,
                        slowest=[("train", 3.21), ("by-eta", 2.5)])
        line = report.line()
        self.assertIn("12.3 s", line)
        self.assertIn("PASS", line)
        self.assertTrue(line.endswith("slowest: train 3.2 s, by-eta 2.5 s"), line)


if __name__ == "__main__":
    unittest.main()
