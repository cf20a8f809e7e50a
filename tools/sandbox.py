"""Runs one notebook job in a sandbox of its own: bubblewrap namespaces plus resource limits.

What the student code in a job can reach:
- files: a read-only /usr, the JDK's /etc configuration, the course jar and datasets/, the IJava
  kernel and the three runner modules, the job's own input folder (read-only); everything else
  it sees is private scratch on size-limited tmpfs (/course, /tmp) that vanishes with the job.
  No masters, no other submission, no HOME, no teacher's files, no grader command line (the
  sandbox has its own /proc and process namespace);
- network: a namespace of its own with only its own loopback (nothing on the host, not even
  the host's 127.0.0.1, is reachable);
- resources: a memory cgroup and a pids cgroup per job (when cgroups v1 are writable, as for
  root on Linux), CPU seconds, file size and open files by rlimit, a wall-clock limit, and a
  cap on the bytes it can send back;
- lifetime: the job's processes live in their own PID namespace, so all of them (also ones
  that called setsid or outlived their kernel) end when the job ends; the cgroup is emptied too.

`Jail.run` returns the runner's JSON result or raises JobFailed with a reason a teacher can read.
Without a sandbox (`--no-sandbox`) the same runner runs as an ordinary child process.
"""

import glob
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import nbformat

from kernelspecs import CLASS_PATH_KEY, IJAVA_JAR, JVM_FLAGS, LAUNCHER_JAR
from nbmeta import write_notebook

TOOLS_DIR = Path(__file__).resolve().parent
RUNNER_MODULES = ("sandbox_runner.py", "kernel_runner.py", "nbmeta.py")
CGROUP_ROOT = Path("/sys/fs/cgroup")
KERNEL_JARS = (IJAVA_JAR, LAUNCHER_JAR)


class JobFailed(Exception):
    """A job that returned no usable result; the message says why."""


class SandboxUnavailable(Exception):
    """This machine cannot run the sandbox; the message says what to do."""


@dataclass
class Resources:
    """What one job may use."""
    memory_mb: int = 2048        # the whole job: runner, kernel JVM, scratch tmpfs
    heap_mb: int = 768           # the kernel's Java heap
    pids: int = 256              # processes and threads
    cpu_seconds: int = 1800
    file_mb: int = 64            # the largest file it may write
    scratch_mb: int = 256        # each of /course and /tmp
    result_mb: int = 64          # the most it may send back


def kernel_json(java, launcher_path, heap_mb, env):
    """The IJava kernelspec the jobs use: a capped heap, a quick-starting JIT, and `env`."""
    return {
        "argv": [java, f"-Xmx{heap_mb}m", *JVM_FLAGS, "-Djava.awt.headless=true",
                 "-jar", str(launcher_path), "{connection_file}"],
        "display_name": "Java", "language": "java", "interrupt_mode": "message", "env": dict(env),
    }


def find_java():
    """The real path of the java the kernel uses."""
    java = shutil.which("java")
    if not java:
        raise SandboxUnavailable("no 'java' on PATH: install a JDK 17 or newer")
    return os.path.realpath(java)


def find_kernel(kernel_dir=None):
    """(the IJava kernel's jars, IJava's and the launcher beside it; the one setting of its
    environment a job gets, the course library's class path): from `kernel_dir`, or from the
    installed `java` kernelspec. Nothing else the teacher's kernelspec may hold enters the sandbox."""
    if kernel_dir is None:
        from jupyter_client.kernelspec import KernelSpecManager
        try:
            kernel_dir = KernelSpecManager().get_kernel_spec("java").resource_dir
        except Exception as problem:
            raise SandboxUnavailable(f"no 'java' kernel installed ({problem}): run ./course start once") from problem
    jars = [Path(kernel_dir) / name for name in KERNEL_JARS]
    for jar in jars:
        if not jar.is_file():
            raise SandboxUnavailable(f"{jar} is missing: run ./course start once to install the Java kernel")
    spec = Path(kernel_dir) / "kernel.json"
    env = json.loads(spec.read_text(encoding="utf-8")).get("env", {}) if spec.is_file() else {}
    return jars, {key: value for key, value in env.items() if key == CLASS_PATH_KEY}


