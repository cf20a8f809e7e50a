"""Unit tests of the checks and reports that need no kernel: committed-notebook checks, error
reasons, reading submissions, scoring, the gradebook and the exercise conventions."""

import csv
import json
import shutil
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers  # noqa: E402

from nbformat.v4 import new_code_cell, new_notebook, new_output  # noqa: E402

import exercises  # noqa: E402
from gradebook import Exercise, NotebookGrade, Score, write_gradebook  # noqa: E402
from dataclasses import asdict  # noqa: E402

from grade import load_submission, score  # noqa: E402
from kernel_runner import CellRun, NotebookRun, describe_error  # noqa: E402
from nbmeta import grade_id, read_notebook, write_notebook  # noqa: E402
from release import release_notebook  # noqa: E402
from restore import restore  # noqa: E402
from run_notebooks import committed_problems, run_problems  # noqa: E402


def write_json(folder, name, data):
    path = Path(folder) / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def clean_notebook(**metadata):
    nb = new_notebook(cells=[new_code_cell("1", id="a")],
                      metadata={"kernelspec": {"name": "java", "display_name": "Java"}, **metadata})
    return json.loads(json.dumps(nb))


class CommittedProblemsTest(unittest.TestCase):

    def setUp(self):
        self.folder = tempfile.mkdtemp()

    def test_clean_notebook_has_no_problem(self):
        self.assertEqual(committed_problems(write_json(self.folder, "a.ipynb", clean_notebook())), [])

    def test_outputs_kernelspec_ids_and_invalid_json_are_reported(self):
        nb = clean_notebook()
        nb["cells"][0]["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "1"}]
        nb["cells"].append({"cell_type": "markdown", "metadata": {}, "source": "x"})
        nb["metadata"]["kernelspec"]["name"] = "python3"
        problems = committed_problems(write_json(self.folder, "b.ipynb", nb))
        self.assertEqual(len(problems), 3, problems)
        self.assertIn("kernelspec name is 'python3'", problems[0])
        self.assertIn("committed with outputs in 1 cell(s)", problems[1])
        self.assertIn("without an id: 1", problems[2])
        broken = Path(self.folder) / "c.ipynb"
        broken.write_text("{", encoding="utf-8")
        self.assertTrue(committed_problems(broken)[0].startswith("invalid JSON"))

    def test_absolute_machine_paths_are_found_but_not_urls_or_relative_paths(self):
        for text, found in [("see /work/main/x", True), ("(/tmp/out.png)", True), ("/root", True),
                            ('"/home/me/a"', True), ("https://example.org/tmp/a", False),
                            ("../lib/target/bp-course.jar", False), ("a/home/b", False),
                            ("~/work/x", False)]:
            nb = clean_notebook()
            nb["cells"][0]["source"] = text
            problems = committed_problems(write_json(self.folder, "d.ipynb", nb))
            self.assertEqual(any("absolute path" in p for p in problems), found, text)


class DescribeErrorTest(unittest.TestCase):

    def test_failed_check_gives_its_message(self):
        output = {"ename": "EvalException", "evalue": "✗ ch1-a: wrong. Hint: think",
                  "traceback": ["\x1b[31m-----\x1b[0m", "\x1b[31mjava.lang.AssertionError: ✗ ch1-a: wrong. Hint: think"]}
        self.assertEqual(describe_error(output), "✗ ch1-a: wrong. Hint: think")

    def test_exception_gives_its_simple_class_name(self):
        output = {"ename": "EvalException", "evalue": "boom",
                  "traceback": ["-----", "java.lang.IllegalStateException: boom", "\tat .(#1:1)"]}
        self.assertEqual(describe_error(output), "IllegalStateException: boom")

    def test_compile_error_gives_the_compiler_message(self):
        output = {"ename": "CompilationException", "evalue": "",
                  "traceback": ["|   int x = ;", "\x1b[31millegal start of expression\x1b[0m", ""]}
        self.assertEqual(describe_error(output), "does not compile: illegal start of expression")


class RunProblemsTest(unittest.TestCase):

    def test_errors_count_unless_tagged_and_stderr_always_counts(self):
        allowed = new_code_cell("x", metadata={"tags": ["raises-exception"]})
        nb = new_notebook(cells=[new_code_cell("a"), allowed, new_code_cell("c")])
        run = NotebookRun(nb, {0: CellRun(0, "error", "boom"), 1: CellRun(1, "error", "expected"),
                               2: CellRun(2, "ok", "", "a warning")})
        problems = run_problems(run)
        self.assertEqual(len(problems), 2, problems)
        self.assertIn("boom", problems[0])
        self.assertIn("wrote to stderr: a warning", problems[1])


class LoadSubmissionTest(unittest.TestCase):

    def setUp(self):
        self.folder = Path(tempfile.mkdtemp())

    def test_invalid_json_is_a_reason(self):
        path = self.folder / "a.ipynb"
        path.write_text('{"cells": [', encoding="utf-8")
        nb, reason = load_submission(path)
        self.assertIsNone(nb)
        self.assertTrue(reason.startswith("invalid JSON: "), reason)

    def test_json_that_is_not_a_notebook_is_a_reason(self):
        nb, reason = load_submission(write_json(self.folder, "b.ipynb", {"cells": "none"}))
        self.assertIsNone(nb)
        self.assertTrue(reason.startswith("not a valid notebook"), reason)

    def test_a_notebook_loads(self):
        nb, reason = load_submission(write_json(self.folder, "c.ipynb", clean_notebook()))
        self.assertIsNone(reason)
        self.assertEqual(nb.cells[0].source, "1")


class ScoreTest(unittest.TestCase):

    def test_points_come_from_the_replay_with_the_reasons_and_notes(self):
        master = read_notebook(helpers.FIXTURES / "90-fixture.ipynb")
        student = release_notebook(master)
        student.cells = [c for c in student.cells if grade_id(c) != "ch90-sum-check"]
        restored = restore(student, master)
        nb = restored.notebook
        index = {grade_id(c): i for i, c in enumerate(nb.cells) if grade_id(c)}
        runs = {index["ch90-square-check"]: CellRun(0, "ok"),
                index["ch90-sum-check"]: CellRun(0, "error", "✗ ch90-sum: wrong. Hint: h"),
                index["ch90-absolute-check"]: CellRun(0, "error", "✗ ch90-absolute: no answer"),
                index["ch90-dw6-check"]: CellRun(0, "ok")}
        replay = {"notebook": nb, "cells": {str(i): asdict(run) for i, run in runs.items()}}
        columns = [Exercise("n", "ch90-square-check", 2), Exercise("n", "ch90-sum-check", 1),
                   Exercise("n", "ch90-absolute-check", 1), Exercise("n", "ch90-dw6-check", 1)]
        scores = score(columns, replay, {"ch90-dw6-check": "your answer calls the library's own dErr_dw6"},
                       {"ch90-absolute-check": "absolute: timed out after 5 s"}, restored)
        self.assertEqual([s.points for s in scores], [2, 0, 0, 0])
        self.assertEqual(scores[1].reason,
                         "check cell deleted, put back from the master; ✗ ch90-sum: wrong. Hint: h")
        self.assertEqual(scores[2].reason, "absolute: timed out after 5 s")
        self.assertEqual(scores[3].reason, "your answer calls the library's own dErr_dw6")


class GradebookTest(unittest.TestCase):

    def test_one_row_per_student_one_column_per_exercise_and_reasons(self):
        a, b = Exercise("01.ipynb", "ch1-a-check", 2), Exercise("01.ipynb", "ch1-b-check", 1)
        grades = [NotebookGrade("ann", "01.ipynb", [Score(a, 2), Score(b, 0, "timed out after 5 s")]),
                  NotebookGrade("bob", "01.ipynb", [Score(a, 0, "not submitted"), Score(b, 0, "not submitted")],
                                ["cell x has an unknown grade_id: q; not graded"])]
        out = Path(tempfile.mkdtemp())
        write_gradebook(out, ["ann", "bob"], [a, b], grades)
        with open(out / "grades.csv", encoding="utf-8") as stream:
            rows = list(csv.reader(stream))
        self.assertEqual(rows, [["student", "ch1-a-check", "ch1-b-check", "total", "max"],
                                ["ann", "2", "0", "2", "3"], ["bob", "0", "0", "0", "3"]])
        with open(out / "reasons.csv", encoding="utf-8") as stream:
            reasons = list(csv.DictReader(stream))
        self.assertEqual(reasons[1]["reason"], "timed out after 5 s")
        self.assertEqual(reasons[-1]["reason"], "cell x has an unknown grade_id: q; not graded")
        page = (out / "grades.html").read_text(encoding="utf-8")
        self.assertIn('title="timed out after 5 s"', page)
        self.assertIn("<td>ann</td>", page)


class ExerciseConventionsTest(unittest.TestCase):

    def test_fixture_follows_the_conventions(self):
        results = exercises.check_notebooks([helpers.FIXTURES / "90-fixture.ipynb"])
        self.assertEqual(list(results.values()), [(5, [])])

    def test_slips_are_reported(self):
        nb = read_notebook(helpers.FIXTURES / "90-fixture.ipynb")
        cells = {grade_id(c): c for c in nb.cells if grade_id(c)}
        cells["ch90-sum-check"].metadata["nbgrader"]["locked"] = False
        cells["ch90-absolute-check"].source = "// BEGIN HIDDEN TESTS\nCheck.that(\"ch90-absolute\", () -> true, \"h\");\n// END HIDDEN TESTS"
        cells["ch90-square"].metadata["nbgrader"]["grade_id"] = "ch9-square"
        folder = Path(tempfile.mkdtemp())
        write_notebook(nb, folder / "90-fixture.ipynb")
        count, problems = exercises.check_notebooks([folder / "90-fixture.ipynb"])[folder / "90-fixture.ipynb"]
        text = "\n".join(problems)
        self.assertIn("locked should be True", text)
        self.assertIn('the part students see should call Check with "ch90-absolute"', text)
        self.assertIn("grade_id should start with ch90-", text)
        self.assertIn("no auto-check cell ch9-square-check after it", text)
        self.assertIn("at least 3 needed", text)

    def test_every_chapter_follows_the_conventions(self):
        chapters = helpers.chapter_notebooks()
        self.assertTrue(chapters, "no chapter notebooks in notebooks/")
        for path, (count, problems) in exercises.check_notebooks(chapters).items():
            with self.subTest(chapter=path.name):
                self.assertEqual(problems, [])
                self.assertGreaterEqual(count, 3)

    def test_a_code_line_over_100_characters_is_reported_with_its_cell_and_length(self):
        nb = read_notebook(helpers.FIXTURES / "90-fixture.ipynb")
        warmup = next(c for c in nb.cells if c.get("id") == "warmup")
        warmup.source += "\n// " + "a" * 97 + "\n// " + "b" * 98
        problems = self.problems_of(nb)
        self.assertEqual(problems, ["cell 3 (warmup): line 3 has 101 characters, "
                                    "more than the 100 that fit the page; break it"])

    def test_a_released_stub_over_100_characters_is_reported(self):
        nb = read_notebook(helpers.FIXTURES / "90-fixture.ipynb")
        answer = next(c for c in nb.cells if grade_id(c) == "ch90-square")
        answer.source = answer.source.replace("    // ", " " * 30 + "// ")
        problems = self.problems_of(nb)
        self.assertEqual(len(problems), 1, problems)
        self.assertIn("(ch90-square), released copy: line 3 has 110 characters", problems[0])

    def problems_of(self, nb):
        folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, folder, ignore_errors=True)
        path = folder / "90-fixture.ipynb"
        write_notebook(nb, path)
        return exercises.check_notebooks([path])[path][1]

    def test_no_chapter_nor_its_released_copy_has_a_code_line_over_100_characters(self):
        for path in helpers.chapter_notebooks():
            with self.subTest(chapter=path.name):
                nb = read_notebook(path)
                self.assertEqual(exercises.long_line_problems(nb, release_notebook(nb, path.name)), [])

    def test_a_grade_id_used_twice_in_the_course_is_reported(self):
        folder = Path(tempfile.mkdtemp())
        nb = read_notebook(helpers.FIXTURES / "90-fixture.ipynb")
        write_notebook(nb, folder / "90-a.ipynb")
        write_notebook(nb, folder / "90-b.ipynb")
        results = exercises.check_notebooks([folder / "90-a.ipynb", folder / "90-b.ipynb"])
        self.assertEqual(results[folder / "90-a.ipynb"][1], [])
        self.assertIn("grade_id ch90-square also used in 90-a.ipynb", results[folder / "90-b.ipynb"][1])


if __name__ == "__main__":
    unittest.main()
