"""One grading run, with the real IJava kernel in the sandbox, over honest, broken and malicious
submissions of the fixture notebook (tools/tests/attacks.py says what each attacker tries).

Each must score exactly its due with a reason; attackers score 0 on every check they did not
answer honestly; no file outside the output folder changes; no process or cgroup outlives
grading; no connection reaches the test's listener; the feedback holds no hidden test, no master
answer the student did not write, and no live student script; the CSV holds no formula.
"""

import csv
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers  # noqa: E402
import attacks  # noqa: E402

from nbmeta import grade_id, read_notebook, source_of, write_notebook  # noqa: E402
from release import release_notebook  # noqa: E402

NAME = "90-fixture.ipynb"
CELL_TIMEOUT = 25
CHECKS = ["ch90-square-check", "ch90-sum-check", "ch90-absolute-check", "ch90-dw6-check"]


def crafted(released):
    """The broken (not malicious) submissions: loops, exits, exceptions, deleted and edited checks."""
    answered = attacks.answered
    all_right = dict(square=attacks.SQUARE, sum=attacks.SUM, absolute=attacks.ABSOLUTE, dw6=attacks.DW6)
    exit_cell = attacks.with_cell(answered(released, **all_right), "System.exit(1);", cell_id="my-exit")
    deleted = answered(released, square="double square(double x) {\n    return 9;\n}")
    deleted.cells = [c for c in deleted.cells if grade_id(c) not in ("ch90-square-check", "ch90-sum-check")]
    edited = answered(released, sum="int sum(int[] values) {\n    return 6;\n}")
    next(c for c in edited.cells if grade_id(c) == "ch90-sum-check").source = 'System.out.println("✓ ch90-sum: right");'
    return {
        "loop": answered(released, **dict(all_right, square="double square(double x) {\n    while (true) { }\n}")),
        "exit": answered(released, **dict(all_right, sum="int sum(int[] values) {\n    System.exit(0);\n    return 0;\n}")),
        "exit-top": exit_cell,
        "throws": answered(released, square='double square(double x) {\n    throw new IllegalStateException("oops");\n}'),
        "deleted": deleted,
        "edited": edited,
    }


CRAFTED_EXPECTED = {
    "loop": [0, 1, 1, 1], "exit": [2, 0, 1, 1], "exit-top": [2, 1, 1, 1], "throws": [0, 0, 0, 0],
    "deleted": [0, 0, 0, 0], "edited": [0, 0, 0, 0], "broken": [0, 0, 0, 0], "missing": [0, 0, 0, 0],
    "symlinked": [0, 0, 0, 0],
}


class Listener:
    """A TCP listener on 127.0.0.1 that counts the connections it accepts."""

    def __init__(self):
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(16)
        self.server.settimeout(0.5)
        self.port = self.server.getsockname()[1]
        self.accepted = 0
        self.running = True
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self):
        while self.running:
            try:
                connection, _ = self.server.accept()
                self.accepted += 1
                connection.close()
            except OSError:
                continue

    def close(self):
        self.running = False
        self.thread.join(5)
        self.server.close()


