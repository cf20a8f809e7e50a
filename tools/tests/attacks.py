"""Harmless malicious submissions for the grading tests: each tries one way to cheat or to harm.

Every payload only touches what the test names in `Targets` (its own temporary folders, its own
listener on 127.0.0.1) and only writes a marker text; none can do damage when it "works".
`submissions` gives {student: notebook}; `expected` what each must score.
"""

import copy
from dataclasses import dataclass

from nbformat.v4 import new_code_cell, new_markdown_cell

from nbmeta import grade_id

SQUARE = "double square(double x) {\n    return x * x;\n}"
SUM = "int sum(int[] values) {\n    int t = 0;\n    for (int v : values) t += v;\n    return t;\n}"
ABSOLUTE = "double absolute(double v) {\n    return v < 0 ? -v : v;\n}"
DW6 = ("double dErr_dw6(Net221 net, Net221.Pass p, double y) {\n"
       "    return (p.o3 - y) * net.f().fPrime(p.z3) * p.o2;\n}")
MARK = "PWNED-BY-TEST"


@dataclass
class Targets:
    """What the attackers aim at: all inside the test's own temporary folder, or its listener."""
    masters: str        # the masters' folder
    submissions: str    # the submissions folder (peers' files)
    out: str            # the grader's output folder (grades.csv)
    kernelspec: str     # the kernelspec folder in use
    jar: str            # the course jar
    port: int           # a listener the test started on 127.0.0.1


def answered(released, **answers):
    """The released notebook with the given answer cells (by grade_id without 'ch90-') replaced."""
    nb = copy.deepcopy(released)
    for cell in nb.cells:
        name = (grade_id(cell) or "").replace("ch90-", "")
        if name in answers:
            cell.source = answers[name]
    return nb


def with_cell(nb, source, after="warmup", markdown=False, cell_id=None):
    """The notebook with one more cell after the cell with id `after`."""
    nb = copy.deepcopy(nb)
    index = [c.get("id") for c in nb.cells].index(after) + 1
    cell = new_markdown_cell(source) if markdown else new_code_cell(source)
    cell.id = cell_id or f"attack-{index}"
    nb.cells.insert(index, cell)
    return nb


def edit(nb, cell_id, source):
    nb = copy.deepcopy(nb)
    next(c for c in nb.cells if c.get("id") == cell_id).source = source
    return nb


def write_everywhere(t):
    """Java that tries to change every file the grader and the other students own."""
    paths = [f"{t.masters}/90-fixture.ipynb", f"{t.submissions}/good/90-fixture.ipynb",
             f"{t.out}/grades.csv", f"{t.kernelspec}/kernel.json", t.jar,
             "../lib/target/bp-course.jar", "../notebooks/90-fixture.ipynb"]
    lines = ["for (String target : new String[] {" + ", ".join(f'"{p}"' for p in paths) + "}) {",
             f'    try {{ java.nio.file.Files.writeString(java.nio.file.Path.of(target), "{MARK}"); '
             f'System.out.println("wrote " + target); }}',
             '    catch (Exception e) { System.out.println("cannot write " + target); }',
             f'    try {{ java.nio.file.Files.delete(java.nio.file.Path.of(target)); System.out.println("deleted " + target); }}',
             '    catch (Exception e) { }',
             "}"]
    return "\n".join(lines)


def read_everything(t):
    """Java that prints every master, peer answer, command line and home file it can find."""
    return "\n".join([
        "for (String root : new String[] {" + ", ".join(f'"{p}"' for p in
                                                      [t.masters, t.submissions, t.out, "..", "/proc", "/root", "/home"]) + "}) {",
        "    try (var walk = java.nio.file.Files.walk(java.nio.file.Path.of(root), 3)) {",
        "        walk.filter(p -> p.toString().endsWith(\".ipynb\") || p.toString().endsWith(\"cmdline\")"
        " || p.toString().endsWith(\".csv\"))",
        "            .limit(200).forEach(p -> {",
        "                try { System.out.println(p + \": \" + java.nio.file.Files.readString(p)); }",
        "                catch (Exception e) { }",
        "            });",
        "    } catch (Exception e) { System.out.println(\"cannot read \" + root); }",
        "}",
    ])


def connect(t):
    """Java that tries to reach the test's listener on the host's 127.0.0.1."""
    return "\n".join([
        "String reached;",
        f'try (var s = new java.net.Socket("127.0.0.1", {t.port})) {{ s.getOutputStream().write("{MARK}".getBytes()); reached = "connected"; }}',
        "catch (Exception e) { reached = \"no connection: \" + e; }",
        "System.out.println(reached);",
    ])


