"""Unit tests of the release transformations (no kernel)."""

import copy
import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers  # noqa: E402,F401  (puts tools/ on the path)

from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output  # noqa: E402

from nbmeta import read_notebook, source_of  # noqa: E402
from release import (ReleaseError, release_cell, release_notebook, remove_hidden_tests,  # noqa: E402
                     stub_solutions)


def solution_cell(source, gid="ch9-x", cell_type="code"):
    meta = {"nbgrader": {"grade": cell_type == "markdown", "solution": True, "locked": False,
                         "grade_id": gid, "schema_version": 3}}
    if cell_type == "markdown":
        meta["nbgrader"]["points"] = 1
        return new_markdown_cell(source, metadata=meta)
    return new_code_cell(source, metadata=meta)


def check_cell(source, gid="ch9-x-check"):
    meta = {"nbgrader": {"grade": True, "solution": False, "locked": True, "grade_id": gid,
                         "points": 2, "schema_version": 3}}
    return new_code_cell(source, metadata=meta)


class StubSolutionsTest(unittest.TestCase):

    def test_region_at_end_of_method_becomes_comment_and_throw_with_grade_id(self):
        source = "double f(double x) {\n    // BEGIN SOLUTION\n    return 2 * x;\n    // END SOLUTION\n}"
        self.assertEqual(
            stub_solutions(source, "code", "ch9-f", "test"),
            "double f(double x) {\n    // YOUR CODE HERE\n"
            '    throw new UnsupportedOperationException("exercise ch9-f: your code here");\n}')

    def test_indentation_of_the_begin_line_is_kept(self):
        source = "void g() {\n  if (a) {\n        // BEGIN SOLUTION\n        b();\n        // END SOLUTION\n  }\n}"
        stub = stub_solutions(source, "code", "ch9-g", "test").split("\n")
        self.assertEqual(stub[2], "        // YOUR CODE HERE")
        self.assertTrue(stub[3].startswith("        throw new UnsupportedOperationException("))

    def test_code_after_the_region_stays_reachable(self):
        source = "double h(double v) {\n    // BEGIN SOLUTION\n    if (v < 0) return -v;\n    // END SOLUTION\n    return v;\n}"
        stub = stub_solutions(source, "code", "ch9-h", "test")
        self.assertIn('    if (true) throw new UnsupportedOperationException("exercise ch9-h:', stub)
        self.assertTrue(stub.endswith("    return v;\n}"))
        self.assertNotIn("v < 0", stub)

    def test_every_region_of_a_cell_is_replaced_and_the_rest_kept(self):
        source = ("int a() {\n  // BEGIN SOLUTION\n  return 1;\n  // END SOLUTION\n}\n"
                  "int b() {\n  // BEGIN SOLUTION\n  return 2;\n  // END SOLUTION\n}")
        stub = stub_solutions(source, "code", "ch9-ab", "test")
        self.assertEqual(stub.count("// YOUR CODE HERE"), 2)
        self.assertNotIn("return 1", stub)
        self.assertNotIn("return 2", stub)
        self.assertTrue(stub.startswith("int a() {") and "int b() {" in stub)

    def test_markdown_answer_region_becomes_your_answer_here(self):
        source = "**Q.** Why?\n\nBEGIN SOLUTION\nBecause of the chain rule.\nEND SOLUTION"
        self.assertEqual(stub_solutions(source, "markdown", "ch9-q", "test"), "**Q.** Why?\n\nYOUR ANSWER HERE")

    def test_markdown_answer_without_delimiters_is_replaced_whole(self):
        self.assertEqual(stub_solutions("The answer is 42.", "markdown", "ch9-q", "test"), "YOUR ANSWER HERE")

    def test_code_answer_without_region_is_refused(self):
        with self.assertRaisesRegex(ReleaseError, "without a // BEGIN SOLUTION"):
            stub_solutions("double f() { return 1; }", "code", "ch9-f", "test")

    def test_unpaired_delimiters_are_refused_with_the_line(self):
        with self.assertRaisesRegex(ReleaseError, "line 1 has no END SOLUTION"):
            stub_solutions("// BEGIN SOLUTION\nx = 1;", "code", "ch9-f", "cell 3")
        with self.assertRaisesRegex(ReleaseError, "END SOLUTION on line 2 without a BEGIN"):
            stub_solutions("x = 1;\n// END SOLUTION", "code", "ch9-f", "cell 3")
        with self.assertRaisesRegex(ReleaseError, "inside another one"):
            stub_solutions("// BEGIN SOLUTION\n// BEGIN SOLUTION\n// END SOLUTION", "code", "ch9-f", "c")


