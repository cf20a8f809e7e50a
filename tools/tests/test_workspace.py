"""The learner's workspace (prepare, reset), the model answers and the progress table.

The workspace tests work in a temporary course folder holding the fixture notebook; they never
touch the real workspace/ and sign notebooks in a temporary Jupyter data folder. The progress
tests run the fixture in the real IJava kernel (two runs side by side, about ten seconds each).
"""

import os
import shutil
import sys
import tempfile
import unittest
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers  # noqa: E402

from nbformat.sign import NotebookNotary  # noqa: E402

import progress  # noqa: E402
import solution  # noqa: E402
import workspace  # noqa: E402
from kernel_runner import Limits  # noqa: E402
from nbmeta import grade_id, read_notebook, source_of, write_notebook  # noqa: E402
from release import release_notebook  # noqa: E402

NAME = "90-fixture.ipynb"
ANSWER_LINES = ("return x * x;", "total += v;", "return -v;", "同号相乘得正数")
DELIMITERS = ("BEGIN SOLUTION", "END SOLUTION", "HIDDEN TESTS")


def answer(nb, gid, source):
    """The notebook with the answer cell `gid` holding `source`."""
    next(c for c in nb.cells if grade_id(c) == gid).source = source
    return nb


def edit_workspace_copy(course, gid="ch90-square", source="double square(double x) {\n    return x * x;\n}"):
    path = workspace.workspace_dir(course) / NAME
    write_notebook(answer(read_notebook(path), gid, source), path)
    return path.read_bytes()


class TemporaryCourse(unittest.TestCase):
    """A course folder with the fixture as its only chapter, and a private Jupyter data folder."""

    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="bp-test-workspace-"))
        self.course = self.tmp / "course"
        (self.course / "notebooks" / "pictures").mkdir(parents=True)
        shutil.copy2(helpers.FIXTURES / NAME, self.course / "notebooks" / NAME)
        (self.course / "notebooks" / "pictures" / "net.svg").write_text("<svg/>", encoding="utf-8")
        patcher = mock.patch.dict(os.environ, {"JUPYTER_DATA_DIR": str(self.tmp / "jupyter-data")})
        patcher.start()
        self.addCleanup(patcher.stop)
        self.addCleanup(shutil.rmtree, self.tmp, True)
        self.said = []

    def prepare(self):
        self.said = []
        return workspace.prepare(self.course, say=self.said.append)

    def add_chapter(self, name):
        master = read_notebook(helpers.FIXTURES / NAME)
        for cell in master.cells:  # ids of grade_ids must stay unique across the course
            if grade_id(cell):
                cell.metadata["nbgrader"]["grade_id"] = grade_id(cell).replace("ch90-", "ch91-")
        write_notebook(master, self.course / "notebooks" / name)


