#!/usr/bin/python3
"""The Java kernel's class archive: kernels start faster when the JVM maps the classes it needs
from one file made beforehand (class data sharing) instead of reading and checking them one by
one from the jars.

Each kernel loads the same few thousand classes: IJava and its ZeroMQ messaging, JShell and javac
(every cell is compiled), and the parts of the JDK the library's tables and charts use. `./course`
runs this right after it installs the `java` kernelspec. It starts the installed kernel once with
-XX:ArchiveClassesAtExit, runs the first chapter in it, and shuts it down; the JVM then writes the
classes it loaded into bp-kernel.jsa beside the jars. The kernelspec starts every kernel with
-XX:SharedArchiveFile={resource_dir}/bp-kernel.jsa. The archive changes only where classes come
from: a JVM that cannot use it (the file missing, another JDK, the jars changed) loads them from
the jars as before. The course library's classes, which JShell loads (IJAVA_CLASSPATH), are in
it too; the JVM takes one of them from the archive only while its bytes in the jar are the same.
./course bench times kernels with and without it (BENCHMARKS.md).

Run: /usr/bin/python3 tools/kernel_archive.py KERNELSPEC_FOLDER   (makes the archive unless the
folder already has one this JDK can use; --check only says whether it has)
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import kernelspecs
from nbmeta import COURSE_ROOT, notebook_files, read_notebook, source_of

ARCHIVE = "bp-kernel.jsa"
USE_ARCHIVE = "-XX:SharedArchiveFile={resource_dir}/" + ARCHIVE   # in the kernelspec's argv
CELL_TIMEOUT = 120
SHUTDOWN_SECONDS = 60   # the JVM writes the archive as it exits


def launcher_command(folder, spec, archive_flag):
    """The kernelspec's command with `archive_flag` in place of its use of the archive, and
    {resource_dir} spelled out: the archive holds the jars' absolute paths."""
    argv = [archive_flag if arg == USE_ARCHIVE else arg for arg in spec["argv"]]
    if archive_flag not in argv:
        argv.insert(1, archive_flag)
    return [arg.replace("{resource_dir}", str(folder)) for arg in argv]


def read_spec(folder):
    return json.loads((Path(folder) / "kernel.json").read_text(encoding="utf-8"))


def usable(folder, archive=None):
    """True when the JVM of the kernelspec in `folder` can map `archive` (its own by default).
    -Xshare:on makes a JVM that cannot use it stop at once, and a truncated archive crashes it;
    one that can reaches the launcher, which stops for want of a connection file."""
    folder = Path(folder).absolute()   # as Jupyter names it: the archive keeps that path
    archive = folder / ARCHIVE if archive is None else Path(archive)
    if not archive.is_file():
        return False
    command = launcher_command(folder, read_spec(folder), f"-XX:SharedArchiveFile={archive}")
    command = [arg for arg in command if arg != "{connection_file}"]
    probe = subprocess.run(command[:1] + ["-Xshare:on", "-XX:-CreateCoredumpOnCrash",
                                          "-XX:ErrorFile=/dev/null"] + command[1:],
                           capture_output=True, text=True, timeout=60, cwd=tempfile.gettempdir())
    return "Missing connection file" in probe.stderr


def first_chapter_cells(notebooks):
    """The code cells the archive run executes: the whole first chapter (setup, tables, a chart)."""
    first = notebook_files([notebooks])[0]
    return first, [source_of(cell) for cell in read_notebook(first).cells
                   if cell.cell_type == "code"]


def record(folder, notebooks):
    """Runs the first chapter in the kernelspec's kernel with -XX:ArchiveClassesAtExit, then shuts
    the kernel down so that the JVM writes the archive; moves it into place only when complete."""
    folder = Path(folder).absolute()   # as Jupyter names it: the archive keeps that path
    chapter, cells = first_chapter_cells(notebooks)
    written = folder / f"{ARCHIVE}.{os.getpid()}.new"   # two recordings at once never share it
    written.unlink(missing_ok=True)
    recording = launcher_command(folder, read_spec(folder), f"-XX:ArchiveClassesAtExit={written}")
    try:
        with tempfile.TemporaryDirectory(prefix="bp-archive-") as tmp:
            copy = kernelspecs.copy_with(dict(read_spec(folder), argv=recording), tmp)
            manager, client = kernelspecs.start_kernel(copy, chapter.parent, SHUTDOWN_SECONDS)
            try:
                for code in cells:   # a released copy's exercises fail: their classes load anyway
                    client.execute_interactive(code, timeout=CELL_TIMEOUT,
                                               output_hook=lambda _: None)
            finally:
                client.stop_channels()
                manager.shutdown_kernel(now=False)   # a clean exit: the JVM writes the archive
        if not usable(folder, written):   # a JVM that maps a truncated archive crashes
            raise RuntimeError("the JVM wrote no class archive it can use")
        os.replace(written, folder / ARCHIVE)
    finally:
        written.unlink(missing_ok=True)   # what a failed recording wrote


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    check = "--check" in args
    folders = [a for a in args if a != "--check"]
    if len(folders) != 1:
        raise SystemExit("usage: kernel_archive.py [--check] KERNELSPEC_FOLDER")
    folder = Path(folders[0])
    if not (folder / "kernel.json").is_file():
        raise SystemExit(f"kernel_archive: {folder} holds no kernel.json (a kernelspec folder?)")
    if usable(folder):
        return 0
    if check:
        print(f"kernel_archive: {folder / ARCHIVE} is missing or this JDK cannot use it")
        return 1
    try:
        record(folder, COURSE_ROOT / "notebooks")
        return 0
    except Exception as error:
        problem = str(error)
    # The kernel works without the archive; it only starts a little slower.
    print(f"kernel_archive: no class archive for the Java kernel ({problem}); kernels start "
          "without it", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
