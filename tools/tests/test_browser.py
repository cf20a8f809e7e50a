"""The learner's view, tested in a real browser: released copies of every chapter in Jupyter
Notebook 6 (served as `./course start` serves it), driven by headless Chromium.

1. Run All on every chapter: teaching cells run without errors; the only failing cells are the
   exercise checks not answered yet, each with its hint and no stack trace.
2. What the page shows: MathJax finished without errors or raw TeX, every chart image decoded,
   every diagram labelled, no output wider than its area, no printed line wrapped.
3. Chapter 1's edit-and-rerun loop with η = 0.75, 1.0 and 1.05 typed on the keyboard.
4. An exercise from stub to wrong to right, one line each time, also with the hidden tests.
5. Kernel → Interrupt on a long training: the live line shows, Stop ends it within 5 s, the
   run so far is kept, and the kernel runs the next cell.

Screenshots of every chapter go to target/browser/. The tests assert general properties, not
the chapters' text, so they hold while the chapters change.
"""

import re
import shutil
import sys
import tempfile
import time
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers  # noqa: E402  (puts tools/ on the path)
import browser_jupyter  # noqa: E402
from browser_jupyter import Browser, JupyterServer  # noqa: E402

from nbmeta import grade_id, is_auto_check, is_solution, read_notebook, source_of, write_notebook  # noqa: E402
from release import release_notebook  # noqa: E402
from nbformat.sign import NotebookNotary  # noqa: E402

SCREENSHOTS = helpers.COURSE_ROOT / "target" / "browser"
RUN_ALL_SECONDS = 600
NUMBER = r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?"


def check_cell_ids(nb):
    return {grade_id(c) for c in nb.cells if is_auto_check(c)}


def master_solution_line(master, gid):
    """The one code line of the master's solution region for `gid`, or None if it has more lines."""
    for cell in master.cells:
        if grade_id(cell) == gid and is_solution(cell) and cell.cell_type == "code":
            source = source_of(cell)
            region = source.split("// BEGIN SOLUTION", 1)[1].split("// END SOLUTION", 1)[0]
            lines = [line.strip() for line in region.strip().splitlines() if line.strip()]
            return lines[0] if len(lines) == 1 else None
    return None


