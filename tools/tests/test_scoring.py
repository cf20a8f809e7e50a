"""scoring.py and feedback.py without a kernel: what is refused, how answers are wired, what the
teacher's feedback may show."""

import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers  # noqa: E402

from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output  # noqa: E402

import scoring  # noqa: E402
from feedback import escape_markdown, safe_output, student_markdown  # noqa: E402
from gradebook import defused  # noqa: E402
from nbmeta import grade_id, read_notebook, source_of  # noqa: E402
from release import release_notebook  # noqa: E402
from restore import restore  # noqa: E402

FIXTURE = helpers.FIXTURES / "90-fixture.ipynb"


def student(released, **sources):
    nb = released.copy()
    for cell in nb.cells:
        key = (grade_id(cell) or cell.get("id") or "").replace("ch90-", "")
        if key in sources:
            cell.source = sources[key]
    return nb


class ScreenTest(unittest.TestCase):

    def setUp(self):
        self.master = read_notebook(FIXTURE)
        self.released = release_notebook(self.master)

    def screened(self, nb):
        return scoring.screen(restore(nb, self.master).notebook, self.master)

    def test_magics_are_taken_out_of_student_cells_with_a_note(self):
        nb = student(self.released, warmup='%jars /tmp/x.jar\n%maven a:b:1\nSystem.out.println("warm-up");')
        result = self.screened(nb)
        warmup = next(c for c in result.notebook.cells if c.get("id") == "warmup")
        self.assertEqual(source_of(warmup), 'System.out.println("warm-up");')
        self.assertIn("%jars", result.notes[0])
        self.assertIn("%maven", result.notes[0])

    def test_reflection_is_refused_even_behind_unicode_escapes(self):
        for code in ['Class.forName("x");', '\\u0043lass.\\u0066orName("x");', "var m = java.lang.reflect.Modifier.PUBLIC;",
                     "x.getClass().getDeclaredMethods();", "ProcessBuilder p;", "bp.grading.Calls.leave();",
                     'new java.io.ObjectInputStream(in);', 'var tape = "/course/grading/tape.tsv";']:
            with self.subTest(code=code):
                result = self.screened(student(self.released, square="double square(double x) {\n    " + code
                                               + "\n    return x * x;\n}"))
                square = next(c for c in result.notebook.cells if grade_id(c) == "ch90-square")
                self.assertTrue(source_of(square).startswith("// the grader did not run this cell"), code)
                self.assertTrue(result.notes)

    def test_plain_answers_pass_the_screen_unchanged(self):
        nb = student(self.released, square="double square(double x) {\n    return Math.pow(x, 2);\n}")
        result = self.screened(nb)
        self.assertEqual(result.notes, [])
        self.assertEqual(result.refused, {})

    def test_calling_the_forbidden_library_member_scores_zero(self):
        for answer, helper in [("return net.dErr_dw6(p, y);", None),
                               ("return mine(net, p, y);", "double mine(Net221 n, Net221.Pass q, double t) {\n"
                                                           "    return n.dErr_dw6(q, t);\n}"),
                               ("java.util.function.Function<Net221, Double> g = n -> 0.0;\n    return net.gradient(new double[] {p.x1, p.x2}, y).get(\"w6\");", None)]:
            with self.subTest(answer=answer):
                nb = student(self.released, dw6="double dErr_dw6(Net221 net, Net221.Pass p, double y) {\n    "
                                                 + answer + "\n}")
                if helper:
                    nb.cells.insert(3, new_code_cell(helper))
                result = self.screened(nb)
                self.assertIn("ch90-dw6-check", result.refused)

    def test_an_exploring_cell_may_call_the_library(self):
        nb = student(self.released)
        nb.cells.insert(3, new_code_cell("Net221.example().dErr_dw6(Net221.example().forward(1, 1), 0.5)"))
        self.assertEqual(self.screened(nb).refused, {})


