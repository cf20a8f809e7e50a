"""How a submission is scored without trusting anything its code reports (see bp.grading).

Three notebooks are made from a master and a submission:

- the *collect* notebook: the master, its answer methods wrapped so that every call a check
  cell makes to them is recorded with its arguments (run once per master, no student code);
- the *answer* notebook: the student's restored submission, with each check cell replaced by
  cells that call the student's own methods with those recorded arguments and write the
  results to a tape; the student's kernel never receives a check or a hidden test;
- the *replay* notebook: the master again, its answer methods returning the student's taped
  results inside check cells; the checks judge them in a kernel where no student code runs.

Before any of this, `screen` takes out of the student's cells what could change how they are
scored: IJava magics (%jars, %maven, %classpath, %load, ...) and reflection or class-loading code,
and it finds answers that merely call the library member the exercise asks them to write.
"""

import copy
import re
from dataclasses import dataclass, field

from nbformat.v4 import new_code_cell

from nbmeta import grade_id, is_auto_check, is_setup, is_solution, source_of

JAVA_KEYWORDS = {"if", "else", "for", "while", "do", "switch", "return", "new", "throw", "try",
                 "catch", "finally", "synchronized", "case", "default", "class", "record",
                 "interface", "enum"}
METHOD = re.compile(
    r"^(?:(?:public|private|protected|static|final|synchronized)\s+)*"
    r"(?P<ret>[A-Za-z_][\w.]*(?:<[^(){};]*>)?(?:\s*\[\s*\])*)\s+"
    r"(?P<name>[A-Za-z_]\w*)\s*\((?P<params>[^)]*)\)\s*(?:throws\s+[\w.,\s]+)?\{", re.M)
UNICODE_ESCAPE = re.compile(r"\\u+([0-9a-fA-F]{4})")
MAGIC = re.compile(r"^\s*%")
REFUSED_CODE = [
    (re.compile(r"\bjava\s*\.\s*lang\s*\.\s*(reflect|invoke)\b"), "reflection (java.lang.reflect / invoke)"),
    (re.compile(r"\b(getDeclared\w*|getMethods?|getFields?|getConstructors?|setAccessible|"
                r"MethodHandles?|VarHandle|forName|getClassLoader|defineClass|loadClass)\b"),
     "reflection or class loading"),
    (re.compile(r"\b(ClassLoader|Unsafe|Instrumentation|ProcessBuilder|Runtime\s*\.\s*getRuntime|"
                r"JShell|SourceCodeAnalysis)\b"), "class loading, processes or the kernel itself"),
    (re.compile(r"\b(sun|jdk|io\s*\.\s*github\s*\.\s*spencerpark)\s*\.\s*\w"), "JDK or kernel internals"),
    (re.compile(r"\bbp\s*\.\s*(grading|exercise)\b|\b(Calls|Answers|Tape|CallLog)\s*\."),
     "the grading and checking classes"),
    (re.compile(r"\b(ObjectInputStream|ObjectOutputStream|readObject|writeObject)\b|calls\.tsv|tape\.tsv"),
     "the grader's own channel (Java serialisation, the call log or the tape)"),
]


@dataclass
class Method:
    """An answer method of a master notebook: `ret name(params)` in the cell of `grade_id`."""
    name: str
    ret: str
    params: list  # [(type, name)]
    grade_id: str

    def call_with(self, args):
        return f"{self.name}({', '.join(args)})"


@dataclass
class Screened:
    """The submission with refused code taken out, and why, per check grade_id and overall."""
    notebook: object
    refused: dict = field(default_factory=dict)     # check grade_id -> reason it scores 0
    notes: list = field(default_factory=list)


def java_source(text):
    """Java source as the compiler reads it: unicode escapes (\\u0025 ...) turned into characters."""
    return UNICODE_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def split_params(text):
    """[(type, name)] of a parameter list, minding commas inside generics."""
    params, depth, current = [], 0, ""
    for char in text:
        depth += char == "<"
        depth -= char == ">"
        if char == "," and depth == 0:
            params.append(current)
            current = ""
        else:
            current += char
    if current.strip():
        params.append(current)
    result = []
    for param in params:
        words = re.sub(r"@\w+\s*", "", param).replace("final ", "").strip()
        type_, _, name = words.rpartition(" ")
        type_ = type_.strip()
        if name.endswith("[]"):
            name, type_ = name[:-2], type_ + "[]"
        result.append((type_, name.strip()))
    return result


