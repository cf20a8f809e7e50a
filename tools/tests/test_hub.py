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
import re
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
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent))
from helpers import COURSE_ROOT, stable_jar  # noqa: E402  (puts tools/ on the path)

from collect import collect_student  # noqa: E402
from hub.roster import RosterError, parse_roster  # noqa: E402
import kernel_archive  # noqa: E402
from kernel_archive import ARCHIVE  # noqa: E402
from kernelspecs import LAUNCHER_JAR  # noqa: E402

requests = Student = HubClientError = SharedPasswordAuthenticator = None   # import_hub_packages()

COURSE = COURSE_ROOT / "course"
CHAPTER = "01-gradient-descent.ipynb"
OTHER_CHAPTER = "02-two-two-one.ipynb"
WORKSPACE = Path("bp-course") / "workspace"
DELIMITER = re.compile(r"(BEGIN|END) SOLUTION")


def import_hub_packages():
    """Imports JupyterHub, requests and the hub's client; `./course hub` installs the Debian
    packages first when they are missing (as it does for a teacher)."""
    global requests, Student, HubClientError, SharedPasswordAuthenticator
    try:
        import jupyterhub  # noqa: F401
    except ImportError:
        made = course("hub", "--help", timeout=1800)
        assert made.returncode == 0, f"./course hub could not install JupyterHub:\n{made.stderr}"
    import requests
    from hub.auth import SharedPasswordAuthenticator
    from hub.client import HubClientError, Student


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def course(*args, timeout=900):
    """Runs ./course with the arguments; returns the CompletedProcess (text output)."""
    return subprocess.run([str(COURSE), *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)


def files_of(folder):
    """{relative path: (sha256 or link target, mtime)} under folder, no link followed."""
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


def is_solution(cell):
    return cell.get("metadata", {}).get("nbgrader", {}).get("solution")


def answered(student_nb, master_path):
    """The student's notebook with its first code exercise answered as the master answers it;
    returns (notebook, grade_id)."""
    master = json.loads(Path(master_path).read_text(encoding="utf-8"))
    answers = {c["metadata"]["nbgrader"]["grade_id"]: c["source"] for c in master["cells"]
               if c["cell_type"] == "code" and is_solution(c)}
    for cell in student_nb["cells"]:
        gid = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        if cell["cell_type"] == "code" and gid in answers:
            source = answers[gid] if isinstance(answers[gid], str) else "".join(answers[gid])
            cell["source"] = "\n".join(line for line in source.splitlines()
                                       if not DELIMITER.search(line))
            return student_nb, gid
    raise AssertionError(f"{CHAPTER} has no code exercise to answer")


class ClassroomServerTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if os.geteuid() != 0:
            raise AssertionError("the classroom test creates Unix accounts: run it as root "
                                 "(as CI does), e.g. sudo ./course test")
        stable_jar()
        import_hub_packages()
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
             "--hub-port", str(free_port()), "--proxy-api-port", str(free_port()),
             *map(str, cls.places)],
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
            self.assertTrue(any(printed for _, printed, _ in results[:-1]),
                            f"{name}: nothing printed")
            self.assertEqual(str(self.home(name) / WORKSPACE), results[-1][1].strip(),
                             f"{name}: the kernel does not run in the notebook's folder")
        kernels = [pid for pid in processes_of(self.uids())
                   if LAUNCHER_JAR.encode() in Path(f"/proc/{pid}/cmdline").read_bytes()]
        self.assertEqual(len(self.students), len(kernels), "one java kernel a student")
        class_kernel = self.state / "share" / "jupyter" / "kernels" / "java"
        for pid in kernels:
            self.assertIn(b"-Xmx512m", Path(f"/proc/{pid}/cmdline").read_bytes())
            self.assertIn(f"-XX:SharedArchiveFile={class_kernel / ARCHIVE}".encode(),
                          Path(f"/proc/{pid}/cmdline").read_bytes())
        self.assertTrue(kernel_archive.usable(class_kernel),
                        "the class kernel has no class archive its JVM can map")
        self.assertEqual(0o644, (class_kernel / ARCHIVE).stat().st_mode & 0o777)

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
        classmate = self.home(victim) / WORKSPACE / OTHER_CHAPTER
        subprocess.run(["ln", "-s", str(classmate), str(planted)], user=planter, check=True)
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


class RosterTest(unittest.TestCase):
    def test_names_in_order_without_comments_or_blank_lines(self):
        self.assertEqual(["li-wei", "student07", "zhang_san"],
                         parse_roster("# class 3\nli-wei\n\n  student07  \nzhang_san\n"))

    def test_every_bad_line_is_named_before_any_account_is_touched(self):
        with self.assertRaises(RosterError) as caught:
            parse_roster("Alice\nroot\nok1\nok1\n7up\nbob smith\n" + "x" * 33 + "\n")
        message = str(caught.exception)
        for expected in ("line 1: 'Alice' is not a valid login",
                         "line 2: 'root' is a system account",
                         "line 4: 'ok1' is already on line 3", "line 5: '7up' is not a valid login",
                         "line 6: 'bob smith'", "line 7:", "no account was changed"):
            self.assertIn(expected, message)

    def test_an_empty_roster_says_what_to_write(self):
        with self.assertRaisesRegex(RosterError, "one name a line"):
            parse_roster("# nobody yet\n")


class SharedPasswordTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        import_hub_packages()

    def setUp(self):
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        secret = Path(folder.name) / "shared-password"
        secret.write_text("blue-kite-42\n", encoding="utf-8")
        self.auth = SharedPasswordAuthenticator(password_file=str(secret), class_group="bp-class")
        patcher = mock.patch("hub.auth.class_members", return_value={"li-wei"})
        patcher.start()
        self.addCleanup(patcher.stop)

    def login(self, name, password):
        return asyncio.run(self.auth.get_authenticated_user(None, {"username": name,
                                                                   "password": password}))

    def test_a_class_member_with_the_class_password_logs_in(self):
        self.assertEqual("li-wei", self.login("li-wei", "blue-kite-42")["name"])

    def test_a_wrong_password_or_a_name_off_the_roster_is_refused(self):
        self.assertIsNone(self.login("li-wei", "blue-kite-43"))
        self.assertIsNone(self.login("li-wei", ""))
        self.assertIsNone(self.login("root", "blue-kite-42"))
        self.assertIsNone(self.login("someone", "blue-kite-42"))


class ClassKernelTest(unittest.TestCase):
    """install_class_kernel records the class kernel's archive once and keeps it while the kernel
    stays the same (the recording itself, a real JVM's, is tested in test_kernel_archive)."""

    def setUp(self):
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        self.source, self.state = Path(folder.name) / "kernel", Path(folder.name) / "state"
        self.source.mkdir()
        (self.source / LAUNCHER_JAR).write_bytes(b"launcher")
        (self.source / "kernel.json").write_text(json.dumps({
            "argv": ["java", "-XX:TieredStopAtLevel=1", kernel_archive.USE_ARCHIVE, "-jar",
                     "{resource_dir}/" + LAUNCHER_JAR, "{connection_file}"],
            "display_name": "Java", "language": "java", "env": {}}), encoding="utf-8")
        self.recorded = []

    def install(self):
        from hub.server import install_class_kernel

        def record(folder, notebooks):
            self.recorded.append(folder)
            (Path(folder) / ARCHIVE).write_bytes(b"classes")

        with mock.patch.object(kernel_archive, "usable", lambda f: (Path(f) / ARCHIVE).is_file()), \
                mock.patch.object(kernel_archive, "record", record):
            install_class_kernel(self.source, self.state, "512m")
        return self.state / "share" / "jupyter" / "kernels" / "java"

    def test_the_archive_is_recorded_once_and_kept_while_the_kernel_is_the_same(self):
        installed = self.install()
        argv = json.loads((installed / "kernel.json").read_text(encoding="utf-8"))["argv"]
        self.assertIn("-Xmx512m", argv)
        self.assertIn(kernel_archive.USE_ARCHIVE, argv)
        self.assertEqual(0o644, (installed / ARCHIVE).stat().st_mode & 0o777)
        self.install()
        self.assertEqual(1, len(self.recorded), "recorded again though nothing changed")
        self.assertTrue((installed / ARCHIVE).is_file())

    def test_a_changed_kernel_is_installed_again_with_a_new_archive(self):
        installed = self.install()
        (self.source / LAUNCHER_JAR).write_bytes(b"a newer launcher")
        self.install()
        self.assertEqual(b"a newer launcher", (installed / LAUNCHER_JAR).read_bytes())
        self.assertEqual(2, len(self.recorded))


class CollectFilesTest(unittest.TestCase):
    """collect_student on a made-up home: only regular files of the owner, no link followed."""

    def setUp(self):
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        self.root = Path(folder.name)
        self.home = self.root / "home"
        self.workspace = self.home / WORKSPACE
        self.workspace.mkdir(parents=True)
        self.secret = self.root / "secret.ipynb"
        self.secret.write_text("someone else's answers", encoding="utf-8")
        (self.workspace / CHAPTER).write_text('{"cells": []}', encoding="utf-8")
        os.utime(self.workspace / CHAPTER, (1_600_000_000, 1_600_000_000))
        (self.workspace / OTHER_CHAPTER).symlink_to(self.secret)
        os.mkfifo(self.workspace / "03-shared-bias.ipynb")
        (self.workspace / "notes.ipynb").write_text("{}", encoding="utf-8")
        self.out = self.root / "out"
        self.wanted = {CHAPTER, OTHER_CHAPTER, "03-shared-bias.ipynb"}

    def test_copies_regular_files_only_and_says_why_the_others_were_left_out(self):
        before = files_of(self.workspace)
        result = collect_student("li-wei", self.home, os.getuid(), self.out, self.wanted)
        self.assertEqual([CHAPTER], result.copied)
        self.assertEqual({OTHER_CHAPTER: "not copied: a symbolic link",
                          "03-shared-bias.ipynb": "not copied: not a regular file"},
                         dict(result.left_out))
        copy = self.out / "li-wei" / CHAPTER
        self.assertEqual('{"cells": []}', copy.read_text(encoding="utf-8"))
        self.assertEqual(1_600_000_000, copy.stat().st_mtime)
        self.assertEqual(["li-wei"], [p.name for p in self.out.iterdir()])
        self.assertEqual([CHAPTER], [p.name for p in (self.out / "li-wei").iterdir()])
        self.assertEqual(before, files_of(self.workspace))

    def test_a_file_of_another_owner_is_left_out(self):
        os.chown(self.workspace / CHAPTER, 65534, 65534)
        result = collect_student("li-wei", self.home, os.getuid(), self.out, {CHAPTER})
        self.assertEqual([], result.copied)
        self.assertIn("not by the student", dict(result.left_out)[CHAPTER])

    def test_a_workspace_that_is_a_link_is_not_entered(self):
        elsewhere = self.root / "elsewhere"
        (self.home / "bp-course" / "workspace").rename(elsewhere)
        (self.home / "bp-course" / "workspace").symlink_to(elsewhere)
        result = collect_student("li-wei", self.home, os.getuid(), self.out, self.wanted)
        self.assertEqual([], result.copied)
        self.assertIn("not a real folder", result.problem)
        self.assertFalse(self.out.exists())


if __name__ == "__main__":
    unittest.main()
