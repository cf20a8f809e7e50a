"""The Java kernel's class archive (tools/kernel_archive.py): the installed kernel uses one this
JDK can map; one is recorded for a kernelspec that has none; a kernel whose archive is made for
other jars, or is broken, still starts and runs cells (only without the archive), and the check
`./course` runs says the archive must be made again.

Real JVMs and kernels; the recording runs a one-cell notebook, not chapter 1.
"""

import json
import shutil
import sys
import tempfile
import unittest
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers  # noqa: E402,F401  (puts tools/ on the path)

from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook  # noqa: E402

import kernel_archive  # noqa: E402
import kernelspecs  # noqa: E402
from kernel_archive import ARCHIVE, USE_ARCHIVE  # noqa: E402
from nbmeta import KERNEL_NAME, write_notebook  # noqa: E402


def kernelspec_copy(folder, with_archive):
    """The installed kernelspec's files in `folder` (its own {resource_dir}), the archive too if
    asked; an archive copied like that names the installed jars, not these."""
    source, _ = kernelspecs.installed()
    folder.mkdir(parents=True)
    for entry in source.iterdir():
        if entry.name != ARCHIVE or with_archive:
            shutil.copy2(entry, folder / entry.name)
    return folder


def run_in_kernel(kernelspec_folder, code):
    """(reply content, outputs) of `code` run in a fresh kernel of that kernelspec folder
    (FOLDER/kernels/java)."""
    manager, client = kernelspecs.start_kernel(kernelspec_folder.parent.parent, kernelspec_folder)
    outputs = []
    try:
        reply = client.execute_interactive(code, timeout=120, output_hook=outputs.append)
        return reply["content"], outputs
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


class KernelArchiveTest(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="bp-archive-test-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)

    def one_cell_notebooks(self):
        notebooks = self.tmp / "notebooks"
        notebooks.mkdir(exist_ok=True)
        write_notebook(new_notebook(cells=[new_markdown_cell("one cell"),
                                           new_code_cell('String said = "recorded";')]),
                       notebooks / "01-one-cell.ipynb")
        return notebooks

    def assert_runs_cells(self, kernelspec_folder):
        reply, outputs = run_in_kernel(kernelspec_folder, 'System.out.print("six " + (2 * 3))')
        self.assertEqual(reply["status"], "ok", reply)
        self.assertEqual([o["content"].get("text") for o in outputs if o["msg_type"] == "stream"],
                         ["six 6"], "the cell printed something else (a JVM warning in the cell?)")

    def test_the_installed_kernel_maps_its_archive(self):
        folder, _ = kernelspecs.installed()
        self.assertIn(USE_ARCHIVE, kernel_archive.read_spec(folder)["argv"])
        self.assertTrue(kernel_archive.usable(folder),
                        f"{folder / ARCHIVE} is missing or this JDK cannot map it: ./course start "
                        "(or test, grade, progress) records it again")
        self.assertEqual(kernel_archive.main(["--check", str(folder)]), 0)

    def test_an_archive_is_recorded_for_a_kernelspec_without_one(self):
        folder = kernelspec_copy(self.tmp / "kernels" / KERNEL_NAME, with_archive=False)
        self.assertFalse(kernel_archive.usable(folder))
        self.assertEqual(kernel_archive.main(["--check", str(folder)]), 1)
        kernel_archive.record(folder, self.one_cell_notebooks())
        self.assertTrue(kernel_archive.usable(folder))
        self.assertEqual(sorted(p.name for p in folder.iterdir() if ARCHIVE in p.name), [ARCHIVE],
                         "the archive is written under another name and moved into place")
        self.assert_runs_cells(folder)

    def test_an_archive_the_check_refuses_is_never_put_in_place(self):
        """The JVM writes the archive; the check says it cannot be mapped (as for a truncated
        one): record fails and leaves no file of it behind."""
        folder = kernelspec_copy(self.tmp / "kernels" / KERNEL_NAME, with_archive=False)
        checked = []

        def refuse(kernelspec, archive=None):
            checked.append(Path(archive).stat().st_size)
            return False

        with mock.patch.object(kernel_archive, "usable", refuse), \
                self.assertRaisesRegex(RuntimeError, "no class archive it can use"):
            kernel_archive.record(folder, self.one_cell_notebooks())
        self.assertTrue(checked and checked[0] > 1_000_000, "the JVM wrote no archive to check")
        self.assertEqual([], [p.name for p in folder.iterdir() if ARCHIVE in p.name])

    def test_a_kernel_that_cannot_start_records_nothing(self):
        folder = kernelspec_copy(self.tmp / "kernels" / KERNEL_NAME, with_archive=False)
        (folder / kernelspecs.LAUNCHER_JAR).write_bytes(b"not a jar: the kernel cannot start")
        with self.assertRaises(RuntimeError):
            kernel_archive.record(folder, self.one_cell_notebooks())
        self.assertEqual([], [p.name for p in folder.iterdir() if ARCHIVE in p.name])

    def test_an_archive_made_for_other_jars_is_not_used_and_the_kernel_still_runs(self):
        folder = kernelspec_copy(self.tmp / "kernels" / KERNEL_NAME, with_archive=True)
        self.assertTrue((folder / ARCHIVE).is_file())
        self.assertFalse(kernel_archive.usable(folder))
        self.assert_runs_cells(folder)

    def test_a_truncated_archive_is_refused_by_the_check(self):
        """record() moves an archive into place only when this check passes."""
        installed, _ = kernelspecs.installed()
        whole, truncated = self.tmp / "whole.jsa", self.tmp / "truncated.jsa"
        whole.write_bytes((installed / ARCHIVE).read_bytes())
        truncated.write_bytes(whole.read_bytes()[:100_000])
        self.assertTrue(kernel_archive.usable(installed, whole))
        self.assertFalse(kernel_archive.usable(installed, truncated),
                         "a JVM that maps a truncated archive crashes: the check must refuse it")

    def test_a_kernelspec_json_without_the_archive_flag_is_recorded_with_it_spelled_out(self):
        folder = self.tmp / "kernels" / KERNEL_NAME
        spec = kernelspecs.without_archive(kernel_archive.read_spec(kernelspecs.installed()[0]))
        command = kernel_archive.launcher_command(folder, spec, "-XX:ArchiveClassesAtExit=x")
        self.assertIn("-XX:ArchiveClassesAtExit=x", command)
        self.assertFalse(any("{resource_dir}" in arg for arg in command))
        self.assertIn(str(folder / kernelspecs.LAUNCHER_JAR), command)
        self.assertEqual(json.dumps(spec).count("SharedArchiveFile"), 0)


if __name__ == "__main__":
    unittest.main()