class PrepareTest(TemporaryCourse):

    def test_first_prepare_creates_the_released_workspace_and_trusts_it(self):
        copied = self.prepare()
        folder = workspace.workspace_dir(self.course)
        self.assertEqual(copied, [NAME, "pictures/net.svg"])
        self.assertIn("workspace/ created with your own copy of 1 chapter(s)", self.said)
        copy_ = read_notebook(folder / NAME)
        released = release_notebook(read_notebook(self.course / "notebooks" / NAME))
        self.assertEqual([source_of(c) for c in copy_.cells], [source_of(c) for c in released.cells])
        self.assertTrue(all(not c.get("outputs") for c in copy_.cells))
        self.assertTrue(NotebookNotary().check_signature(copy_))
        self.assertEqual((folder / "pictures" / "net.svg").read_text(encoding="utf-8"), "<svg/>")

    def test_no_solution_text_is_in_any_workspace_file(self):
        self.prepare()
        for path in workspace.workspace_dir(self.course).rglob("*"):
            if path.is_file():
                text = path.read_text(encoding="utf-8")
                for secret in ANSWER_LINES + DELIMITERS:
                    self.assertNotIn(secret, text, f"{path.name} holds {secret!r}")

    def test_edited_notebook_survives_a_second_prepare_and_a_new_chapter(self):
        self.prepare()
        edited = edit_workspace_copy(self.course)
        master = read_notebook(self.course / "notebooks" / NAME)
        master.cells[0].source += "\n\n一处新的说明。"
        write_notebook(master, self.course / "notebooks" / NAME)
        self.add_chapter("91-second.ipynb")
        copied = self.prepare()
        folder = workspace.workspace_dir(self.course)
        self.assertEqual((folder / NAME).read_bytes(), edited)
        self.assertEqual(copied, ["91-second.ipynb"])
        self.assertIn(f"{NAME}: kept your copy; `./course reset 90` gets the new version", self.said)
        self.assertIn("91-second.ipynb: new in the course, copied into your workspace", self.said)

    def test_a_second_prepare_without_changes_changes_nothing_and_says_nothing_about_copies(self):
        self.prepare()
        edit_workspace_copy(self.course)
        before = helpers.tree_hashes(workspace.workspace_dir(self.course))
        self.assertEqual(self.prepare(), [])
        self.assertEqual(self.said, [])
        self.assertEqual(helpers.tree_hashes(workspace.workspace_dir(self.course)), before)

    def test_a_chapter_the_learner_removed_comes_back(self):
        self.prepare()
        (workspace.workspace_dir(self.course) / NAME).unlink()
        self.assertEqual(self.prepare(), [NAME])
        self.assertIn(f"{NAME}: was not in your workspace, a fresh copy is there again", self.said)

    def test_released_copies_put_in_notebooks_are_copied_as_they_are(self):
        released = release_notebook(read_notebook(self.course / "notebooks" / NAME))
        write_notebook(released, self.course / "notebooks" / NAME)
        self.assertEqual(self.prepare(), [NAME, "pictures/net.svg"])
        copy_ = read_notebook(workspace.workspace_dir(self.course) / NAME)
        self.assertEqual([source_of(c) for c in copy_.cells], [source_of(c) for c in released.cells])

    def test_a_master_with_a_broken_region_is_not_copied(self):
        master = read_notebook(self.course / "notebooks" / NAME)
        square = next(c for c in master.cells if grade_id(c) == "ch90-square")
        square.source = square.source.replace("    // END SOLUTION\n", "")
        write_notebook(master, self.course / "notebooks" / NAME)
        self.assertEqual(self.prepare(), ["pictures/net.svg"])
        self.assertTrue(any(line.startswith(f"{NAME}: not copied into your workspace: ") for line in self.said))
        self.assertFalse((workspace.workspace_dir(self.course) / NAME).exists())

    def test_student_pack_copies_its_released_notebooks(self):
        released = release_notebook(read_notebook(self.course / "notebooks" / NAME))
        write_notebook(released, self.course / "notebooks" / NAME)
        (self.course / workspace.PACK_MARKER).write_text("{}", encoding="utf-8")
        self.prepare()
        copy_ = read_notebook(workspace.workspace_dir(self.course) / NAME)
        self.assertEqual([source_of(c) for c in copy_.cells], [source_of(c) for c in released.cells])


class ResetTest(TemporaryCourse):

    def test_reset_keeps_a_timestamped_copy_and_writes_a_fresh_one(self):
        self.prepare()
        edited = edit_workspace_copy(self.course)
        fresh, backup = workspace.reset(self.course, "90", say=self.said.append)
        self.assertRegex(str(backup.relative_to(self.course)),
                         r"^workspace/backups/90-fixture-\d{8}-\d{6}\.ipynb$")
        self.assertEqual(backup.read_bytes(), edited)
        self.assertNotIn("return x * x", fresh.read_text(encoding="utf-8"))
        self.assertIn("// YOUR CODE HERE", fresh.read_text(encoding="utf-8"))
        self.assertTrue(NotebookNotary().check_signature(read_notebook(fresh)))

    def test_two_resets_in_the_same_second_keep_both_copies(self):
        self.prepare()
        with mock.patch.object(workspace, "timestamp", return_value="20260102-030405"):
            first = workspace.reset(self.course, "90-fixture", say=self.said.append)[1]
            second = workspace.reset(self.course, NAME, say=self.said.append)[1]
        self.assertEqual(first.name, "90-fixture-20260102-030405.ipynb")
        self.assertEqual(second.name, "90-fixture-20260102-030405-2.ipynb")

    def test_after_a_reset_the_new_master_is_no_longer_reported(self):
        self.prepare()
        master = read_notebook(self.course / "notebooks" / NAME)
        master.cells[0].source += "\n\n新的一段。"
        write_notebook(master, self.course / "notebooks" / NAME)
        workspace.reset(self.course, "90", say=self.said.append)
        self.prepare()
        self.assertEqual(self.said, [])

    def test_a_chapter_is_named_by_number_name_or_path(self):
        self.add_chapter("91-second.ipynb")
        for wanted in ("90", "090", "90-fixture", NAME, f"workspace/{NAME}", "90-fix"):
            self.assertEqual(workspace.resolve_chapter(self.course, wanted).name, NAME, wanted)
        with self.assertRaisesRegex(workspace.WorkspaceError, "'7' is not a chapter.*90-fixture, 91-second"):
            workspace.resolve_chapter(self.course, "7")
        with self.assertRaisesRegex(workspace.WorkspaceError, "'9' is not a chapter"):
            workspace.resolve_chapter(self.course, "9")
        self.add_chapter("90-other.ipynb")
        with self.assertRaisesRegex(workspace.WorkspaceError, "'90' matches more than one chapter"):
            workspace.resolve_chapter(self.course, "90")