class HiddenTestsTest(unittest.TestCase):

    def test_hidden_region_and_its_delimiters_are_removed(self):
        source = ('Check.close("a", () -> f(1), 2, "hint");\n// BEGIN HIDDEN TESTS\n'
                  'Check.close("a", () -> f(5), 10, "hint");\n// END HIDDEN TESTS')
        self.assertEqual(remove_hidden_tests(source), 'Check.close("a", () -> f(1), 2, "hint");')

    def test_code_between_two_hidden_regions_is_kept(self):
        source = "a();\n// BEGIN HIDDEN TESTS\nb();\n// END HIDDEN TESTS\nc();\n// BEGIN HIDDEN TESTS\nd();\n// END HIDDEN TESTS\n"
        self.assertEqual(remove_hidden_tests(source), "a();\nc();")

    def test_source_without_hidden_tests_is_unchanged(self):
        self.assertEqual(remove_hidden_tests("a();\nb();"), "a();\nb();")


class ReleaseNotebookTest(unittest.TestCase):

    def notebook(self):
        answer = solution_cell("double f() {\n    // BEGIN SOLUTION\n    return 1;\n    // END SOLUTION\n}")
        check = check_cell('Check.close("ch9-x", () -> f(), 1, "h");\n// BEGIN HIDDEN TESTS\nsecret();\n// END HIDDEN TESTS')
        given = new_code_cell("System.out.println(1);", metadata={"tags": ["setup"]})
        given.outputs = [new_output("stream", name="stdout", text="1\n")]
        given.execution_count = 4
        return new_notebook(cells=[given, answer, check],
                            metadata={"kernelspec": {"name": "java", "display_name": "Java"}})

    def test_solutions_stubbed_hidden_tests_removed_outputs_cleared(self):
        released = release_notebook(self.notebook())
        given, answer, check = released.cells
        self.assertIn("// YOUR CODE HERE", answer.source)
        self.assertNotIn("return 1", answer.source)
        self.assertNotIn("secret", check.source)
        self.assertNotIn("HIDDEN", check.source)
        self.assertEqual(given.outputs, [])
        self.assertIsNone(given.execution_count)

    def test_ids_and_metadata_are_kept_and_master_is_not_changed(self):
        master = self.notebook()
        before = copy.deepcopy(master)
        released = release_notebook(master)
        self.assertEqual(master, before)
        self.assertEqual([c.id for c in released.cells], [c.id for c in master.cells])
        self.assertEqual([c.metadata for c in released.cells], [c.metadata for c in master.cells])
        self.assertEqual(released.metadata, master.metadata)

    def test_solution_region_outside_a_solution_cell_is_refused(self):
        leaking = new_code_cell("// BEGIN SOLUTION\nanswer();\n// END SOLUTION")
        with self.assertRaisesRegex(ReleaseError, "not a solution cell"):
            release_cell(leaking, "cell 0")

    def test_hidden_tests_outside_a_check_cell_are_refused(self):
        leaking = new_code_cell("// BEGIN HIDDEN TESTS\nsecret();\n// END HIDDEN TESTS")
        with self.assertRaisesRegex(ReleaseError, "not an auto-check cell"):
            release_cell(leaking, "cell 0")

    def test_fixture_release_keeps_the_question_and_drops_every_answer(self):
        master = read_notebook(helpers.FIXTURES / "90-fixture.ipynb")
        released = release_notebook(master)
        text = "\n".join(source_of(c) for c in released.cells)
        for answer in ("return x * x", "total += v", "return -v", "x = 0 时结果为 0", "new double[] {-2, 0.5, 10}"):
            self.assertNotIn(answer, text)
        self.assertIn("为什么 $x^2$ 永远不是负数？", text)
        self.assertEqual(text.count("// YOUR CODE HERE"), 4)
        self.assertEqual(text.count("YOUR ANSWER HERE"), 1)


if __name__ == "__main__":
    unittest.main()