def sandbox_processes(marker):
    """Command lines of running processes that belong to grading (or mention `marker`)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            line = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if "sandbox_runner" in line or "bp-jail" in line or marker in line:
            found.append(line)
    return found


class GradingTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.tmp = Path(tempfile.mkdtemp(prefix="bp-test-grading-"))
        masters = helpers.course_folder(cls.tmp / "course")
        shutil.copy2(helpers.FIXTURES / NAME, masters / NAME)
        cls.master = read_notebook(masters / NAME)
        released = release_notebook(cls.master)
        cls.subs, cls.out = cls.tmp / "submissions", cls.tmp / "out"
        cls.listener = Listener()
        kernelspec = Path(subprocess.run(["jupyter", "kernelspec", "list"], capture_output=True, text=True)
                          .stdout.split("java", 1)[1].split()[0]) if shutil.which("jupyter") else cls.tmp
        jar = masters.parent / "lib" / "target" / "bp-course.jar"
        targets = attacks.Targets(str(masters), str(cls.subs), str(cls.out), str(kernelspec), str(jar),
                                  cls.listener.port)
        everyone = dict(attacks.submissions(cls.master, released, targets), **crafted(released))
        for student, nb in everyone.items():
            write_notebook(nb, cls.subs / student / NAME)
        (cls.subs / "broken").mkdir()
        (cls.subs / "broken" / NAME).write_text('{"cells": [{"cell_type": "code", ', encoding="utf-8")
        (cls.subs / "missing").mkdir()
        (cls.subs / "symlinked").mkdir()
        (cls.subs / "symlinked" / NAME).symlink_to(masters / NAME)
        (cls.subs / '=HYPERLINK("evil")').mkdir()
        write_notebook(released, cls.subs / '=HYPERLINK("evil")' / NAME)
        (cls.subs / "alias").symlink_to(cls.subs / "good")
        cls.watched = {"masters": masters, "submissions": cls.subs, "kernelspec": kernelspec,
                       "jar": jar.parent}
        cls.before = {name: helpers.tree_hashes(path) for name, path in cls.watched.items()}
        started = time.monotonic()
        cls.result = helpers.run_tool("grade.py", cls.subs, "--out", cls.out, "--masters", masters,
                                      "--jar", jar, "--cell-timeout", CELL_TIMEOUT, "--timeout", 150,
                                      "--jobs", 2, timeout=1500)
        cls.seconds = time.monotonic() - started
        time.sleep(1)
        cls.after = {name: helpers.tree_hashes(path) for name, path in cls.watched.items()}
        cls.left_running = sandbox_processes(str(cls.tmp))
        cls.cgroups_left = [p.name for p in Path("/sys/fs/cgroup/memory").glob("bp-grade-*")]
        cls.listener.close()
        print(f"\n[grading {len(everyone) + 4} submissions took {cls.seconds:.1f} s]", file=sys.stderr)
        if not (cls.out / "grades.csv").is_file():
            raise AssertionError(f"grade.py wrote no gradebook (exit {cls.result.returncode}):\n"
                                 f"{cls.result.stdout[-3000:]}\n{cls.result.stderr[-3000:]}")
        with open(cls.out / "grades.csv", encoding="utf-8") as stream:
            cls.rows = list(csv.reader(stream))
        cls.grades = {row[0]: dict(zip(cls.rows[0], row)) for row in cls.rows[1:]}
        with open(cls.out / "reasons.csv", encoding="utf-8") as stream:
            cls.reasons = list(csv.DictReader(stream))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def scores(self, student):
        return [int(float(self.grades[student][gid])) for gid in CHECKS]

    def reason(self, student, gid):
        return next(r["reason"] for r in self.reasons if r["student"] == student and r["grade_id"] == gid)

    def notes(self, student):
        return " ".join(r["reason"] for r in self.reasons if r["student"] == student and not r["grade_id"])

    def feedback(self, student, suffix=".ipynb"):
        return (self.out / "feedback" / student / NAME).with_suffix(suffix).read_text(encoding="utf-8")

    def test_run_completes_and_refuses_bad_folders(self):
        self.assertEqual(self.result.returncode, 0, self.result.stdout + self.result.stderr)
        self.assertIn("refused folder '=HYPERLINK", self.result.stdout)
        self.assertIn("refused 'alias': a student folder may not be a symbolic link", self.result.stdout)
        expected = set(attacks.EXPECTED) | set(CRAFTED_EXPECTED)
        self.assertEqual(set(self.grades), expected)

    def test_every_student_scores_exactly_their_due(self):
        for student, due in dict(attacks.EXPECTED, **CRAFTED_EXPECTED).items():
            with self.subTest(student=student):
                self.assertEqual(self.scores(student), due,
                                 [self.reason(student, gid) for gid in CHECKS] + [self.notes(student)])

    def test_every_lost_point_has_a_reason(self):
        for row in self.reasons:
            if row["grade_id"] and row["points"] != row["max_points"]:
                self.assertTrue(row["reason"].strip(), row)

    def test_refused_code_is_named(self):
        self.assertIn("%jars", self.notes("fake-setup"))
        self.assertIn("%maven", self.notes("fake-setup"))
        self.assertIn("locked cell", self.notes("fake-setup"))
        self.assertIn("reflection", self.notes("reflect"))
        self.assertIn("dErr_dw6", self.reason("library", "ch90-dw6-check"))
        self.assertIn("symbolic link", self.reason("symlinked", "ch90-square-check"))
        self.assertIn("invalid JSON", self.reason("broken", "ch90-square-check"))
        self.assertIn("not submitted", self.reason("missing", "ch90-square-check"))

    def test_broken_submissions_keep_their_reasons(self):
        self.assertEqual(self.reason("loop", "ch90-square-check").count("timed out"), 1)
        self.assertIn("your code threw IllegalStateException: oops", self.reason("throws", "ch90-square-check"))
        self.assertIn("check cell deleted, put back from the master", self.reason("deleted", "ch90-square-check"))
        self.assertIn("check cell edited, put back from the master", self.reason("edited", "ch90-sum-check"))
        self.assertIn("cell my-exit: kernel died", self.notes("exit-top"))

    def test_no_file_outside_the_output_changes(self):
        for name in self.watched:
            with self.subTest(folder=name):
                self.assertEqual(self.after[name], self.before[name])
        self.assertNotIn(attacks.MARK, (self.out / "grades.csv").read_text(encoding="utf-8"))

    def test_no_process_or_cgroup_outlives_grading(self):
        self.assertEqual(self.left_running, [])
        self.assertEqual(self.cgroups_left, [])

    def test_no_connection_reaches_the_host(self):
        self.assertEqual(self.listener.accepted, 0)
        self.assertIn("no connection", self.feedback("net"))

    def test_feedback_holds_no_hidden_test_and_no_answer_the_student_did_not_write(self):
        hidden = ["new double[] {-2, 0.5, 10}", "sum(new int[0])", "new Random(7)", "HIDDEN TESTS"]
        master_answers = ["var f = net.f();", "total += v;"]
        for student in self.grades:
            if not (self.out / "feedback" / student).is_dir():
                continue
            for suffix in (".ipynb", ".html"):
                text = self.feedback(student, suffix)
                for line in hidden:
                    self.assertNotIn(line, text, f"{student}{suffix}")
                if student != "good":
                    for line in master_answers:
                        self.assertNotIn(line, text, f"{student}{suffix}")

    def test_feedback_shows_student_script_only_as_text(self):
        page = self.feedback("xss", ".html")
        self.assertIn(attacks.MARK, page)
        for live in (f"<script>alert('{attacks.MARK}')", "<img src=x onerror", 'href="javascript:'):
            self.assertNotIn(live, page)
        summary = read_notebook(self.out / "feedback" / "xss" / NAME).cells[0].source
        self.assertIn("**Auto-graded score: 0 / 5**", summary)

    def test_floods_are_cut(self):
        self.assertLess(len(self.feedback("hog")), 5_000_000)
        self.assertIn("output cut", self.feedback("hog"))

    def test_csv_holds_no_formula(self):
        for path in ("grades.csv", "reasons.csv"):
            with open(self.out / path, encoding="utf-8") as stream:
                for row in csv.reader(stream):
                    for cell in row:
                        self.assertFalse(cell.startswith(("=", "+", "@")), (path, cell))

    def test_feedback_starts_with_the_graders_summary(self):
        summary = read_notebook(self.out / "feedback" / "loop" / NAME).cells[0]
        self.assertIn("**Auto-graded score: 3 / 5**", summary.source)
        self.assertIn("| ch90-square-check | 0 / 2 | ✗ square: timed out after", summary.source)
        self.assertIn("ch90-explain", summary.source)
        warmup = next(c for c in read_notebook(self.out / "feedback" / "loop" / NAME).cells
                      if c.get("id") == "warmup")
        self.assertEqual(warmup.outputs[0]["text"], "warm-up\n")
        check = next(c for c in read_notebook(self.out / "feedback" / "honest" / NAME).cells
                     if grade_id(c) == "ch90-square-check")
        self.assertNotIn("HIDDEN", source_of(check))
        self.assertIn("✓ ch90-square", str(check.outputs))


if __name__ == "__main__":
    unittest.main()
