"""The student pack: what it holds, that it gives no answer away, and that it starts.

The pack is built once from the real course into a temporary folder. The start test unzips it,
runs `./course start --no-browser --port P` there with a private Jupyter data and config folder,
lists the served folder through Jupyter's REST API and stops the server through it. To keep the
test fast the unpacked pack gets the course jar and the IJava jar copied in (fresh, so they count
as built); building them from the pack's sources is what `./course start` does on a new machine.
"""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers  # noqa: E402

import pack  # noqa: E402
from nbmeta import is_solution, read_notebook, source_of  # noqa: E402
from release import regions, release_notebook  # noqa: E402

START_SECONDS = 240
LONG_LINE = 25


def master_answer_lines():
    """Lines (stripped, ≥ 25 characters) of the masters' solution regions that are answers: not
    in lib/src/main (the library is in the pack by design) nor anywhere in the master outside a
    solution region (what the question itself shows is not an answer)."""
    sources = (helpers.COURSE_ROOT / "lib" / "src" / "main").rglob("*")
    library = "\n".join(p.read_text(encoding="utf-8") for p in sources if p.is_file())
    answers = set()
    for chapter in helpers.chapter_notebooks():
        nb = read_notebook(chapter)
        inside, outside = set(), set()
        for cell in nb.cells:
            lines = source_of(cell).split("\n")
            answer = lines_in(regions(lines, "SOLUTION", chapter.name)) if is_solution(cell) else set()
            hidden = lines_in(regions(lines, "HIDDEN TESTS", chapter.name))
            for number, line in enumerate(lines):
                if number not in hidden:
                    (inside if number in answer else outside).add(line.strip())
        shown = "\n".join(outside)
        answers |= {line for line in inside if len(line) >= LONG_LINE
                    and line not in library and line not in shown}
    return answers


def lines_in(found):
    """The line numbers of the (begin, end) regions, delimiters included."""
    return {number for begin, end in found for number in range(begin, end + 1)}


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def installed_ijava_jar():
    """The IJava jar of the installed `java` kernelspec, or None."""
    listed = subprocess.run(["jupyter", "kernelspec", "list", "--json"], capture_output=True, text=True)
    try:
        folder = json.loads(listed.stdout)["kernelspecs"]["java"]["resource_dir"]
    except (ValueError, KeyError):
        return None
    jars = sorted(Path(folder).glob("ijava-*.jar"))
    return jars[0] if jars else None


class PackTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.tmp = Path(tempfile.mkdtemp(prefix="bp-test-pack-"))
        cls.folder, cls.zip = pack.build(cls.tmp / "out")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def pack_files(self):
        """{relative name: bytes} of every file of the folder and every member of the zip."""
        files = {f"folder:{p.relative_to(self.folder)}": p.read_bytes()
                 for p in self.folder.rglob("*") if p.is_file()}
        with zipfile.ZipFile(self.zip) as archive:
            files.update({f"zip:{name}": archive.read(name) for name in archive.namelist()
                          if not name.endswith("/")})
        return files

    def test_the_pack_holds_what_a_learner_needs_and_no_teacher_files(self):
        for wanted in ("course", "mvnw", "mvnw.cmd", "pom.xml", ".mvn/wrapper/maven-wrapper.properties",
                       "lib/pom.xml", "lib/src/main/java/bp/exercise/Check.java", "datasets/iris.csv",
                       "tools/workspace.py", "tools/progress.py", "tools/solution.py",
                       "tools/kernel_runner.py", "tools/nbmeta.py", "README.md", ".student-pack"):
            self.assertTrue((self.folder / wanted).is_file(), wanted)
        for unwanted in ("lib/src/test", "tools/tests", "tools/grade.py", "tools/release.py",
                         "tools/restore.py", "target", "workspace", ".git"):
            self.assertFalse((self.folder / unwanted).exists(), unwanted)
        self.assertTrue(os.access(self.folder / "course", os.X_OK))
        chapters = sorted(p.name for p in (self.folder / "notebooks").glob("*.ipynb"))
        self.assertEqual(chapters, [p.name for p in helpers.chapter_notebooks()])

    def test_the_notebooks_are_the_released_chapters(self):
        for master in helpers.chapter_notebooks():
            released = release_notebook(read_notebook(master))
            packed = read_notebook(self.folder / "notebooks" / master.name)
            self.assertEqual([source_of(c) for c in packed.cells], [source_of(c) for c in released.cells])

    def test_no_file_in_the_folder_or_the_zip_gives_an_answer_away(self):
        answers = master_answer_lines()
        self.assertGreater(len(answers), 20)  # the scan looks for something
        for name, data in self.pack_files().items():
            self.assertNotIn("/.git", "/" + name.split(":", 1)[1])
            for word in (b"BEGIN SOLUTION", b"HIDDEN TESTS"):
                self.assertNotIn(word, data, name)
            text = data.decode("utf-8", errors="replace")
            leaked = [line for line in answers if line in text]
            self.assertEqual(leaked, [], name)

    def test_the_zip_has_one_top_folder_and_keeps_commands_runnable(self):
        with zipfile.ZipFile(self.zip) as archive:
            names = archive.namelist()
            modes = {info.filename: info.external_attr >> 16 for info in archive.infolist()}
        self.assertEqual({n.split("/")[0] for n in names}, {"bp-course-student"})
        self.assertTrue(modes["bp-course-student/course"] & 0o100)
        self.assertTrue(modes["bp-course-student/mvnw"] & 0o100)

    def test_a_folder_that_is_not_a_pack_or_holds_a_workspace_is_not_replaced(self):
        other = self.tmp / "other"
        (other / pack.PACK_NAME).mkdir(parents=True)
        (other / pack.PACK_NAME / "mine.txt").write_text("keep", encoding="utf-8")
        with self.assertRaisesRegex(pack.PackError, "is not a student pack"):
            pack.build(other)
        self.assertTrue((other / pack.PACK_NAME / "mine.txt").is_file())
        mine = self.tmp / "used"
        pack.build(mine)
        (mine / pack.PACK_NAME / "workspace").mkdir()
        with self.assertRaisesRegex(pack.PackError, "holds a learner's workspace/"):
            pack.build(mine)
        with self.assertRaisesRegex(pack.PackError, "inside the course's notebooks/"):
            pack.build(helpers.COURSE_ROOT / "notebooks" / "out")