def check_available():
    """Raises SandboxUnavailable unless bubblewrap can make a sandbox here."""
    if not os.uname().sysname == "Linux":
        raise SandboxUnavailable("the grading sandbox needs Linux (bubblewrap and namespaces)")
    if not shutil.which("bwrap"):
        raise SandboxUnavailable("bubblewrap (bwrap) is missing: apt-get install bubblewrap, or run "
                                 "./course grade, which installs it")
    probe = subprocess.run(["bwrap", "--ro-bind", "/usr", "/usr", "--symlink", "usr/lib", "/lib",
                            "--symlink", "usr/lib64", "/lib64", "--symlink", "usr/bin", "/bin",
                            "--unshare-all", "--die-with-parent", "/usr/bin/true"],
                           capture_output=True, text=True, timeout=30)
    if probe.returncode != 0:
        raise SandboxUnavailable("bubblewrap cannot create namespaces here (" + probe.stderr.strip()
                                 + "): user namespaces may be disabled")


class Cgroups:
    """A memory and a pids cgroup (v1) for one job, when this process may create them."""

    def __init__(self, resources):
        self.paths = []
        name = f"bp-grade-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        for controller, settings in (("memory", {"memory.limit_in_bytes": resources.memory_mb << 20}),
                                     ("pids", {"pids.max": resources.pids})):
            folder = CGROUP_ROOT / controller / name
            try:
                folder.mkdir()
                self.paths.append(folder)
                for key, value in settings.items():
                    (folder / key).write_text(str(value))
                if controller == "memory":
                    swap = folder / "memory.memsw.limit_in_bytes"
                    if swap.exists():
                        swap.write_text(str(resources.memory_mb << 20))
            except OSError:
                continue

    @staticmethod
    def usable():
        """True when cgroups v1 memory and pids can be created here (root on most Linux)."""
        probe = Cgroups(Resources())
        ok = len(probe.paths) == 2
        probe.remove()
        return ok

    def join(self):
        """Puts the calling process into the cgroups (run in the child before exec)."""
        for folder in self.paths:
            (folder / "cgroup.procs").write_text(str(os.getpid()))

    def kill_all(self):
        """Kills every process left in the cgroups."""
        for _ in range(50):
            pids = set()
            for folder in self.paths:
                try:
                    pids.update(int(p) for p in (folder / "cgroup.procs").read_text().split())
                except OSError:
                    pass
            if not pids:
                return
            for pid in pids:
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            time.sleep(0.1)

    def remove(self):
        self.kill_all()
        for folder in self.paths:
            try:
                folder.rmdir()
            except OSError:
                pass


def etc_binds():
    """Read-only binds of the /etc folders the JDK links its configuration to."""
    binds = []
    for folder in sorted(glob.glob("/etc/java-*")) + ["/etc/ssl/certs/java"]:
        if os.path.isdir(folder):
            binds += ["--ro-bind", folder, folder]
    return binds