class BrowserTest(unittest.TestCase):
    """One Chromium session over every chapter; each test reads what the page showed."""

    @classmethod
    def setUpClass(cls):
        missing = browser_jupyter.missing_browser_parts()
        if missing:
            raise AssertionError("the browser tests need " + ", ".join(missing)
                                 + ": ./course test installs them (Debian packages)")
        cls.chapters = helpers.chapter_notebooks()
        cls.masters = {p.name: read_notebook(p) for p in cls.chapters}
        cls.tmp = Path(tempfile.mkdtemp(prefix="bp-test-browser-"))
        notebooks = helpers.course_folder(cls.tmp / "course")
        notary = NotebookNotary()
        for name, master in cls.masters.items():
            released = release_notebook(master, name)
            notary.sign(released)                       # as `jupyter trust` (and the learner's workspace) does
            write_notebook(released, notebooks / name)
        if SCREENSHOTS.exists():
            shutil.rmtree(SCREENSHOTS)
        cls.server = JupyterServer(cls.tmp / "course", cls.tmp / "jupyter.log")
        cls.browser = None
        try:
            cls.browser = Browser(cls.server, SCREENSHOTS)
            cls.run_every_chapter()
        except BaseException:
            cls.tearDownClass()
            raise

    @classmethod
    def run_every_chapter(cls):
        cls.seen = {}
        started = time.monotonic()
        for path in cls.chapters:
            b = cls.browser
            one = time.monotonic()
            b.open(path.name)
            trusted = b.trusted()
            b.run_all(RUN_ALL_SECONDS)
            print(f"\n[{path.name}: opened and Run All in {time.monotonic() - one:.0f} s]", file=sys.stderr, end="")
            cls.seen[path.name] = {"cells": b.cells(), "math": b.mathjax(), "area": b.output_area_width(),
                                   "trusted": trusted}
            b.screenshot_all(path.stem)
            cls.server.shut_down_kernels()
        print(f"\n[Run All on {len(cls.chapters)} chapters in Chromium took {time.monotonic() - started:.0f} s;"
              f" screenshots in {SCREENSHOTS}]", file=sys.stderr)

    @classmethod
    def tearDownClass(cls):
        if getattr(cls, "browser", None):
            cls.browser.quit()
        if getattr(cls, "server", None):
            cls.server.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def code_cells(self, name):
        return [c for c in self.seen[name]["cells"] if c["type"] == "code"]

    # ---- 1. Run All ---------------------------------------------------------------------------

    def test_run_all_fails_only_in_unanswered_checks_each_with_its_hint(self):
        for name in self.seen:
            checks = check_cell_ids(self.masters[name])
            for cell in self.code_cells(name):
                where = f"{name} cell {cell['index']} ({cell['grade_id'] or 'teaching'})"
                with self.subTest(cell=where):
                    self.assertIsInstance(cell["prompt"], int, f"{where} did not run")
                    errors = [o for o in cell["outputs"] if o["kind"] in ("error", "stderr")]
                    if cell["grade_id"] in checks:
                        self.assertEqual(len(errors), 1, f"{where}: an unanswered check fails once")
                        text = errors[0]["text"]
                        self.assertIn("✗", text, where)
                        self.assertIn("not answered yet", text, where)
                        self.assertIn("Hint:", text, where)
                        self.assertNotRegex(text, r"\n\s*at [\w.$]+\(", f"{where} shows a stack trace")
                    else:
                        self.assertEqual(errors, [], f"{where} shows an error: "
                                         + "; ".join(e["text"][:300] for e in errors))

    # ---- 2. rendering -------------------------------------------------------------------------

    def test_a_signed_copy_opens_trusted(self):
        for name, seen in self.seen.items():
            self.assertTrue(seen["trusted"], f"{name} opened as Not Trusted although it was signed")

    def test_mathjax_finished_without_errors_or_raw_tex(self):
        for name, seen in self.seen.items():
            with self.subTest(chapter=name):
                self.assertEqual(seen["math"]["errors"], 0, f"{name}: MathJax errors")
                self.assertEqual(seen["math"]["raw"], [], f"{name}: TeX left unrendered")
                self.assertEqual(seen["math"]["broken"], [], f"{name}: inline formulas broken into a column "
                                 "of pieces (MathJax's automatic line breaks in a narrow table cell)")

    def test_every_chart_image_is_decoded_and_every_diagram_labelled(self):
        images = diagrams = 0
        for name in self.seen:
            for cell in self.code_cells(name):
                for out in cell["outputs"]:
                    where = f"{name} cell {cell['index']}"
                    for image in out["images"]:
                        images += 1
                        self.assertTrue(image["complete"] and image["naturalWidth"] > 0, f"{where}: image not decoded")
                    for svg in out["svgs"]:
                        self.assertTrue(svg["width"] > 0 and svg["height"] > 0, f"{where}: an SVG with no size")
                        if not svg["title"].startswith("network"):
                            continue                    # another picture (an animation): drawn is enough
                        diagrams += 1
                        labels = [t for t in svg["texts"] if t.strip()]
                        self.assertGreaterEqual(len(labels), 5, f"{where}: a diagram without its labels")
                        self.assertTrue(any(re.match(r"x\d", t) for t in labels), f"{where}: no input x1, x2, …")
        self.assertGreater(images, 5, "the chapters show charts")
        self.assertGreater(diagrams, 3, "the chapters show network diagrams")

    def test_no_output_is_wider_than_its_area(self):
        for name in self.seen:
            for cell in self.code_cells(name):
                for out in cell["outputs"]:
                    where = f"{name} cell {cell['index']} ({out['kind']})"
                    with self.subTest(output=where):
                        self.assertLessEqual(out["scrollWidth"], out["clientWidth"] + 1, f"{where} scrolls sideways")
                        self.assertLessEqual(out["widest"], out["width"] + 1, f"{where} sticks out of its area")

    def test_no_printed_table_wraps(self):
        tables = 0
        for name in self.seen:
            for cell in self.code_cells(name):
                for out in cell["outputs"]:
                    if out["kind"] not in ("stream", "text") or not looks_like_a_table(out["text"]):
                        continue
                    tables += 1
                    where = f"{name} cell {cell['index']}"
                    for pre in out["pre"]:
                        with self.subTest(output=where):
                            self.assertLessEqual(pre["rendered"], pre["lines"],
                                                 f"{where}: {pre['lines']} printed lines take {pre['rendered']} lines "
                                                 f"on screen: {out['text'][:200]!r}")
        self.assertGreater(tables, 0, "the chapters print aligned columns somewhere (the check must see some)")

    def test_tables_show_as_html_with_rounded_numbers(self):
        tables = 0
        for name in self.seen:
            for cell in self.code_cells(name):
                for out in cell["outputs"]:
                    if out["kind"] == "html_table":
                        tables += 1
                        long_numbers = [n for n in re.findall(r"\d+\.\d+", out["text"]) if significant_digits(n) > 7]
                        self.assertEqual(long_numbers, [], f"{name} cell {cell['index']}: unrounded numbers")
                        wrapped = [c["text"] for c in out.get("captions", []) if c["lines"] > 1]
                        self.assertEqual(wrapped, [], f"{name} cell {cell['index']}: a table's name breaks over lines")
        self.assertGreater(tables, 3, "the chapters' tables show as HTML")

    # ---- 3. chapter 1's edit-and-rerun loop -----------------------------------------------------

    def test_chapter_1_eta_typed_and_rerun_changes_x_and_the_chart(self):
        b = self.browser
        name = self.chapters[0].name
        b.open(name)
        cells = b.cells()
        edit = next(c for c in cells if c["type"] == "code" and re.search(r"double eta\s*=", c["text"]))
        runner = next(c for c in cells if c["type"] == "code" and c["index"] > edit["index"])
        b.run_cell(next(c for c in cells if c["type"] == "code")["index"])   # the setup cell
        seen = {}
        for eta in ("0.75", "1.0", "1.05"):
            b.replace_line(edit["index"], r"double eta\s*=", f"double eta = {eta};")
            b.keys_in_command_mode("SHIFT_ENTER")                 # runs the edit cell, moves on
            b.wait_idle(60, f"η = {eta} to be set")
            b.keys_in_command_mode("SHIFT_ENTER")                 # runs the cell that uses η
            b.wait_idle(120, f"the run with η = {eta}")
            shown = b.cells()[runner["index"]]
            text = "\n".join(o["text"] for o in shown["outputs"] if o["kind"] in ("stream", "text"))
            xs = [float(v) for v in re.findall(r"\bx\s*=\s*(" + NUMBER + ")", text)]
            self.assertGreaterEqual(len(xs), 4, f"η = {eta}: no x values printed: {text[:300]!r}")
            self.assertFalse(any(o["kind"] == "error" for o in shown["outputs"]), f"η = {eta}: error")
            seen[eta] = (xs, b.image_sources(runner["index"]))
            b.screenshot_cell(runner["index"], f"{Path(name).stem}-eta-{eta}")
        gaps = {eta: [x - 2 for x in xs] for eta, (xs, _) in seen.items()}
        for eta, g in gaps.items():
            self.assertTrue(all(a * b_ < 0 for a, b_ in zip(g, g[1:])), f"η = {eta}: x − 2 alternates in sign: {g}")
        self.assertTrue(all(abs(b_) < abs(a) for a, b_ in zip(gaps["0.75"], gaps["0.75"][1:])), "η = 0.75 converges")
        self.assertEqual(sorted(set(seen["1.0"][0])), [-6.0, 10.0], "η = 1.0 jumps between 10 and −6")
        self.assertTrue(all(abs(b_) > abs(a) for a, b_ in zip(gaps["1.05"], gaps["1.05"][1:])), "η = 1.05 grows")
        charts = [tuple(images) for _, images in seen.values()]
        self.assertTrue(all(charts), "each run shows its chart")
        self.assertEqual(len(set(charts)), 3, "the chart changes with η")
        self.server.shut_down_kernels()

    # ---- 4. the exercise loop -------------------------------------------------------------------

    def test_an_exercise_from_stub_to_wrong_to_right_shows_one_line_each_time(self):
        b = self.browser
        name = self.chapters[0].name
        master = self.masters[name]
        b.open(name)
        cells = b.cells()
        answer = next(c for c in cells if c["type"] == "code" and "UnsupportedOperationException" in c["text"]
                      and re.search(r"^\s*double \w+\(", c["text"], re.M)
                      and master_solution_line(master, c["grade_id"]))
        gid = answer["grade_id"]
        check = next(c for c in cells if c["index"] > answer["index"] and c["type"] == "code")
        code = [c for c in cells if c["type"] == "code"]
        for cell in code:                                       # every cell above the check, as the learner would
            if cell["index"] < check["index"]:
                b.run_cell(cell["index"], 180)

        def result(label):
            b.run_cell(check["index"])
            outputs = b.cells()[check["index"]]["outputs"]
            text = "\n".join(o["text"] for o in outputs)
            failed = [o for o in outputs if o["kind"] == "error"]
            return text, failed, label

        text, failed, _ = result("stub")
        self.assertEqual(len(failed), 1, text)
        self.assertEqual(text.count("✗"), 1, text)
        self.assertIn("not answered yet", text)
        self.assertEqual(text.count("Hint:"), 1, text)
        self.assertNotIn("✓", text)

        b.replace_line(answer["index"], r"throw new UnsupportedOperationException", "return -12345.678;")
        b.run_cell(answer["index"])
        text, failed, _ = result("wrong")
        self.assertEqual(len(failed), 1, text)
        self.assertEqual(text.count("✗"), 1, text)
        self.assertEqual(text.count("Hint:"), 1, text)
        self.assertNotIn("not answered yet", text)
        self.assertNotRegex(text, r"\n\s*at [\w.$]+\(", "no stack trace under the hint")

        b.replace_line(answer["index"], r"return -12345\.678;", master_solution_line(master, gid))
        b.run_cell(answer["index"])
        text, failed, _ = result("right")
        self.assertEqual(failed, [], text)
        self.assertEqual(text.count("✓"), 1, text)
        self.assertIn("right", text)

        master_check = next(c for c in master.cells if grade_id(c) == grade_id_of_check(master, gid))
        self.assertIn("BEGIN HIDDEN TESTS", source_of(master_check), "the test needs a check with hidden tests")
        b.set_text(check["index"], source_of(master_check))      # what grading runs: visible and hidden tests
        text, failed, _ = result("with hidden tests")
        self.assertEqual(failed, [], text)
        self.assertEqual(text.count("✓"), 1, f"one line for visible and hidden tests together: {text!r}")
        self.server.shut_down_kernels()

    # ---- 5. interrupt ---------------------------------------------------------------------------

    def test_stop_ends_a_long_training_within_5_s_and_the_kernel_runs_on(self):
        b = self.browser
        def imports_trainer_and_xor(path):
            setup = source_of(next(c for c in self.masters[path.name].cells if c.cell_type == "code"))
            return re.search(r"import bp\.train\.(\*|Trainer);", setup) and re.search(r"import bp\.data\.(\*|Xor);", setup)
        name = next(p.name for p in self.chapters if imports_trainer_and_xor(p))
        b.open(name)
        setup = next(c for c in b.cells() if c["type"] == "code")
        b.run_cell(setup["index"], 180)
        long_run = b.append_cell("TrainingResult endless = new Trainer().eta(0.5).epochs(50_000_000)\n"
                                 "        .train(Network.layers(2, 8, 1).build().initScaled(1), Xor.data());")
        after = b.append_cell("TrainingResult kept = Trainer.last();\n"
                              "System.out.println(\"interrupted: \" + kept.interrupted()"
                              " + \", epochs kept: \" + kept.epochs());")
        b.select(long_run)
        b.keys_in_command_mode("SHIFT_ENTER")
        line = b.wait(lambda: next((o["text"] for o in b.cells()[long_run]["outputs"] if "epoch" in o["text"]), None),
                      30, "the live progress line")
        self.assertRegex(line, r"epoch\s+\d+")
        b.click_stop()
        stopped = time.monotonic()
        b.wait_idle(5, "Stop to end the training")
        self.assertLess(time.monotonic() - stopped, 5.5)
        b.run_cell(after, 60)
        text = "\n".join(o["text"] for o in b.cells()[after]["outputs"])
        self.assertIn("interrupted: true", text)
        epochs = int(re.search(r"epochs kept: (\d+)", text).group(1))
        self.assertGreater(epochs, 0, "the run so far is kept for the next cell")
        self.server.shut_down_kernels()


def looks_like_a_table(text):
    """Printed lines in columns: at least 3 lines, most with a gap of 2+ spaces or a '|' inside."""
    lines = [line for line in text.splitlines() if line.strip()]
    columned = [line for line in lines if re.search(r"\S(\s{2,}|\s*\|\s*)\S", line)]
    return len(lines) >= 3 and len(columned) >= 0.6 * len(lines)


def significant_digits(number):
    """7 for 61.46560, 6 for 0.000769288: the digits after leading zeros."""
    return len(number.replace(".", "").lstrip("0"))


def grade_id_of_check(master, gid):
    """The grade_id of the check cell of exercise `gid` (the auto-check cell that follows it)."""
    ids = [grade_id(c) for c in master.cells]
    start = ids.index(gid)
    return next(grade_id(c) for c in master.cells[start + 1:] if is_auto_check(c))


if __name__ == "__main__":
    unittest.main()
