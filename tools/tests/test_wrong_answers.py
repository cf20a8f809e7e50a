"""Every exercise check rejects the mistakes learners really make, and accepts the model answer.

The wrong answers live in tools/tests/wrong_answers/NN.json, one file per chapter:

    {"<answer grade_id>": [{"mistake": "sign error", "source": "<full source of the answer cell>"}, ...], ...}

For each chapter with such a file, ONE IJava kernel runs the master chapter top to bottom, then,
for every wrong variant, the variant's source followed by the master's check cell (hidden tests
included); the check must fail with a "✗" message. Last, the master's own answer and check run
again and must pass, so that a check which fails everything cannot pass this test.

Every answer cell (a code cell with nbgrader solution: true) of a chapter whose file exists must
have at least MIN_VARIANTS wrong variants. The chapters are the notebooks NN-*.ipynb in notebooks/;
those without a file are listed, not failed, so the files can be added chapter by chapter.

Run one chapter:  /usr/bin/python3 -m unittest tools.tests.test_wrong_answers.WrongAnswersTest.test_chapter_02
"""

import json
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers  # noqa: E402

from nbformat.v4 import new_code_cell  # noqa: E402

from kernel_runner import Limits, execute, plain  # noqa: E402
from nbmeta import grade_id, is_auto_check, is_solution, read_notebook, source_of  # noqa: E402