class WiringTest(unittest.TestCase):

    def setUp(self):
        self.master = read_notebook(FIXTURE)

    def test_answer_methods_are_read_from_the_master(self):
        methods = {m.name: m for m in scoring.answer_methods(self.master)}
        self.assertEqual(sorted(methods), ["absolute", "dErr_dw6", "square", "sum"])
        self.assertEqual(methods["dErr_dw6"].params, [("Net221", "net"), ("Net221.Pass", "p"), ("double", "y")])
        self.assertEqual(methods["sum"].params, [("int[]", "values")])

    def test_generic_and_varargs_parameters(self):
        [method] = scoring.methods_in("java.util.Map<String, Double> f(final java.util.List<double[]> a, double... b) {", "g")
        self.assertEqual(method.ret, "java.util.Map<String, Double>")
        self.assertEqual(method.params, [("java.util.List<double[]>", "a"), ("double...", "b")])
        self.assertIn("double... b", scoring.wrapper(method))
        self.assertIn("(double[]) a[1]", source_of(scoring.answer_cell(method, "c", "calls", "tape")))

    def test_collect_notebook_wraps_answers_and_marks_every_cell(self):
        nb = scoring.collect_notebook(self.master, "/job/calls.tsv")
        sources = [source_of(c) for c in nb.cells if c.cell_type == "code"]
        self.assertIn('bp.grading.Calls.collect("/job/calls.tsv");', sources[1])
        square = next(c for c in nb.cells if grade_id(c) == "ch90-square")
        self.assertIn("double square$model(double x)", source_of(square))
        self.assertIn('return (double) bp.grading.Calls.answer("square", () -> square$model(x), new Object[] {x});', source_of(square))
        check = next(c for c in nb.cells if grade_id(c) == "ch90-square-check")
        self.assertTrue(source_of(check).startswith('bp.grading.Calls.enter("ch90-square-check");'))

    def test_the_students_kernel_gets_answer_cells_instead_of_checks(self):
        restored = restore(release_notebook(self.master), self.master).notebook
        calls = "ch90-square-check\t0\tsquare\tAAA\nch90-dw6-check\t0\tdErr_dw6\tBBB\n"
        nb = scoring.answer_notebook(restored, self.master, calls, "/job/calls.tsv", "/course/grading/tape.tsv")
        text = "\n".join(source_of(c) for c in nb.cells)
        self.assertNotIn("Check.", text.replace("import bp.exercise.Check;", ""))
        self.assertIn('a -> square((double) a[0])', text)
        self.assertIn('a -> dErr_dw6((Net221) a[0], (Net221.Pass) a[1], (double) a[2])', text)
        self.assertNotIn("ch90-sum-check", text)   # no call recorded, no cell


class FeedbackSafetyTest(unittest.TestCase):

    def test_student_outputs_become_text_and_png(self):
        html = new_output("display_data", data={"text/html": "<script>x</script>", "text/plain": "table"})
        self.assertEqual(safe_output(html)["data"], {"text/plain": "table"})
        svg = new_output("display_data", data={"image/svg+xml": "<svg onload=x>"})
        self.assertNotIn("image/svg+xml", safe_output(svg)["data"])
        fake_png = new_output("display_data", data={"image/png": "PHNjcmlwdD4="})
        self.assertNotIn("image/png", safe_output(fake_png)["data"])
        js = new_output("display_data", data={"application/javascript": "alert(1)"})
        self.assertEqual(list(safe_output(js)["data"]), ["text/plain"])

    def test_student_markdown_is_shown_as_text(self):
        cell = student_markdown(new_markdown_cell("**Auto-graded score: 5 / 5** <script>x</script>"), set())
        self.assertTrue(source_of(cell).startswith("*The student's text, as written:*"))
        self.assertIn("```text", source_of(cell))
        master = new_markdown_cell("## 1.1 导数指路")
        self.assertEqual(source_of(student_markdown(master, {"## 1.1 导数指路"})), "## 1.1 导数指路")

    def test_reasons_are_escaped_in_the_summary(self):
        self.assertNotIn("<script>", escape_markdown("<script>alert(1)</script> | $x$"))
        self.assertIn("\\|", escape_markdown("a | b"))

    def test_csv_cells_cannot_start_a_formula(self):
        for value in ['=HYPERLINK("x")', "+1", "-cmd", "@SUM(A1)", "\tx"]:
            self.assertTrue(defused(value).startswith("'"), value)
        self.assertEqual(defused("alice"), "alice")
        self.assertEqual(defused("2"), "2")


if __name__ == "__main__":
    unittest.main()
