"""A kernel that fails to start is started again; after the last attempt every cell says why."""

import sys
import unittest
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers  # noqa: E402,F401  (puts tools/ on the path)

from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook  # noqa: E402

import kernel_runner  # noqa: E402
from kernel_runner import NOT_RUN, OK, CellRun, KernelDidNotStart, Limits, execute  # noqa: E402


def notebook():
    return new_notebook(cells=[new_markdown_cell("text"), new_code_cell("1 + 1"), new_code_cell("2 + 2")])


class FlakyStart:
    """Stands in for run_one_kernel: fails to start `failures` times, then runs every cell."""

    def __init__(self, failures):
        self.failures = failures
        self.calls = 0

    def __call__(self, nb, cwd, limits, deadline, ended, kernel_log):
        self.calls += 1
        if self.calls <= self.failures:
            raise KernelDidNotStart("kernel failure: RuntimeError: Kernel didn't respond in 90 seconds")
        return {index: CellRun(index, OK) for index, _ in kernel_runner.code_cells(nb)}, None


class KernelStartTest(unittest.TestCase):

    def run_with(self, failures):
        flaky = FlakyStart(failures)
        with mock.patch.object(kernel_runner, "run_one_kernel", flaky), open("/dev/null", "w") as log:
            run = execute(notebook(), Path("."), Limits(), kernel_log=log)
        return run, flaky.calls

    def test_a_kernel_that_fails_to_start_once_is_started_again(self):
        run, calls = self.run_with(failures=1)
        self.assertEqual(calls, 2)
        self.assertEqual(sorted(run.cells), [1, 2])
        self.assertTrue(all(c.ok for c in run.cells.values()))

    def test_after_the_last_attempt_every_cell_is_not_run_with_the_reason(self):
        run, calls = self.run_with(failures=kernel_runner.START_ATTEMPTS)
        self.assertEqual(calls, kernel_runner.START_ATTEMPTS)
        for cell in run.cells.values():
            self.assertEqual(cell.status, NOT_RUN)
            self.assertIn("didn't respond", cell.reason)
            self.assertIn(f"tried {kernel_runner.START_ATTEMPTS} times", cell.reason)


if __name__ == "__main__":
    unittest.main()