def bwrap_command(layout, resources, request_path):
    """The bwrap command line for one job (see the module doc for what each part keeps out)."""
    mb = 1 << 20
    command = ["bwrap", "--clearenv",
               "--ro-bind", "/usr", "/usr", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64",
               "--symlink", "usr/bin", "/bin", "--symlink", "usr/sbin", "/sbin",
               *etc_binds(),
               "--proc", "/proc", "--dev", "/dev",
               "--size", str(resources.scratch_mb * mb), "--tmpfs", "/tmp",
               "--size", str(resources.scratch_mb * mb), "--tmpfs", "/course",
               "--ro-bind", str(layout["jar"]), "/course/lib/target/bp-course.jar",
               "--ro-bind", str(layout["datasets"]), "/course/datasets",
               "--ro-bind", str(layout["kernels"]), "/sandbox/kernels",
               "--ro-bind", str(layout["tools"]), "/sandbox/tools",
               "--ro-bind", str(layout["job"]), "/job",
               "--setenv", "HOME", "/tmp/home", "--setenv", "PATH", "/usr/bin:/bin",
               "--setenv", "LANG", "C.UTF-8", "--setenv", "JUPYTER_PATH", "/sandbox",
               "--setenv", "JUPYTER_RUNTIME_DIR", "/tmp/jupyter-runtime",
               "--setenv", "JUPYTER_DATA_DIR", "/tmp/jupyter-data",
               "--setenv", "JUPYTER_CONFIG_DIR", "/tmp/jupyter-config",
               "--setenv", "IPYTHONDIR", "/tmp/ipython", "--setenv", "PYDEVD_DISABLE_FILE_VALIDATION", "1",
               "--unshare-all", "--hostname", "sandbox", "--uid", "1000", "--gid", "1000",
               "--die-with-parent", "--new-session", "--cap-drop", "ALL", "--chdir", "/course",
               "/usr/bin/python3", "/sandbox/tools/sandbox_runner.py", request_path]
    return command


def rlimits(resources):
    """Sets the job's rlimits (run in the child before exec; bwrap and everything under it inherit them)."""
    import resource
    resource.setrlimit(resource.RLIMIT_CPU, (resources.cpu_seconds, resources.cpu_seconds))
    resource.setrlimit(resource.RLIMIT_FSIZE, (resources.file_mb << 20, resources.file_mb << 20))
    resource.setrlimit(resource.RLIMIT_NOFILE, (1024, 1024))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


class JobPaths:
    """Where a job's notebook finds its input files and writes the files that come back."""

    def __init__(self, sandbox, job):
        self.sandbox, self.folder = sandbox, job

    def job(self, file_name):
        return f"/job/{file_name}" if self.sandbox else str(self.folder / file_name)

    def scratch(self, file_name):
        return (f"/course/grading/{file_name}" if self.sandbox
                else str(self.folder / "course" / "grading" / file_name))


