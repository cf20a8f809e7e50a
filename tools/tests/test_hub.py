"""The classroom server end to end, as a teacher and three students use it.

A roster of three test students goes through `./course hub roster`; `./course hub serve` runs the
server on 127.0.0.1; each student logs in with the password the roster made, gets a server,
starts a `java` kernel through a session on chapter 1 (as the browser does) and runs the
chapter with the library. Then: no student reads another's work, a second roster run keeps an
edited notebook and sets up a student added late, `./course collect` copies notebooks without
following a planted link or changing a student's file, `./course grade` grades them, and
`./course hub stop` ends every process. Every account, process and file the test made is
removed at the end. Needs root (CI runs as root): it creates Unix accounts.
"""

import asyncio
import csv
import hashlib
import json
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import unittest
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from helpers import COURSE_ROOT, stable_jar  # noqa: E402  (puts tools/ on the path)

import requests  # noqa: E402

from hub.client import HubClientError, Student  # noqa: E402

COURSE = COURSE_ROOT / "course"
CHAPTER = "01-gradient-descent.ipynb"
OTHER_CHAPTER = "02-two-two-one.ipynb"
WORKSPACE = Path("bp-course") / "workspace"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def course(*args, timeout=900):
    """Runs ./course with the arguments; returns the CompletedProcess (text output)."""
    return subprocess.run([str(COURSE), *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)


def files_of(folder):
    """{relative path: (sha256 or link target, mtime)} of everything under folder, no link followed."""
    found = {}
    for path in sorted(Path(folder).rglob("*")):
        info = path.lstat()
        if path.is_symlink():
            found[str(path.relative_to(folder))] = (os.readlink(path), info.st_mtime_ns)
        elif path.is_file():
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            found[str(path.relative_to(folder))] = (digest, info.st_mtime_ns)
    return found


def contents(snapshot):
    """A files_of snapshot without the times: what each file holds."""
    return {path: held for path, (held, _) in snapshot.items()}


def notebook_times(snapshot):
    return {path: mtime for path, (_, mtime) in snapshot.items() if path.endswith(".ipynb")}


def processes_of(uids):
    """The pids of the running processes owned by any of the uids."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if entry.stat().st_uid in uids:
                    found.append(int(entry.name))
            except FileNotFoundError:
                continue
    return found


def is_check(cell):
    nbgrader = cell.get("metadata", {}).get("nbgrader", {})
    return nbgrader.get("grade") and not nbgrader.get("solution")


def answered(student_nb, master_path):
    """The student's notebook with its first code exercise answered as the master answers it;
    returns (notebook, grade_id)."""
    master = json.loads(Path(master_path).read_text(encoding="utf-8"))
    answers = {c["metadata"]["nbgrader"]["grade_id"]: c["source"] for c in master["cells"]
               if c["cell_type"] == "code" and c.get("metadata", {}).get("nbgrader", {}).get("solution")}
    for cell in student_nb["cells"]:
        gid = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        if cell["cell_type"] == "code" and gid in answers:
            source = answers[gid] if isinstance(answers[gid], str) else "".join(answers[gid])
            cell["source"] = "\n".join(line for line in source.splitlines()
                                       if "BEGIN SOLUTION" not in line and "END SOLUTION" not in line)
            return student_nb, gid
    raise AssertionError(f"{CHAPTER} has no code exercise to answer")


class ClassroomServerTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if os.geteuid() != 0:
            raise AssertionError("the classroom test creates Unix accounts: run it as root "
                                 "(as CI does), e.g. sudo ./course test")
        stable_jar()
        tag = "bpt" + secrets.token_hex(3)
        cls.students = [f"{tag}{letter}" for letter in "abc"]
        cls.late_student = f"{tag}d"
        cls.group = tag
        cls.tmp = Path(tempfile.mkdtemp(prefix="bp-hub-test-"))
        cls.addClassCleanup(shutil.rmtree, cls.tmp, ignore_errors=True)
        cls.tmp.chmod(0o755)                  # students reach their homes and the pack below it
        cls.state, cls.homes = cls.tmp / "state", cls.tmp / "home"
        cls.places = ["--state", cls.state, "--homes", cls.homes, "--group", cls.group]
        cls.addClassCleanup(cls.remove_accounts)
        cls.roster = cls.tmp / "roster.txt"
        cls.roster.write_text("# test class\n" + "\n".join(cls.students) + "\n\n", encoding="utf-8")
        made = course("hub", "roster", cls.roster, *cls.places)
        assert made.returncode == 0, f"hub roster failed:\n{made.stdout}\n{made.stderr}"
        cls.roster_output = made.stdout
        with open(cls.state / "private" / "passwords.csv", encoding="utf-8") as stream:
            cls.passwords = {row["student"]: row["password"] for row in csv.DictReader(stream)}
        cls.start_hub()
        cls.clients, cls.kernels, cls.chapter_runs = {}, {}, {}

    @classmethod
    def start_hub(cls):
        cls.port = free_port()
        cls.url = f"http://127.0.0.1:{cls.port}"
        cls.hub_log = open(cls.tmp / "hub.log", "w", encoding="utf-8")
        cls.addClassCleanup(cls.hub_log.close)
        cls.hub = subprocess.Popen(
            [str(COURSE), "hub", "serve", "--ip", "127.0.0.1", "--port", str(cls.port),
             "--hub-port", str(free_port()), "--proxy-api-port", str(free_port()), *map(str, cls.places)],
            stdout=cls.hub_log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True)
        cls.addClassCleanup(cls.stop_hub)
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            assert cls.hub.poll() is None, f"the hub exited:\n{cls.log_tail()}"
            try:
                if requests.get(f"{cls.url}/hub/login", timeout=5).ok:
                    return
            except requests.ConnectionError:
                pass
            time.sleep(1)
        raise AssertionError(f"the hub did not answer on {cls.url}:\n{cls.log_tail()}")

    @classmethod
    def log_tail(cls):
        cls.hub_log.flush()
        return "\n".join((cls.tmp / "hub.log").read_text(encoding="utf-8").splitlines()[-40:])

    @classmethod
    def stop_hub(cls):
        if cls.hub.poll() is None:
            course("hub", "stop", "--state", cls.state, timeout=120)
            try:
                cls.hub.wait(timeout=60)
            except subprocess.TimeoutExpired:
                cls.hub.kill()
                cls.hub.wait()

    @classmethod
    def uids(cls):
        found = set()
        for name in cls.students + [cls.late_student]:
            try:
                found.add(pwd.getpwnam(name).pw_uid)
            except KeyError:
                pass
        return found

    @classmethod
    def remove_accounts(cls):
        for pid in processes_of(cls.uids()):
            try:
                os.kill(pid, 9)
            except ProcessLookupError:
                pass
        time.sleep(0.5)
        for name in cls.students + [cls.late_student]:
            subprocess.run(["userdel", "--remove", name], capture_output=True)
        subprocess.run(["groupdel", cls.group], capture_output=True)

    def home(self, name):
        return Path(pwd.getpwnam(name).pw_dir)

    # -- the students at work --------------------------------------------------------------------

    def client(self, name):
        if name not in self.clients:
            student = Student(self.url, name, self.passwords[name])
            student.log_in()
            student.start_server()
            self.clients[name] = student
        return self.clients[name]

    def run_chapter(self, name):
        """Logs in, opens chapter 1's session and runs every cell but the exercise checks."""
        student = self.client(name)
        kernel = student.open_session(CHAPTER)
        self.kernels[name] = kernel
        cells = [c for c in student.read_notebook(CHAPTER)["cells"]
                 if c["cell_type"] == "code" and not is_check(c)]

        async def run_all():
            async with student.kernel(kernel) as channel:
                results = [await channel.run(c["source"]) for c in cells]
                results.append(await channel.run(
                    'System.out.println(new java.io.File(".").getCanonicalPath());'))
                return results
        return asyncio.run(run_all())

    def run_in_kernel(self, name, code):
        student = self.clients[name]

        async def run_one():
            async with student.kernel(self.kernels[name]) as channel:
                return await channel.run(code)
        return asyncio.run(run_one())

    def test_1_every_student_runs_chapter_1_with_the_library_in_their_workspace(self):
        self.assertIn("account created", self.roster_output)
        with ThreadPoolExecutor(len(self.students)) as pool:
            runs = dict(zip(self.students, pool.map(self.run_chapter, self.students)))
        for name, results in runs.items():
            failed = [(status, error) for status, _, error in results if status != "ok"]
            self.assertEqual([], failed, f"{name}: cells failed")
            self.assertTrue(any(printed for _, printed, _ in results[:-1]), f"{name}: nothing printed")
            self.assertEqual(str(self.home(name) / WORKSPACE), results[-1][1].strip(),
                             f"{name}: the kernel does not run in the notebook's folder")
        kernels = [pid for pid in processes_of(self.uids())
                   if b"ijava" in Path(f"/proc/{pid}/cmdline").read_bytes()]
        self.assertEqual(len(self.students), len(kernels), "one java kernel a student")
        for pid in kernels:
            self.assertIn(b"-Xmx512m", Path(f"/proc/{pid}/cmdline").read_bytes())

    def test_2_no_student_reads_another_students_work(self):
        for name in self.students:
            self.assertEqual(0o700, self.home(name).stat().st_mode & 0o777, f"{name}'s home")
        reader, owner = self.students[0], self.students[1]
        target = self.home(owner) / WORKSPACE / CHAPTER
        self.client(reader)
        if reader not in self.kernels:
            self.kernels[reader] = self.clients[reader].open_session(CHAPTER)
        status, printed, error = self.run_in_kernel(reader, (
            f'try {{ java.nio.file.Files.readString(java.nio.file.Path.of("{target}")); '
            'System.out.println("read it"); } '
            'catch (Exception e) { System.out.println(e.getClass().getSimpleName()); }'))
        self.assertEqual(("ok", ""), (status, error))
        self.assertEqual("AccessDeniedException", printed.strip(),
                         f"{reader}'s kernel could read {owner}'s notebook")
        for name in self.students:
            for other in self.students:
                if other != name:
                    attempt = subprocess.run(["cat", str(self.home(other) / WORKSPACE / CHAPTER)],
                                             user=name, capture_output=True)
                    self.assertNotEqual(0, attempt.returncode, f"{name} read {other}'s notebook")

    def test_3_roster_again_keeps_edited_work_and_sets_up_a_late_student(self):
        editor = self.students[0]
        student = self.client(editor)
        notebook, self.__class__.answered_id = answered(student.read_notebook(CHAPTER),
                                                        COURSE_ROOT / "notebooks" / CHAPTER)
        student.save_notebook(CHAPTER, notebook)
        before = {name: files_of(self.home(name) / "bp-course") for name in self.students}
        self.roster.write_text(self.roster.read_text() + self.late_student + "\n", encoding="utf-8")
        again = course("hub", "roster", self.roster, *self.places)
        self.assertEqual(0, again.returncode, f"{again.stdout}\n{again.stderr}")
        for name in self.students:
            after = files_of(self.home(name) / "bp-course")
            self.assertEqual(contents(before[name]), contents(after),
                             f"the second roster run changed {name}'s files")
            self.assertEqual(notebook_times(before[name]), notebook_times(after),
                             f"the second roster run rewrote {name}'s notebooks")
        saved = (self.home(editor) / WORKSPACE / CHAPTER).read_text(encoding="utf-8")
        self.assertIn(self.answered_id, saved)
        self.assertNotIn("UnsupportedOperationException(\"exercise " + self.answered_id, saved)
        self.assertTrue((self.home(self.late_student) / WORKSPACE / CHAPTER).is_file())
        with open(self.state / "private" / "passwords.csv", encoding="utf-8") as stream:
            passwords = {row["student"]: row["password"] for row in csv.DictReader(stream)}
        self.assertEqual(set(self.students + [self.late_student]), set(passwords))
        Student(self.url, self.late_student, passwords[self.late_student]).log_in()
        with self.assertRaises(HubClientError):   # a right name with a wrong password
            Student(self.url, self.late_student, "wrong" + passwords[self.late_student]).log_in()

    def test_4_collect_copies_without_following_links_then_grade_reads_it(self):
        planter, victim = self.students[2], self.students[0]
        planted = self.home(planter) / WORKSPACE / OTHER_CHAPTER
        subprocess.run(["rm", str(planted)], user=planter, check=True)
        subprocess.run(["ln", "-s", str(self.home(victim) / WORKSPACE / OTHER_CHAPTER), str(planted)],
                       user=planter, check=True)
        before = {name: files_of(self.home(name) / WORKSPACE) for name in self.students}
        everything = self.tmp / "all-chapters"
        result = course("collect", "--state", self.state, "--out", everything)
        self.assertEqual(0, result.returncode, f"{result.stdout}\n{result.stderr}")
        for name in self.students:
            self.assertEqual(before[name], files_of(self.home(name) / WORKSPACE),
                             f"collect changed {name}'s files")
        self.assertTrue((everything / victim / OTHER_CHAPTER).is_file())
        self.assertFalse((everything / planter / OTHER_CHAPTER).exists(),
                         "collect followed a student's link to another student's notebook")
        self.assertIn(f"left out {OTHER_CHAPTER}: not copied: a symbolic link", result.stdout)
        self.assertEqual((self.home(victim) / WORKSPACE / CHAPTER).read_bytes(),
                         (everything / victim / CHAPTER).read_bytes())

        submissions, grades = self.tmp / "submissions", self.tmp / "grades"
        three = self.tmp / "three.txt"
        three.write_text("\n".join(self.students) + "\n", encoding="utf-8")
        chapter_one = course("collect", "--roster", three, "--notebook", CHAPTER,
                             "--out", submissions)
        self.assertEqual(0, chapter_one.returncode, f"{chapter_one.stdout}\n{chapter_one.stderr}")
        self.assertEqual({CHAPTER}, {p.name for p in (submissions / victim).iterdir()})
        graded = course("grade", submissions, "--out", grades, "--jobs", 2, timeout=1200)
        self.assertEqual(0, graded.returncode, f"{graded.stdout}\n{graded.stderr}")
        with open(grades / "grades.csv", encoding="utf-8") as stream:
            rows = {row["student"]: row for row in csv.DictReader(stream)}
        self.assertEqual(set(self.students), set(rows), "one gradebook row a student")
        totals = {name: float(rows[name]["total"]) for name in self.students}
        self.assertGreater(totals[victim], totals[self.students[1]],
                           f"the answered exercise scored nothing: {totals}")

    def test_5_stop_ends_the_hub_and_every_students_process(self):
        stopped = course("hub", "stop", "--state", self.state, timeout=120)
        self.assertEqual(0, stopped.returncode, stopped.stderr)
        self.assertIn("stopped", stopped.stdout)
        self.hub.wait(timeout=60)
        deadline = time.monotonic() + 20
        while processes_of(self.uids()) and time.monotonic() < deadline:
            time.sleep(0.5)
        self.assertEqual([], processes_of(self.uids()), "students' processes outlived the hub")
        with self.assertRaises(requests.ConnectionError):
            requests.get(f"{self.url}/hub/login", timeout=5)


if __name__ == "__main__":
    unittest.main()