def methods_in(source, gid):
    """The methods a master answer cell declares (at the start of a line, outside other blocks)."""
    found = []
    for match in METHOD.finditer(source):
        if match.group("ret") in JAVA_KEYWORDS or match.group("name") in JAVA_KEYWORDS:
            continue
        found.append(Method(match.group("name"), " ".join(match.group("ret").split()),
                            split_params(match.group("params")), gid))
    return found


def answer_methods(master):
    """Every answer method of the master, in order."""
    return [m for cell in master.cells if is_solution(cell) and cell.cell_type == "code"
            for m in methods_in(source_of(cell), grade_id(cell))]


def cast(type_, expression):
    """`expression` (an Object) cast to a parameter or return type (varargs as their array)."""
    return f"({type_.replace('...', '[]')}) {expression}"


def wrapper(method):
    """The method that stands in front of the renamed model answer (see bp.grading.Calls)."""
    params = ", ".join(f"{t} {n}" for t, n in method.params)
    names = [n for _, n in method.params]
    model = method.call_with(names).replace(method.name + "(", method.name + "$model(", 1)
    extra = ", new Object[] {" + ", ".join(names) + "}"
    call = f'bp.grading.Calls.answer("{method.name}", () -> {model}{extra})'
    if method.ret == "void":
        model_call = f"() -> {{ {model}; return null; }}"
        call = f'bp.grading.Calls.answer("{method.name}", {model_call}{extra})'
        return f"{method.ret} {method.name}({params}) {{\n    {call};\n}}"
    return f"{method.ret} {method.name}({params}) {{\n    return {cast(method.ret, call)};\n}}"


def wrap_answer_cell(source, methods):
    """A master answer cell with its methods renamed to NAME$model and wrappers appended."""
    for method in methods:
        source = re.sub(r"\b" + re.escape(method.name) + r"(\s*\()", method.name + r"$model\1", source)
    return source + "\n" + "\n".join(wrapper(m) for m in methods)


def graded_master(master, mode_line):
    """The master made ready to collect or replay (mode_line sets bp.grading.Calls' mode)."""
    nb = copy.deepcopy(master)
    methods = answer_methods(master)
    cells = []
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
            if not is_setup(cell):
                source = source_of(cell)
                if is_solution(cell):
                    source = wrap_answer_cell(source, [m for m in methods if m.grade_id == grade_id(cell)])
                marker = (f'bp.grading.Calls.enter("{grade_id(cell)}");' if is_auto_check(cell)
                          else "bp.grading.Calls.leave();")
                cell.source = marker + "\n" + source
        cells.append(cell)
        if is_setup(cell):
            cells.append(new_code_cell(mode_line, id="grading-mode"))
    nb.cells = cells
    return nb


def collect_notebook(master, calls_path):
    return graded_master(master, f'bp.grading.Calls.collect("{calls_path}");')


def replay_notebook(master, calls_path, tape_path):
    return graded_master(master, f'bp.grading.Calls.replay("{calls_path}", "{tape_path}");')


def parse_calls(text):
    """{check grade_id: [method names in order of first call]} from a call log."""
    calls = {}
    for line in (text or "").splitlines():
        parts = line.split("\t")
        if len(parts) == 4 and parts[2] not in calls.setdefault(parts[0], []):
            calls[parts[0]].append(parts[2])
    return calls


def answer_cell(method, check_id, calls_path, tape_path):
    """A cell for the student's kernel: call the student's method with the recorded arguments."""
    args = [cast(t, f"a[{k}]") for k, (t, _) in enumerate(method.params)]
    call = method.call_with(args)
    body = f"{{ {call}; return null; }}" if method.ret == "void" else call
    source = (f'bp.grading.Answers.run("{calls_path}", "{tape_path}", "{check_id}", "{method.name}",\n'
              f"        a -> {body});")
    cell = new_code_cell(source, id=f"answers-{check_id}-{method.name}"[:64])
    cell.metadata["grading"] = {"answers_for": check_id, "method": method.name}
    return cell