WRONG_DIR = helpers.TESTS_DIR / "wrong_answers"
CHAPTERS = sorted({p.name[:2] for p in (helpers.COURSE_ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb")})
MIN_VARIANTS = 3
CHECK_SUFFIX = "-check"
LIMITS = Limits(cell_timeout=300, notebook_timeout=3600)


def master_of(chapter):
    """The master notebook whose name starts with the chapter number, e.g. 02-two-two-one.ipynb."""
    found = sorted((helpers.COURSE_ROOT / "notebooks").glob(chapter + "-*.ipynb"))
    if len(found) != 1:
        raise AssertionError(f"expected one notebook notebooks/{chapter}-*.ipynb, found {len(found)}")
    return found[0]


def wrong_answers_of(chapter):
    """The chapter's {grade_id: [variant, ...]}, or None when it has no file yet."""
    path = WRONG_DIR / f"{chapter}.json"
    if not path.is_file():
        return None
    with open(path, encoding="utf-8") as stream:
        return json.load(stream)


def answer_cells(nb):
    """{grade_id: cell} of every code cell the learner writes (nbgrader solution, code)."""
    return {grade_id(c): c for c in nb.cells
            if c.get("cell_type") == "code" and is_solution(c) and grade_id(c)}


def check_cells(nb):
    """{answer grade_id: check cell}: the auto-check of answer `x` has grade_id `x-check`."""
    checks = {}
    for cell in nb.cells:
        gid = grade_id(cell)
        if is_auto_check(cell) and gid and gid.endswith(CHECK_SUFFIX):
            checks[gid[:-len(CHECK_SUFFIX)]] = cell
    return checks


def coverage_problems(nb, wrong):
    """What is missing or unknown in a chapter's wrong-answer file, one line each."""
    answers, checks = answer_cells(nb), check_cells(nb)
    problems = []
    for gid in answers:
        count = len(wrong.get(gid, []))
        if gid not in checks:
            problems.append(f"{gid}: the answer cell has no check cell {gid}{CHECK_SUFFIX}")
        if count < MIN_VARIANTS:
            problems.append(f"{gid}: {count} wrong variants, at least {MIN_VARIANTS} needed")
    for gid, variants in wrong.items():
        if gid not in answers:
            problems.append(f"{gid}: no answer cell with this grade_id in the chapter")
        for k, variant in enumerate(variants):
            if not str(variant.get("mistake", "")).strip() or not str(variant.get("source", "")).strip():
                problems.append(f"{gid} variant {k}: needs a non-empty 'mistake' and 'source'")
    return problems


class Probe:
    """One answer-then-check pair appended to the chapter: where its two cells sit."""

    def __init__(self, gid, mistake, answer_index, check_index):
        self.gid, self.mistake = gid, mistake
        self.answer_index, self.check_index = answer_index, check_index

    @property
    def is_model(self):
        return self.mistake is None


def with_probes(nb, wrong):
    """The chapter followed by every (wrong answer, check) pair, then (model answer, check) pairs."""
    answers, checks = answer_cells(nb), check_cells(nb)
    probes = []

    def append(gid, mistake, source):
        nb.cells.append(new_code_cell(source))
        nb.cells.append(new_code_cell(source_of(checks[gid])))
        probes.append(Probe(gid, mistake, len(nb.cells) - 2, len(nb.cells) - 1))

    for gid, variants in wrong.items():
        for variant in variants:
            append(gid, variant["mistake"], variant["source"])
        append(gid, None, source_of(answers[gid]))
    return nb, probes


def errors_of(cell):
    return [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]


def error_text(cell):
    text = " ".join(" ".join([o.get("evalue", "")] + list(o.get("traceback", []))) for o in errors_of(cell))
    return " ".join(plain(text).split())


def verdict(executed, probe):
    """None when the probe behaved, else one line saying what went wrong."""
    answer, check = executed.cells[probe.answer_index], executed.cells[probe.check_index]
    label = f"{probe.gid} / " + ("model answer" if probe.is_model else repr(probe.mistake))
    if errors_of(answer):
        return f"{label}: the answer cell itself fails ({error_text(answer)[:200]})"
    failed = "✗" in error_text(check)
    if probe.is_model and errors_of(check):
        return f"{label}: the check rejects the model answer ({error_text(check)[:200]})"
    if not probe.is_model and not failed:
        return f"{label}: ACCEPTED (the check passed a wrong answer)"
    return None


class WrongAnswersTest(unittest.TestCase):

    def test_coverage(self):
        """Each chapter file covers every answer cell with enough variants; missing files are listed."""
        missing, problems = [], []
        for chapter in CHAPTERS:
            wrong = wrong_answers_of(chapter)
            if wrong is None:
                missing.append(chapter)
                continue
            problems += [f"{chapter}: {p}" for p in coverage_problems(read_notebook(master_of(chapter)), wrong)]
        if missing:
            print(f"\n[no wrong answers yet for chapters {', '.join(missing)}: add tools/tests/wrong_answers/NN.json]",
                  file=sys.stderr)
        self.assertEqual([], problems, "\n".join(problems))

    def run_chapter(self, chapter):
        wrong = wrong_answers_of(chapter)
        master = read_notebook(master_of(chapter))
        nb, probes = with_probes(master, wrong)
        with tempfile.TemporaryDirectory(prefix=f"bp-wrong-{chapter}-") as tmp:
            folder = helpers.course_folder(tmp)
            run = execute(nb, folder, LIMITS)
        last_master_cell = probes[0].answer_index - 1 if probes else len(nb.cells) - 1
        broken = [f"cell {r.index}: {r.reason}" for r in run.failures() if r.index <= last_master_cell]
        self.assertEqual([], broken, f"the master chapter {chapter} does not run cleanly")
        report = [line for line in (verdict(run.notebook, p) for p in probes) if line]
        variants = sum(1 for p in probes if not p.is_model)
        print(f"\n[chapter {chapter}: {variants} wrong answers tried, {len(report)} problems]", file=sys.stderr)
        for line in report:
            print("  " + line, file=sys.stderr)
        self.assertEqual([], report, f"chapter {chapter}:\n" + "\n".join(report))


def chapter_test(chapter):
    def test(self):
        self.run_chapter(chapter)
    test.__doc__ = f"Chapter {chapter}: every wrong answer is rejected, the model answer accepted."
    return test


for _chapter in CHAPTERS:
    if (WRONG_DIR / f"{_chapter}.json").is_file():   # the others are listed by test_coverage
        setattr(WrongAnswersTest, f"test_chapter_{_chapter}", chapter_test(_chapter))


if __name__ == "__main__":
    unittest.main()
