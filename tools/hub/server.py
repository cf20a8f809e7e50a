"""Running the classroom server: the class kernel, the settings file, start and stop.

The hub's state folder (default /var/lib/bp-course-hub) holds:

    private/   (0700, root only)  settings.json, shared-password, passwords.csv, roster.txt,
                                  the hub's database, cookie secret and pid files
    pack/      (0755)             the student pack and the one shared library jar
    share/jupyter/kernels/java    the class's `java` kernel (heap capped), for every student
"""

import errno
import json
import os
import shutil
import signal
import socket
import time
from pathlib import Path

from jupyter_client.kernelspec import KernelSpecManager

import kernel_archive
from kernel_archive import ARCHIVE
from nbmeta import NOTEBOOKS_DIR

CONFIG_FILE = Path(__file__).resolve().parent / "jupyterhub_config.py"


class HubError(RuntimeError):
    """The server cannot start or stop as asked; the message says what to do."""


def private_dir(state):
    return Path(state) / "private"


def prepare_state(state):
    """Creates the state folder: readable by students, with a root-only private/ inside."""
    state = Path(state)
    state.mkdir(parents=True, exist_ok=True)
    state.chmod(0o755)
    private_dir(state).mkdir(exist_ok=True)
    private_dir(state).chmod(0o700)


def capped_kernel_json(kernel_json, heap):
    """The course's kernel.json (its JVM flags, launcher and class archive) with a capped heap."""
    spec = json.loads(Path(kernel_json).read_text(encoding="utf-8"))
    argv = [arg for arg in spec["argv"] if not arg.startswith("-Xmx")]
    spec["argv"] = argv[:1] + [f"-Xmx{heap}"] + argv[1:]
    spec["display_name"] = "Java"
    return spec


def install_class_kernel(kernel_source, state, heap):
    """Installs the `java` kernelspec for every student under state/share/jupyter, with a class
    archive of its own (recorded once: kept while the kernel stays the same); returns the folder
    that goes into the students' JUPYTER_PATH."""
    kernel_source = Path(kernel_source)
    if not (kernel_source / "kernel.json").is_file():
        raise HubError(f"no IJava kernel in {kernel_source}: run ./course start once, or "
                       "./course hub through the course command, which fetches it")
    staged = Path(state) / "share" / "kernel-staging"
    shutil.rmtree(staged, ignore_errors=True)
    staged.mkdir(parents=True)
    for entry in kernel_source.iterdir():   # not a class archive: one is made for these paths
        if entry.is_file() and entry.name not in ("kernel.json", ARCHIVE):
            (staged / entry.name).write_bytes(entry.read_bytes())
    spec = capped_kernel_json(kernel_source / "kernel.json", heap)
    (staged / "kernel.json").write_text(json.dumps(spec, indent=1) + "\n", encoding="utf-8")
    installed = Path(state) / "share" / "jupyter" / "kernels" / "java"
    if not same_files(staged, installed):
        KernelSpecManager().install_kernel_spec(str(staged), "java", prefix=str(state))
    if not kernel_archive.usable(installed):
        print("==> recording the classes the class kernel loads, so that kernels start faster",
              flush=True)
        try:
            kernel_archive.record(installed, NOTEBOOKS_DIR)
        except Exception as problem:   # kernels start without it, a little slower
            print(f"hub: no class archive for the class kernel ({problem})", flush=True)
    for path in [Path(state) / "share", *(Path(state) / "share").rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    return str(Path(state) / "share" / "jupyter")


def same_files(staged, installed):
    """True when the installed kernelspec holds exactly the staged files (and perhaps its archive)."""
    if not installed.is_dir():
        return False
    names = {p.name for p in staged.iterdir()}
    if {p.name for p in installed.iterdir()} - {ARCHIVE} != names:
        return False
    return all((installed / name).read_bytes() == (staged / name).read_bytes() for name in names)


def port_is_free(ip, port):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((ip, port))
        except OSError as problem:
            if problem.errno == errno.EADDRINUSE:
                return False
            raise HubError(f"cannot listen on {ip}:{port}: {problem.strerror} "
                           "(is that an address of this machine?)")
    return True


def running_pid(pid_file):
    """The pid in a pid file when that process still runs, else None."""
    try:
        pid = int(Path(pid_file).read_text().strip())
        os.kill(pid, 0)
    except (OSError, ValueError):
        return None
    return pid


def check_can_start(settings):
    """Refuses to start over a running hub or on a port in use, with what to do."""
    pid = running_pid(private_dir(settings["state"]) / "jupyterhub.pid")
    if pid:
        raise HubError(f"a classroom server already runs from {settings['state']} (pid {pid}): "
                       "stop it with ./course hub stop")
    for what, ip, port in (("--port", settings["ip"], settings["port"]),
                           ("--hub-port", "127.0.0.1", settings["hub_port"]),
                           ("--proxy-api-port", "127.0.0.1", settings["proxy_api_port"])):
        if not port_is_free(ip, port):
            raise HubError(f"port {port} on {ip} is in use: choose another with {what} N")


def write_settings(settings):
    path = private_dir(settings["state"]) / "settings.json"
    path.write_text(json.dumps(settings, indent=1) + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def serve(settings):
    """Replaces this process by JupyterHub (Ctrl-C or ./course hub stop ends it cleanly)."""
    check_can_start(settings)
    env = dict(os.environ, BP_HUB_SETTINGS=str(write_settings(settings)))
    os.chdir(private_dir(settings["state"]))
    os.execve("/usr/bin/jupyterhub", ["jupyterhub", "-f", str(CONFIG_FILE)], env)


def wait_gone(pid, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.2)
    return False


def stop(state, seconds=60):
    """Stops the hub of this state folder (it stops the students' servers and the proxy)."""
    private = private_dir(state)
    pid = running_pid(private / "jupyterhub.pid")
    if not pid:
        return False
    os.kill(pid, signal.SIGTERM)
    if not wait_gone(pid, seconds):
        raise HubError(f"the hub (pid {pid}) did not stop within {seconds} s: "
                       f"kill {pid} by hand, then check `ps -u` for the students' servers")
    proxy = running_pid(private / "proxy.pid")
    if proxy:
        os.kill(proxy, signal.SIGTERM)
        wait_gone(proxy, 10)
    return True
