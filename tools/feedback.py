"""The feedback notebook a teacher opens and returns: safe to render, and without hidden tests.

It is put together from two runs (see scoring.py): the student's own run, whose every output was
made by student code and so is cut down to plain text and PNG pictures, and the grader's replay,
which gives each check cell its output. Check cells show their released source (hidden tests
removed), student markdown is shown as text (no HTML, no script, no javascript: links), and the
summary at the top is the grader's own.
"""

import base64
import binascii
import copy
import html
import re

import nbformat
from nbformat.v4 import new_markdown_cell

from gradebook import number
from kernel_runner import plain
from nbmeta import grade_id, is_auto_check, is_written_answer, source_of
from release import release_cell

MAX_TEXT = 20_000           # characters of one output kept
MAX_PNG = 2_000_000         # bytes of base64 of one picture kept
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


MARKDOWN_SPECIAL = re.compile(r"([\\|$*_`\[\]#])")


def escape_markdown(text):
    """Text shown as itself inside markdown (and a markdown table cell): no HTML, math or links."""
    text = MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(str(text), quote=False))
    return text.replace("\n", " ")


def cut(text):
    text = plain(text)
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT] + f"\n[… cut: {len(text)} characters]"


def safe_png(data):
    """The picture when it really is a PNG of a sane size, else None."""
    if not isinstance(data, str) or len(data) > MAX_PNG:
        return None
    try:
        raw = base64.b64decode(data, validate=False)
    except (binascii.Error, ValueError):
        return None
    return data if raw.startswith(PNG_MAGIC) else None


def safe_output(output):
    """An output of student code reduced to what cannot run or pretend: text and PNG."""
    kind = output.get("output_type")
    if kind == "stream":
        return {"output_type": "stream", "name": "stdout" if output.get("name") == "stdout" else "stderr",
                "text": cut(str(output.get("text", "")))}
    if kind == "error":
        ename, evalue = cut(str(output.get("ename", "")))[:200], cut(str(output.get("evalue", "")))
        return {"output_type": "error", "ename": ename, "evalue": evalue, "traceback": [f"{ename}: {evalue}"]}
    if kind in ("execute_result", "display_data"):
        data = output.get("data", {}) or {}
        kept = {}
        if isinstance(data.get("text/plain"), str):
            kept["text/plain"] = cut(data["text/plain"])
        png = safe_png(data.get("image/png"))
        if png:
            kept["image/png"] = png
        if not kept:
            kept["text/plain"] = "[output not shown in feedback: " + ", ".join(sorted(map(str, data)))[:200] + "]"
        made = {"output_type": "display_data", "data": kept, "metadata": {}}
        if kind == "execute_result":
            made.update(output_type="execute_result", execution_count=None)
        return made
    return {"output_type": "stream", "name": "stdout", "text": "[output not shown in feedback]"}


def check_outputs(outputs):
    """The replay's outputs of a check cell, without tracebacks (a message and hint say enough)."""
    kept = []
    for output in outputs:
        output = copy.deepcopy(output)
        if output.get("output_type") == "error":
            output["traceback"] = [plain(output.get("evalue", ""))]
        kept.append(output)
    return kept


def student_markdown(cell, master_sources):
    """A markdown cell as the teacher sees it: the master's as it is; a student's as plain text in
    a box, so it can neither run script nor pass itself off as the grader's summary."""
    cell = copy.deepcopy(cell)
    if source_of(cell).strip() not in master_sources:
        text = source_of(cell).replace("```", "` ` `")
        cell.source = "*The student's text, as written:*\n\n```text\n" + text + "\n```"
        cell.pop("attachments", None)
    return cell


def feedback_notebook(screened, student_run, replay_run, replay_index, master, summary):
    """The feedback notebook: the student's cells and outputs made safe, each check cell released
    and with the replay's outputs, and `summary` at the top.

    `student_run` is the executed answer notebook (its answer cells are dropped here);
    `replay_index` maps a check grade_id to its cell index in `replay_run`.
    """
    masters = {grade_id(c): c for c in master.cells if is_auto_check(c)}
    master_markdown = {source_of(c).strip() for c in master.cells if c.cell_type == "markdown"}
    ran = [c for c in student_run.cells if "grading" not in c.get("metadata", {})]
    nb = copy.deepcopy(screened)
    cells, position = [summary], 0
    for cell in nb.cells:
        if is_auto_check(cell):
            gid = grade_id(cell)
            shown = release_cell(masters[gid], f"check {gid}") if gid in masters else cell
            index = replay_index.get(gid)
            shown.outputs = check_outputs(replay_run.cells[index].outputs) if index is not None else []
            cells.append(shown)
            continue
        executed = ran[position] if position < len(ran) else cell
        position += 1
        if cell.cell_type == "markdown":
            cells.append(student_markdown(cell, master_markdown))
        elif cell.cell_type == "code":
            cell.outputs = [nbformat.from_dict(safe_output(o)) for o in executed.get("outputs", [])]
            cell.execution_count = None
            cells.append(cell)
        else:
            cells.append(cell)
    nb.cells = cells
    return nb


def summary_cell(grade, master):
    """The markdown cell at the top of a feedback notebook: the grader's scores."""
    lines = [f"## Feedback: {escape_markdown(grade.student)}, {escape_markdown(grade.notebook)}", "",
             f"**Auto-graded score: {number(grade.points)} / {number(grade.max_points)}**", "",
             "| exercise | points | result |", "|---|---|---|"]
    for score in grade.scores:
        mark = "✓" if score.points >= score.exercise.max_points else "✗"
        reason = score.reason[2:] if score.reason.startswith("✗ ") else score.reason
        result = f"{mark} {escape_markdown(reason)}".rstrip()
        lines.append(f"| {score.exercise.grade_id} | {number(score.points)} / "
                     f"{number(score.exercise.max_points)} | {result} |")
    written = [grade_id(c) for c in master.cells if is_written_answer(c)]
    if written:
        lines += ["", "Graded by hand (not included above): " + ", ".join(written) + "."]
    if grade.notes:
        lines += ["", "Notes:"] + [f"- {escape_markdown(n)}" for n in grade.notes]
    lines += ["", "*Everything below this summary is the student's notebook; scores come only from "
              "this summary and the gradebook.*"]
    cell = new_markdown_cell("\n".join(lines))
    cell.metadata["tags"] = ["grading-summary"]
    cell.id = "grading-summary"
    return cell