def answer_notebook(restored, master, calls_text, calls_path, tape_path):
    """The student's notebook with each check cell replaced by its answer cells."""
    methods = {m.name: m for m in answer_methods(master)}
    calls = parse_calls(calls_text)
    nb = copy.deepcopy(restored)
    cells = []
    for cell in nb.cells:
        if is_auto_check(cell):
            gid = grade_id(cell)
            cells += [answer_cell(methods[name], gid, calls_path, tape_path)
                      for name in calls.get(gid, []) if name in methods]
        else:
            cells.append(cell)
    nb.cells = cells
    return nb


def check_after(master):
    """{answer grade_id: the grade_id of the auto-check that follows it in the master}."""
    mapping, pending = {}, []
    for cell in master.cells:
        if is_solution(cell) and cell.cell_type == "code":
            pending.append(grade_id(cell))
        elif is_auto_check(cell) and pending:
            for gid in pending:
                mapping[gid] = grade_id(cell)
            pending = []
    return mapping


def forbidden_of(cell):
    """The library members an answer cell may not call (metadata course.forbidden)."""
    return list(cell.get("metadata", {}).get("course", {}).get("forbidden", []))


def calls_member(source, member):
    """True when Java source calls or names `member` as a member (x.member, X::member, "member")."""
    name = re.escape(member)
    return bool(re.search(r"(\.|::)\s*" + name + r"\b|\"" + name + r"\"", source))


def declares_code(source):
    """True when a cell declares a method, class or record (code others can call)."""
    return bool(METHOD.search(source)) or bool(re.search(r"\b(class|record|interface|enum)\s+\w", source))


def screen(restored, master):
    """The restored submission with magics and refused code taken out (see the module doc)."""
    nb = copy.deepcopy(restored)
    result = Screened(nb)
    master_sources = {source_of(c).strip() for c in master.cells if c.cell_type == "code"}
    protected = {grade_id(c) for c in master.cells if is_auto_check(c)}
    for cell in nb.cells:
        if cell.cell_type != "code" or is_setup(cell) or grade_id(cell) in protected:
            continue
        if source_of(cell).strip() in master_sources:
            continue
        screen_cell(cell, result)
    refuse_forbidden_calls(nb, master, result)
    return result


def screen_cell(cell, result):
    """Takes magics out of one student cell and empties it when it holds refused code."""
    name = grade_id(cell) or cell.get("id", "?")
    lines = source_of(cell).split("\n")
    magics = [line.strip() for line in lines if MAGIC.match(line)]
    if magics:
        lines = [line for line in lines if not MAGIC.match(line)]
        result.notes.append(f"cell {name}: {', '.join(sorted({m.split()[0] for m in magics}))} refused "
                            "(magics cannot load or change code while grading)")
    source = "\n".join(lines)
    for pattern, what in REFUSED_CODE:
        if pattern.search(java_source(source)):
            result.notes.append(f"cell {name}: not run, it uses {what}, which no exercise needs")
            source = f"// the grader did not run this cell: it uses {what}"
            break
    cell.source = source


def refuse_forbidden_calls(nb, master, result):
    """Scores 0 the exercises whose answer calls the library member it was asked to write."""
    checks = check_after(master)
    student_cells = {grade_id(c): java_source(source_of(c)) for c in nb.cells if is_solution(c)}
    master_sources = {source_of(c).strip() for c in master.cells}
    helpers = [java_source(source_of(c)) for c in nb.cells
               if c.cell_type == "code" and not grade_id(c) and not is_setup(c)
               and source_of(c).strip() not in master_sources and declares_code(source_of(c))]
    for cell in master.cells:
        gid = grade_id(cell)
        if not (is_solution(cell) and gid in checks):
            continue
        for member in forbidden_of(cell):
            if any(calls_member(s, member) for s in [student_cells.get(gid, "")] + helpers):
                result.refused[checks[gid]] = (f"your answer calls the library's own {member}, which this "
                                               "exercise asks you to write yourself")
