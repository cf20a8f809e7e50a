"""Shared helpers of the tools' tests: imports, a course folder to run notebooks in, hashing."""

import hashlib
import shutil
import subprocess
import sys
import time
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parent
TOOLS_DIR = TESTS_DIR.parent
COURSE_ROOT = TOOLS_DIR.parent
FIXTURES = TESTS_DIR / "fixtures" / "notebooks"
LIB_JAR = COURSE_ROOT / "lib" / "target" / "bp-course.jar"

if str(TOOLS_DIR) not in sys.path:
    sys.path.insert(0, str(TOOLS_DIR))

from nbmeta import make_course_mirror  # noqa: E402  (needs the path above)


def stable_jar(wait_seconds=300):
    """The course jar, once it exists and has not changed for 3 s (another build may be writing it)."""
    deadline = time.monotonic() + wait_seconds
    while time.monotonic() < deadline:
        if LIB_JAR.is_file():
            before = LIB_JAR.stat()
            time.sleep(3)
            after = LIB_JAR.stat() if LIB_JAR.is_file() else None
            if after and (before.st_size, before.st_mtime) == (after.st_size, after.st_mtime):
                return LIB_JAR
        else:
            time.sleep(3)
    raise AssertionError(f"{LIB_JAR} is missing: build it with mvn -q -o package -DskipTests")


def course_folder(dest):
    """A folder laid out like the course (lib/, datasets/, ... and an empty notebooks/) in dest.

    Everything is linked to the real course except the jar, which is copied, so that a build
    running elsewhere cannot change it under a test. Returns the path of the notebooks/ folder.
    """
    notebooks = make_course_mirror(COURSE_ROOT, dest)
    lib = Path(dest) / "lib"
    if lib.is_symlink():
        lib.unlink()
    (lib / "target").mkdir(parents=True)
    for entry in (COURSE_ROOT / "lib").iterdir():
        if entry.name != "target":
            (lib / entry.name).symlink_to(entry)
    shutil.copy2(stable_jar(), lib / "target" / "bp-course.jar")
    return notebooks


def run_tool(script, *args, timeout=900):
    """Runs tools/<script> with this Python; returns the CompletedProcess (text output)."""
    return subprocess.run([sys.executable, str(TOOLS_DIR / script), *map(str, args)],
                          capture_output=True, text=True, timeout=timeout)


def tree_hashes(folder):
    """{relative path: sha256} of every file under folder."""
    folder = Path(folder)
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def chapter_notebooks():
    """The chapter notebooks currently in notebooks/."""
    return sorted(p for p in (COURSE_ROOT / "notebooks").glob("[0-9]*.ipynb"))
