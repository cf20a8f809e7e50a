"""Wrong answers tried against a chapter's own checks, in the kernel that has just run the chapter.

The wrong answers of chapter NN live in tools/tests/wrong_answers/NN.json, one list per answer cell:

    {"<answer grade_id>": [{"mistake": "sign error", "source": "<full source of the answer cell>"}, ...], ...}

After the chapter has run top to bottom, each wrong variant is run, followed by the master's check
cell (hidden tests included): the check must fail with a "✗" line. Last, for each answer, the
master's own answer and check run again and must pass, so that a check which fails everything
cannot pass. The chapter itself is not run again: the probes are cells appended to it.
"""

import json
from pathlib import Path

from nbformat.v4 import new_code_cell

from kernel_runner import plain
from nbmeta import grade_id, is_auto_check, is_solution, source_of

MIN_VARIANTS = 3
CHECK_SUFFIX = "-check"


def wrong_answers_file(folder, notebook_path):
    """Where the wrong answers of a chapter are kept: NN.json for the notebook NN-name.ipynb."""
    return Path(folder) / (Path(notebook_path).name[:2] + ".json")


def read_wrong_answers(path):
    """{grade_id: [variant, ...]} from a wrong-answer file, or None when there is none."""
    path = Path(path)
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


def append_probes(nb, master, wrong, prefix=""):
    """Appends to `nb` every (wrong answer, check) pair, then (model answer, check); returns the probes.

    `master` gives the check cells and model answers (nb may be a copy prepared for grading, whose
    cells then begin with `prefix`).
    """
    answers, checks = answer_cells(master), check_cells(master)
    probes = []

    def append(gid, mistake, source):
        nb.cells.append(new_code_cell(prefix + source, id=f"probe-{len(probes)}-answer"))
        nb.cells.append(new_code_cell(prefix + source_of(checks[gid]), id=f"probe-{len(probes)}-check"))
        probes.append(Probe(gid, mistake, len(nb.cells) - 2, len(nb.cells) - 1))

    for gid, variants in wrong.items():
        if gid not in answers or gid not in checks:
            continue                     # reported by coverage_problems
        for variant in variants:
            append(gid, variant["mistake"], variant["source"])
        append(gid, None, source_of(answers[gid]))
    return probes


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
    if probe.is_model and errors_of(check):
        return f"{label}: the check rejects the model answer ({error_text(check)[:200]})"
    if not probe.is_model and "✗" not in error_text(check):
        return f"{label}: ACCEPTED (the check passed a wrong answer)"
    return None
