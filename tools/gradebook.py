"""The gradebook: scores of every student for every auto-graded exercise, as CSV and HTML.

- grades.csv:  one row per student, one column per exercise (its grade_id), then total and max;
- reasons.csv: one row per student and exercise with points, maximum and the reason for a loss
               (also notes such as "check cell edited, put back from the master"), plus rows for
               notebook-level notes (grade_id empty);
- grades.html: the grades table (hover a score for its reason) and the reasons below it.
"""

import csv
import html
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Exercise:
    """A column of the gradebook: one auto-check cell of a master notebook."""
    notebook: str
    grade_id: str
    max_points: float


@dataclass
class Score:
    """A student's result for one exercise."""
    exercise: Exercise
    points: float
    reason: str = ""


@dataclass
class NotebookGrade:
    """A student's results for one notebook."""
    student: str
    notebook: str
    scores: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    seconds: float = 0.0

    @property
    def points(self):
        return sum(s.points for s in self.scores)

    @property
    def max_points(self):
        return sum(s.exercise.max_points for s in self.scores)


def number(value):
    """A score as printed: 2, 1.5."""
    return f"{value:g}"


def headers(exercises):
    """Column names: the grade_id, prefixed by the notebook when two notebooks share it."""
    counts = {}
    for exercise in exercises:
        counts[exercise.grade_id] = counts.get(exercise.grade_id, 0) + 1
    return [e.grade_id if counts[e.grade_id] == 1 else f"{e.notebook}:{e.grade_id}" for e in exercises]


def by_student(grades):
    """{student: {(notebook, grade_id): Score}} and {student: [(notebook, note)]}."""
    scores, notes = {}, {}
    for grade in grades:
        table = scores.setdefault(grade.student, {})
        for score in grade.scores:
            table[(score.exercise.notebook, score.exercise.grade_id)] = score
        notes.setdefault(grade.student, []).extend((grade.notebook, n) for n in grade.notes)
    return scores, notes


def student_row(student, exercises, table):
    """The CSV row of one student."""
    points = [table[(e.notebook, e.grade_id)].points if (e.notebook, e.grade_id) in table else 0
              for e in exercises]
    total_max = sum(e.max_points for e in exercises)
    return [student] + [number(p) for p in points] + [number(sum(points)), number(total_max)]


FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "|", "%")


def defused(value):
    """A CSV cell a spreadsheet shows as text: one that would start a formula gets a leading '."""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


class SafeWriter:
    """A csv writer whose every cell is defused (names and reasons can come from students)."""

    def __init__(self, stream):
        self.writer = csv.writer(stream)

    def writerow(self, row):
        self.writer.writerow([defused(cell) for cell in row])


def write_grades_csv(path, students, exercises, scores):
    with open(path, "w", newline="", encoding="utf-8") as stream:
        writer = SafeWriter(stream)
        writer.writerow(["student"] + headers(exercises) + ["total", "max"])
        for student in students:
            writer.writerow(student_row(student, exercises, scores.get(student, {})))


def write_reasons_csv(path, students, exercises, scores, notes):
    with open(path, "w", newline="", encoding="utf-8") as stream:
        writer = SafeWriter(stream)
        writer.writerow(["student", "notebook", "grade_id", "points", "max_points", "reason"])
        for student in students:
            table = scores.get(student, {})
            for e in exercises:
                score = table.get((e.notebook, e.grade_id))
                points = score.points if score else 0
                reason = score.reason if score else "not graded"
                writer.writerow([student, e.notebook, e.grade_id, number(points),
                                 number(e.max_points), reason])
            for notebook, text in notes.get(student, []):
                writer.writerow([student, notebook, "", "", "", text])


HTML_STYLE = """
body { font-family: sans-serif; margin: 2em; }
table { border-collapse: collapse; }
th, td { border: 1px solid #bbb; padding: 0.3em 0.6em; text-align: right; }
th:first-child, td:first-child { text-align: left; }
td.lost { background: #fde2e2; }
td.full { background: #e2f5e2; }
li { margin: 0.2em 0; }
"""


def html_cell(score, exercise):
    """One score cell of the HTML table, with the reason as tooltip."""
    points = score.points if score else 0
    reason = score.reason if score else "not graded"
    css = "full" if points >= exercise.max_points else "lost"
    return f'<td class="{css}" title="{html.escape(reason)}">{number(points)}</td>'


def write_grades_html(path, students, exercises, scores, notes):
    names = headers(exercises)
    head = "".join(f"<th>{html.escape(n)}<br><small>/ {number(e.max_points)}</small></th>"
                   for n, e in zip(names, exercises))
    rows, details = [], []
    for student in students:
        table = scores.get(student, {})
        cells = [table.get((e.notebook, e.grade_id)) for e in exercises]
        total = sum(c.points for c in cells if c)
        rows.append(f"<tr><td>{html.escape(student)}</td>"
                    + "".join(html_cell(c, e) for c, e in zip(cells, exercises))
                    + f"<td>{number(total)}</td><td>{number(sum(e.max_points for e in exercises))}</td></tr>")
        items = [f"<li><b>{html.escape(e.grade_id)}</b> ({number(c.points if c else 0)}/"
                 f"{number(e.max_points)}): {html.escape(c.reason if c else 'not graded')}</li>"
                 for c, e in zip(cells, exercises) if c is None or c.reason]
        items += [f"<li>{html.escape(nb)}: {html.escape(text)}</li>" for nb, text in notes.get(student, [])]
        if items:
            details.append(f"<h3>{html.escape(student)}</h3><ul>{''.join(items)}</ul>")
    page = (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Grades</title>"
            f"<style>{HTML_STYLE}</style></head><body><h1>Grades</h1>"
            f"<table><tr><th>student</th>{head}<th>total</th><th>max</th></tr>{''.join(rows)}</table>"
            f"<h2>Reasons and notes</h2>{''.join(details) or '<p>none</p>'}</body></html>")
    Path(path).write_text(page, encoding="utf-8")


def write_gradebook(out_dir, students, exercises, grades):
    """Writes grades.csv, reasons.csv and grades.html into out_dir; returns their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    scores, notes = by_student(grades)
    paths = [out_dir / "grades.csv", out_dir / "reasons.csv", out_dir / "grades.html"]
    write_grades_csv(paths[0], students, exercises, scores)
    write_reasons_csv(paths[1], students, exercises, scores, notes)
    write_grades_html(paths[2], students, exercises, scores, notes)
    return paths
