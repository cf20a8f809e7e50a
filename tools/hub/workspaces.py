"""Each student's copy of the course, made from the student pack and never over their work.

The pack (`./course release --pack`: released chapters, library sources, datasets, the
`course` command; no masters, no answers) is built once per roster run into the hub's state
folder, beside one copy of the library jar. Every student then gets, in ~/bp-course/:

- the pack's files that they do not have yet (`cp --no-clobber`: nothing of theirs is replaced);
- lib/target/bp-course.jar as a link to the one shared jar (read-only, built once);
- workspace/ prepared by the pack's own `tools/workspace.py prepare`: chapters they do not have
  are copied in, chapters they have are kept as they are.

Every file operation in a student's home runs as that student (never as root), so a link a
student planted cannot make the roster write anywhere the student could not write already.
"""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

COURSE_FOLDER = "bp-course"
PACK_NAME = "bp-course-student"
JAR_NAME = "bp-course.jar"
STUDENT_PATH = "/usr/local/bin:/usr/bin:/bin"


class WorkspaceError(RuntimeError):
    """A pack or a student's copy that could not be made; the message says why."""


def pack_paths(state):
    """(shared pack folder, shared jar) inside the hub's state folder."""
    return Path(state) / "pack" / PACK_NAME, Path(state) / "pack" / JAR_NAME


def open_to_all(folder):
    """Lets every student read the folder (files 0644, folders 0755); it stays root's."""
    for path in [folder, *Path(folder).rglob("*")]:
        if path.is_symlink():
            continue
        executable = path.is_dir() or os.access(path, os.X_OK)
        path.chmod(0o755 if executable else 0o644)


def install_pack(course_root, state, jar):
    """Builds the student pack with ./course release --pack and puts it, with the jar, in place."""
    pack, shared_jar = pack_paths(state)
    pack.parent.mkdir(parents=True, exist_ok=True)
    pack.parent.chmod(0o755)
    with tempfile.TemporaryDirectory(prefix="pack-", dir=pack.parent) as scratch:
        result = subprocess.run([str(Path(course_root) / "course"), "release", "--pack",
                                 "--out", scratch], capture_output=True, text=True)
        built = Path(scratch) / PACK_NAME
        if result.returncode != 0 or not built.is_dir():
            raise WorkspaceError("./course release --pack failed:\n"
                                 + (result.stderr or result.stdout).strip())
        open_to_all(built)
        old = Path(scratch) / "previous"
        if pack.exists():
            pack.rename(old)
        built.rename(pack)
    partial = shared_jar.with_suffix(".partial")
    shutil.copyfile(jar, partial)
    partial.chmod(0o644)
    partial.replace(shared_jar)   # running kernels keep the jar they opened
    return pack, shared_jar


def as_student(student, command):
    """Runs a command as the student (their uid and group only, private umask) in their home."""
    env = {"HOME": str(student.home), "USER": student.name, "LOGNAME": student.name,
           "PATH": STUDENT_PATH, "LANG": "C.UTF-8", "PYDEVD_DISABLE_FILE_VALIDATION": "1"}
    result = subprocess.run(command, user=student.uid, group=student.gid, extra_groups=[],
                            umask=0o077, env=env, cwd=student.home,
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise WorkspaceError(f"{student.name}: {command[0]} failed: "
                             f"{(result.stderr or result.stdout).strip()}")
    return result.stdout


def give_copy(student, pack, shared_jar):
    """Adds what the student lacks of the pack to ~/bp-course; returns the new files' count."""
    course = student.home / COURSE_FOLDER
    as_student(student, ["mkdir", "-p", str(course)])
    copied = as_student(student, ["cp", "--recursive", "--no-clobber", "--verbose",
                                  "--preserve=mode,timestamps", f"{pack}/.", f"{course}/"])
    link = course / "lib" / "target" / JAR_NAME
    as_student(student, ["sh", "-c", 'mkdir -p "$(dirname "$1")" && '
                         '{ [ -e "$1" ] || [ -L "$1" ] || ln -s "$2" "$1"; }',
                         "link-jar", str(link), str(shared_jar)])
    prepared = as_student(student, ["sh", "-c", 'cd "$1" && exec /usr/bin/python3 '
                                    'tools/workspace.py prepare', "prepare", str(course)])
    return sum(" -> " in line for line in copied.splitlines()), prepared.strip()
