"""The course's kernel loads the library; the setup cell says what to do when it cannot.

Every chapter's setup cell starts with the same check. Run in real kernels: with the course's
kernel and the jar built, the library is on JShell's class path with no `%jars`; with the jar
missing, or in a plain IJava kernel that does not put it there, the check stops the cell with a
message that names the jar and the command to run.
"""

import shutil
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers  # noqa: E402  (puts tools/ on the path)


import kernelspecs  # noqa: E402
from nbmeta import is_setup, read_notebook, source_of  # noqa: E402


def setup_cell(path):
    return next(source_of(c) for c in read_notebook(path).cells if is_setup(c))


def check_of(setup):
    """The setup cell's lines before its first library call: the check."""
    lines = setup.splitlines()
    return "\n".join(lines[:next(k for k, line in enumerate(lines) if line.startswith("bp."))])


class SetupCellTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = Path(tempfile.mkdtemp(prefix="bp-setup-cell-"))
        cls.addClassCleanup(shutil.rmtree, cls.tmp, ignore_errors=True)
        cls.built = helpers.course_folder(cls.tmp / "built")          # lib/target/bp-course.jar there
        cls.unbuilt = cls.tmp / "unbuilt" / "notebooks"              # no lib/ at all
        cls.unbuilt.mkdir(parents=True)
        _, spec = kernelspecs.installed()
        cls.kernels = {"course": kernelspecs.copy_with(spec, cls.tmp / "course"),
                       "plain IJava": kernelspecs.copy_with(dict(kernelspecs.started_by_ijava(spec), env={}),
                                                            cls.tmp / "plain-IJava")}
        cls.check = check_of(setup_cell(helpers.chapter_notebooks()[0]))

    def run_cells(self, kernel, cwd, *cells):
        """The reply content of each cell, run in one fresh kernel (stops at the first error)."""
        manager, client = kernelspecs.start_kernel(self.kernels[kernel], cwd)
        try:
            replies = []
            for code in cells:
                replies.append(client.execute_interactive(code, timeout=120, output_hook=lambda _: None)["content"])
                if replies[-1]["status"] != "ok":
                    break
            return replies
        finally:
            client.stop_channels()
            manager.shutdown_kernel(now=True)

    def assert_refused_with_the_way_out(self, reply):
        self.assertEqual(reply["status"], "error")
        self.assertIn("../lib/target/bp-course.jar", reply["evalue"])
        self.assertIn("./course start", reply["evalue"])
        self.assertIn("Restart", reply["evalue"])

    def test_every_chapter_starts_with_the_same_check_and_no_jars_magic(self):
        for path in helpers.chapter_notebooks():
            setup = setup_cell(path)
            self.assertEqual(check_of(setup), self.check, path.name)
            self.assertNotIn("%jars", setup, path.name)

    def test_the_course_kernel_puts_the_library_on_the_class_path(self):
        replies = self.run_cells("course", self.built, self.check,
                                 "bp.notebook.Notebook.setUp();\nimport bp.neuron.Err;\nErr.of(1.0, 0.5)")
        self.assertEqual([r["status"] for r in replies], ["ok", "ok"], replies[-1].get("evalue"))

    def test_a_missing_jar_stops_the_setup_cell_with_what_to_do(self):
        [reply] = self.run_cells("course", self.unbuilt, self.check)
        self.assert_refused_with_the_way_out(reply)

    def test_a_kernel_that_is_not_the_courses_stops_the_setup_cell_with_what_to_do(self):
        [reply] = self.run_cells("plain IJava", self.built, self.check)
        self.assert_refused_with_the_way_out(reply)


if __name__ == "__main__":
    unittest.main()