class SolutionTest(TemporaryCourse):

    def test_model_answer_shows_the_region_with_chapter_and_cell(self):
        text = solution.model_answer(self.course, "ch90-sum")
        cells = read_notebook(self.course / "notebooks" / NAME).cells
        number = [grade_id(c) for c in cells].index("ch90-sum") + 1
        self.assertIn(f"Model answer of ch90-sum ({NAME}, cell {number} of {len(cells)})", text)
        self.assertIn("    int total = 0;\n    for (int v : values) {\n        total += v;", text)
        self.assertNotIn("SOLUTION", text)

    def test_written_answer_is_shown_too(self):
        self.assertIn("同号相乘得正数", solution.model_answer(self.course, "ch90-explain"))

    def test_unknown_id_lists_similar_ones(self):
        with self.assertRaisesRegex(solution.UnknownExercise, "no exercise 'ch90-squar'. Similar: ch90-square"):
            solution.model_answer(self.course, "ch90-squar")
        with self.assertRaisesRegex(solution.UnknownExercise, "its exercise is ch90-square"):
            solution.model_answer(self.course, "ch90-square-check")

    def test_a_released_copy_in_notebooks_has_no_model_answer(self):
        released = release_notebook(read_notebook(self.course / "notebooks" / NAME))
        write_notebook(released, self.course / "notebooks" / NAME)
        with self.assertRaisesRegex(solution.NoModelAnswer, "is a released copy, not the master"):
            solution.model_answer(self.course, "ch90-sum")
        with self.assertRaisesRegex(solution.NoModelAnswer, "Ask your teacher for the answer to ch90-explain"):
            solution.model_answer(self.course, "ch90-explain")

    def test_student_pack_has_no_model_answers(self):
        released = release_notebook(read_notebook(self.course / "notebooks" / NAME))
        write_notebook(released, self.course / "notebooks" / NAME)
        (self.course / workspace.PACK_MARKER).write_text("{}", encoding="utf-8")
        self.assertIn("has no model answers. Ask your teacher for the answer to ch90-sum",
                      solution.pack_message(self.course, "ch90-sum"))
        with self.assertRaises(solution.UnknownExercise):
            solution.pack_message(self.course, "ch90-nothing")


class ProgressWordingTest(unittest.TestCase):

    def test_a_missing_answer_cell_may_be_new_in_the_course(self):
        self.assertEqual(progress.explained("answer cell ch2-dw4 deleted"),
                         "answer cell ch2-dw4 is not in your copy (deleted, or new in the course: "
                         "./course reset CHAPTER gets it)")
        self.assertEqual(progress.explained("check cell edited, put back from the master"),
                         "check cell edited, put back from the master")

    def test_hints_drop_the_repeated_id_and_unanswered_is_short(self):
        row = progress.Row("02-x.ipynb", "ch2-dw4", 0, 2, "✗ ch2-dw4: not answered yet: replace the throw. Hint: h")
        self.assertEqual(progress.short_hint(row), "not answered yet")
        row.hint = "✗ ch2-dw4: " + "wrong sign " * 20
        self.assertTrue(progress.short_hint(row).startswith("wrong sign"))
        self.assertEqual(len(progress.short_hint(row)), progress.MAX_HINT)


ANSWERS = {  # square right, sum left as released, absolute right only for the visible check
    "ch90-square": "double square(double x) {\n    return x * x;\n}",
    "ch90-absolute": "double absolute(double v) {\n    return 4;\n}",
}