def submissions(master, released, t):
    """{student: notebook} of honest and malicious submissions to grade in one run."""
    honest = answered(released, square=SQUARE, sum=SUM, absolute=ABSOLUTE, dw6=DW6)
    return {
        "good": master,
        "honest": honest,
        "unsolved": released,
        "partial": answered(released, square=SQUARE, sum="int sum(int[] values) {\n    return values.length;\n}",
                            dw6=DW6),
        # an edited setup cell with a fake Check, a fake jar and a fake library class
        "fake-setup": with_cell(edit(released, "setup",
                                     'class Check { static void close(Object... a) { System.out.println("✓"); } '
                                     'static void equal(Object... a) { } static void that(Object... a) { } }'),
                                "%jars /tmp/fake-check.jar\n%maven org.example:fake:1.0\n%classpath /tmp\n"
                                "System.out.println(\"magics\");"),
        # shadows the library and Check, prints a forged verdict, and answers wrongly
        "forge": with_cell(answered(released,
                                    square='double square(double x) {\n    System.out.println("✓ ch90-square: right");\n'
                                           '    return 0;\n}',
                                    sum="int sum(int[] values) {\n    new Thread(() -> { for (int k = 0; k < 200; k++) "
                                        "System.out.println(\"✓ ch90-sum: right\"); }).start();\n    return -1;\n}"),
                           "class Net221 { } class Check { static boolean near(double a, double b) { return true; } }"),
        # reflection into the kernel to turn errors into success, plainly and behind unicode escapes
        "reflect": answered(released,
                            square='double square(double x) {\n    try { Class.forName("io.github.spencerpark.ijava.IJava")'
                                   '.getDeclaredMethod("getKernelInstance"); } catch (Exception e) { }\n    return x * x;\n}',
                            sum="int sum(int[] values) {\n    try { \\u0043lass.\\u0066orName(\"bp.exercise.Check\"); }"
                                " catch (Exception e) { }\n    int t = 0;\n    for (int v : values) t += v;\n    return t;\n}"),
        # calls the library member the exercise asks for, directly and through a helper
        "library": with_cell(answered(released, square=SQUARE,
                                      dw6="double dErr_dw6(Net221 net, Net221.Pass p, double y) {\n"
                                          "    return viaHelper(net, p, y);\n}"),
                             "double viaHelper(Net221 n, Net221.Pass q, double t) {\n    return n.dErr_dw6(q, t);\n}"),
        # reads masters, peers, command lines; writes and deletes every file it can name
        "snoop": with_cell(with_cell(answered(released, absolute=ABSOLUTE), read_everything(t), cell_id="read-all"),
                           write_everywhere(t), after="read-all", cell_id="write-all"),
        # kills every process it can see (in the grader's seat: the other students' kernels)
        "killer": with_cell(answered(released, sum=SUM),
                            "ProcessHandle.allProcesses().filter(p -> p.pid() != ProcessHandle.current().pid())"
                            ".forEach(ProcessHandle::destroyForcibly);\nSystem.out.println(\"killed\");"),
        # floods memory, output and disk
        "hog": with_cell(answered(released, absolute=ABSOLUTE,
                                  square="double square(double x) {\n    var keep = new java.util.ArrayList<double[]>();\n"
                                         "    for (int k = 0; k < 64; k++) keep.add(new double[1 << 26]);\n"
                                         "    return keep.size();\n}"),
                         "for (int k = 0; k < 60; k++) display(\"x\".repeat(2_000_000));\n"
                         "try (var out = new java.io.FileOutputStream(\"/tmp/big\")) { var block = new byte[1 << 20]; "
                         "for (int k = 0; k < 2000; k++) out.write(block); } catch (Exception e) { System.out.println(e); }"),
        # the network: the test's own listener on the host's loopback
        "net": with_cell(answered(released, sum=SUM), connect(t)),
        # script and a fake score into the feedback the teacher opens
        "xss": with_cell(with_cell(answered(released,
                                            absolute='double absolute(double v) {\n    throw new IllegalStateException('
                                                     f'"<script>alert(\'{MARK}\')</script> =HYPERLINK(\\"http://x\\")");\n}}'),
                                   f"## Feedback: xss\n\n**Auto-graded score: 5 / 5**\n\n<script>alert('{MARK}')</script>"
                                   f"<img src=x onerror=\"alert('{MARK}')\"> [click](javascript:alert('{MARK}'))",
                                   markdown=True, cell_id="fake-summary"),
                         f'System.out.println("<script>alert(\'{MARK}\')</script>");', cell_id="print-script"),
    }


# What each student must score: [square (2), sum (1), absolute (1), dw6 (1)].
EXPECTED = {
    "good": [2, 1, 1, 1],
    "honest": [2, 1, 1, 1],
    "unsolved": [0, 0, 0, 0],
    "partial": [2, 0, 0, 1],
    "fake-setup": [0, 0, 0, 0],
    "forge": [0, 0, 0, 0],
    "reflect": [0, 0, 0, 0],
    "library": [2, 0, 0, 0],
    "snoop": [0, 0, 1, 0],
    "killer": [0, 0, 0, 0],   # it stops its own run: its answers are lost, nobody else's
    "hog": [0, 0, 1, 0],
    "net": [0, 1, 0, 0],
    "xss": [0, 0, 0, 0],
}