class Jail:
    """Runs notebook jobs, each in a fresh sandbox (or, with sandbox=False, as a plain child process).

    `course_jar` and `datasets` are what the notebooks load; the IJava jar comes from the
    installed `java` kernelspec unless `kernel_dir` is given.
    """

    def __init__(self, course_jar, datasets, sandbox=True, resources=None, kernel_dir=None):
        self.sandbox = sandbox
        self.resources = resources or Resources()
        self.home = Path(tempfile.mkdtemp(prefix="bp-jail-"))
        self.course_jar = Path(course_jar).resolve()
        self.datasets = Path(datasets).resolve()
        tools = self.home / "tools"
        tools.mkdir()
        for module in RUNNER_MODULES:
            shutil.copy2(TOOLS_DIR / module, tools / module)
        kernel = self.home / "kernels" / "java"
        kernel.mkdir(parents=True)
        jars, env = find_kernel(kernel_dir)
        for jar in jars:
            shutil.copy2(jar, kernel / jar.name)
        launcher = "/sandbox/kernels/java/" + LAUNCHER_JAR if sandbox else kernel / LAUNCHER_JAR
        (kernel / "kernel.json").write_text(json.dumps(
            kernel_json(find_java(), launcher, self.resources.heap_mb, env), indent=1))
        self.cgroups_ok = sandbox and Cgroups.usable()

    def close(self):
        shutil.rmtree(self.home, ignore_errors=True)

    def run(self, make_notebook, name, limits, inputs=None, returns=(), wall_seconds=None):
        """Runs a notebook as notebooks/NAME in a fresh job; returns the runner's result dict.

        `make_notebook(paths)` gives the notebook to run; `paths.job(file)` is where the
        notebook reads an input file (one of `inputs`, {file name: text}, read-only inside) and
        `paths.scratch(file)` where it writes one of `returns`, whose text comes back in
        result["files"][file] (None when it was not written).
        """
        job = Path(tempfile.mkdtemp(prefix="job-", dir=self.home))
        try:
            paths = JobPaths(self.sandbox, job)
            write_notebook(make_notebook(paths), job / "notebook.ipynb")
            for file_name, text in (inputs or {}).items():
                (job / file_name).write_text(text, encoding="utf-8")
            course = "/course" if self.sandbox else str(self._plain_course(job))
            request = {
                "notebook": paths.job("notebook.ipynb"), "name": name, "course": course,
                "limits": {"cell_timeout": limits.cell_timeout, "notebook_timeout": limits.notebook_timeout,
                           "max_restarts": limits.max_restarts, "setup_timeout": limits.setup_timeout},
                "make_folders": [paths.scratch("")],
                "returns": [paths.scratch(r) for r in returns],
            }
            (job / "request.json").write_text(json.dumps(request))
            wall = wall_seconds or limits.notebook_timeout + 120
            output = self._launch(job, wall)
            try:
                result = json.loads(output)
                result["notebook"] = nbformat.from_dict(result["notebook"])
            except (ValueError, KeyError, TypeError) as problem:
                raise JobFailed("the job sent back no readable result (its runner was stopped or "
                                f"its output was tampered with: {str(problem)[:80]})") from problem
            files = result.get("files") if isinstance(result.get("files"), dict) else {}
            result["files"] = {r: files.get(paths.scratch(r)) for r in returns}
            return result
        finally:
            shutil.rmtree(job, ignore_errors=True)

    def _plain_course(self, job):
        """Without the sandbox: a course folder for the job with the jar and datasets."""
        course = job / "course"
        (course / "lib" / "target").mkdir(parents=True)
        (course / "lib" / "target" / "bp-course.jar").symlink_to(self.course_jar)
        (course / "datasets").symlink_to(self.datasets)
        return course

    def _launch(self, job, wall_seconds):
        """Starts the runner (in a sandbox or not), waits at most wall_seconds, returns its stdout."""
        if self.sandbox:
            layout = {"jar": self.course_jar, "datasets": self.datasets, "kernels": self.home / "kernels",
                      "tools": self.home / "tools", "job": job}
            command = bwrap_command(layout, self.resources, "/job/request.json")
            env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
        else:
            command = ["/usr/bin/python3", str(self.home / "tools" / "sandbox_runner.py"), str(job / "request.json")]
            env = dict(os.environ, JUPYTER_PATH=str(self.home), PYDEVD_DISABLE_FILE_VALIDATION="1")
        cgroups = Cgroups(self.resources) if self.cgroups_ok else None
        resources = self.resources

        def prepare_child():
            if cgroups:
                cgroups.join()
            if self.sandbox:
                rlimits(resources)

        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                   stdin=subprocess.DEVNULL, env=env, cwd=str(job),
                                   start_new_session=True, preexec_fn=prepare_child)
        try:
            return self._read_capped(process, wall_seconds)
        finally:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            process.wait()
            if cgroups:
                cgroups.remove()

    def _read_capped(self, process, wall_seconds):
        """The process's stdout, stopping it at the wall-clock limit or the size cap."""
        import selectors
        limit = self.resources.result_mb << 20
        deadline = time.monotonic() + wall_seconds
        chunks, size = [], 0
        selector = selectors.DefaultSelector()
        selector.register(process.stdout, selectors.EVENT_READ)
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise JobFailed(f"the job ran past its wall-clock limit ({wall_seconds:g} s) and was stopped")
            if not selector.select(timeout=min(left, 1.0)):
                continue
            chunk = os.read(process.stdout.fileno(), 1 << 20)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                raise JobFailed(f"the job sent back more than {self.resources.result_mb} MB and was stopped")
            chunks.append(chunk)
        return b"".join(chunks).decode("utf-8", errors="replace")