class ProgressTest(unittest.TestCase):
    """One learner's notebook, checked in the full course (hidden tests) and in a pack."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = Path(tempfile.mkdtemp(prefix="bp-test-progress-"))
        patcher = mock.patch.dict(os.environ, {"JUPYTER_DATA_DIR": str(cls.tmp / "jupyter-data")})
        patcher.start()
        cls.addClassCleanup(patcher.stop)
        cls.full = cls.course_with_answers("full", pack=False)
        cls.pack = cls.course_with_answers("pack", pack=True)
        cls.before = {c: helpers.tree_hashes(workspace.workspace_dir(c)) for c in (cls.full, cls.pack)}
        limits = Limits(cell_timeout=60, notebook_timeout=300)
        courses = (cls.full, cls.pack)
        with ProcessPoolExecutor(max_workers=2, mp_context=get_context("spawn")) as pool:
            runs = [pool.submit(progress.chapter_rows, c, NAME, limits) for c in courses]
            cls.rows = {c: run.result() for c, run in zip(courses, runs)}

    @classmethod
    def course_with_answers(cls, name, pack):
        course = cls.tmp / name
        notebooks = helpers.course_folder(course)
        if (course / "workspace").is_symlink():  # never the real course's workspace
            (course / "workspace").unlink()
        master = read_notebook(helpers.FIXTURES / NAME)
        write_notebook(release_notebook(master) if pack else master, notebooks / NAME)
        if pack:
            (course / workspace.PACK_MARKER).write_text("{}", encoding="utf-8")
        workspace.prepare(course, say=lambda _: None)
        path = workspace.workspace_dir(course) / NAME
        learner = read_notebook(path)
        for gid, source in ANSWERS.items():
            answer(learner, gid, source)
        write_notebook(learner, path)
        return course

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def marks(self, course):
        """{exercise: (✓ or ✗, points got, points max)} of the three exercises the test answers."""
        return {r.exercise: ("✓" if r.passed else "✗", r.got, r.max) for r in self.rows[course]
                if r.exercise in ("ch90-square", "ch90-sum", "ch90-absolute")}

    def row(self, course, exercise):
        return next(r for r in self.rows[course] if r.exercise == exercise)

    def test_answered_gets_a_tick_unanswered_a_cross_hidden_tests_count(self):
        self.assertEqual(self.marks(self.full), {"ch90-square": ("✓", 2, 2), "ch90-sum": ("✗", 0, 1),
                                                 "ch90-absolute": ("✗", 0, 1)})
        self.assertIn("not answered yet", self.row(self.full, "ch90-sum").hint)
        self.assertIn("a positive number stays as it is", self.row(self.full, "ch90-absolute").hint)

    def test_pack_runs_the_visible_checks_and_says_so(self):
        self.assertEqual(self.marks(self.pack), {"ch90-square": ("✓", 2, 2), "ch90-sum": ("✗", 0, 1),
                                                 "ch90-absolute": ("✓", 1, 1)})
        text = progress.report(self.pack, [NAME], self.rows[self.pack])
        self.assertIn("only the checks you see", text)
        self.assertIn("ch90-explain", text)

    def test_table_has_marks_points_and_total(self):
        rows = self.rows[self.full]
        text = progress.table(rows)
        self.assertRegex(text, r"90-fixture\.ipynb\s+ch90-square\s+✓\s+2/2")
        self.assertRegex(text, r"90-fixture\.ipynb\s+ch90-sum\s+✗\s+0/1\s+not answered yet\n")
        self.assertRegex(text, r"ch90-absolute\s+✗\s+0/1\s+.*a positive number stays as it is")
        most = sum(r.max for r in rows)
        self.assertRegex(text.splitlines()[-1], rf"^total\s+1 of {len(rows)} exercises\s+2/{most:g}$")

    def test_workspace_is_not_changed(self):
        for course in (self.full, self.pack):
            self.assertEqual(helpers.tree_hashes(workspace.workspace_dir(course)), self.before[course])

    def test_chapters_are_named_like_reset_names_them(self):
        self.assertEqual(progress.selected(self.full, ["90"]), [NAME])
        self.assertEqual(progress.selected(self.full, []), [NAME])


if __name__ == "__main__":
    unittest.main()