class UnpackedPackTest(unittest.TestCase):
    """`./course` in the unzipped pack: start serves the chapters, teacher commands refuse."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = Path(tempfile.mkdtemp(prefix="bp-test-unpacked-"))
        _, zip_path = pack.build(cls.tmp / "out")
        with zipfile.ZipFile(zip_path) as archive:
            for info in archive.infolist():
                archive.extract(info, cls.tmp / "unpacked")
                mode = info.external_attr >> 16
                if mode:
                    os.chmod(cls.tmp / "unpacked" / info.filename, mode & 0o777)
        cls.root = cls.tmp / "unpacked" / pack.PACK_NAME
        cls.env = dict(os.environ, JUPYTER_DATA_DIR=str(cls.tmp / "jupyter-data"),
                       JUPYTER_CONFIG_DIR=str(cls.tmp / "jupyter-config"), JUPYTER_TOKEN="bp-test-token")
        cls.give_built_jars()

    @classmethod
    def give_built_jars(cls):
        (cls.root / "lib" / "target").mkdir(parents=True)
        shutil.copyfile(helpers.stable_jar(), cls.root / "lib" / "target" / "bp-course.jar")
        ijava = installed_ijava_jar()
        if ijava:
            (cls.root / "target" / "kernel" / "java").mkdir(parents=True)
            shutil.copyfile(ijava, cls.root / "target" / "kernel" / "java" / ijava.name)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def course(self, *args):
        return subprocess.run(["./course", *args], cwd=self.root, env=self.env,
                              capture_output=True, text=True, timeout=120)

    def api(self, port, path, method="GET"):
        url = f"http://127.0.0.1:{port}/api/{path}?token=bp-test-token"
        request = urllib.request.Request(url, method=method, data=b"" if method == "POST" else None)
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read() or b"null")

    def wait_for_listing(self, server, port):
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if server.poll() is not None:
                self.fail(f"./course start ended with {server.returncode}: {server.stdout.read()}")
            try:
                return self.api(port, "contents")
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(1)
        self.fail(f"Jupyter did not answer within {START_SECONDS} s")

    def test_course_start_serves_the_chapters_from_the_workspace(self):
        port = free_port()
        server = subprocess.Popen(["./course", "start", "--no-browser", "--port", str(port)],
                                  cwd=self.root, env=self.env, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, text=True, start_new_session=True)
        try:
            listing = self.wait_for_listing(server, port)
            chapter = self.api(port, "contents/02-two-two-one.ipynb")
            self.api(port, "shutdown", method="POST")
            server.wait(timeout=30)
        finally:
            if server.poll() is None:
                os.killpg(server.pid, signal.SIGTERM)
                server.wait(timeout=30)
            log = server.stdout.read()
            server.stdout.close()
        served = sorted(item["name"] for item in listing["content"] if item["type"] == "notebook")
        self.assertEqual(served, sorted(p.name for p in (self.root / "notebooks").glob("*.ipynb")))
        self.assertEqual(sorted(p.name for p in (self.root / "workspace").glob("*.ipynb")), served)
        code = [c for c in chapter["content"]["cells"] if c["cell_type"] == "code"]
        self.assertTrue(code and all(c["metadata"].get("trusted") for c in code))
        self.assertEqual(server.returncode, 0, log)
        self.assertIn("workspace/ created with your own copy of", log)

    def test_solution_says_there_are_no_model_answers(self):
        result = self.course("solution", "ch2-dw4")
        self.assertEqual(result.returncode, 1)
        self.assertIn("student pack: it has no model answers. Ask your teacher", result.stderr)

    def test_teacher_commands_say_this_is_the_student_pack(self):
        for command in ("grade", "release", "test"):
            result = self.course(command)
            self.assertNotEqual(result.returncode, 0)
            self.assertIn(f"'{command}' is a teacher's command and this is the student pack", result.stderr)


if __name__ == "__main__":
    unittest.main()
