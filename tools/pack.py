#!/usr/bin/python3
"""Builds the student pack: `./course release --pack [--out DIR]` (default DIR target/pack).

Writes DIR/bp-course-student/ and DIR/bp-course-student.zip (one top folder in the zip): the
library's sources (lib/pom.xml, lib/src/main; not its tests), the Maven build (pom.xml, mvnw,
mvnw.cmd, .mvn/), datasets/, the `course` command with the tools the learner's commands use
(start, reset, solution, progress, build), a student README, and in notebooks/ the released
chapters (answers stubbed, teacher-only tests removed, outputs cleared) with the other files of
notebooks/. A `.student-pack` file marks the folder as a pack, so its `course` knows there are
no masters. Nothing else is copied: no master notebook, no grading tools or tests, no git
history.

Before the zip is written every file is scanned: a solution or hidden-test delimiter anywhere,
or a .git entry, stops the build and removes what was written.

Run with Jupyter's Python: /usr/bin/python3 tools/pack.py [--out DIR]
"""

import argparse
import datetime
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from nbmeta import COURSE_ROOT, notebook_files, read_notebook, write_notebook
from release import ReleaseError, release_notebook
from workspace import PACK_MARKER, assets

PACK_NAME = "bp-course-student"
COPIED = ["pom.xml", "mvnw", "mvnw.cmd", ".mvn", "datasets", "course", "lib/pom.xml", "lib/src/main",
          "tools/kernel"]
LEARNER_TOOLS = ["__init__.py", "nbmeta.py", "kernel_runner.py", "kernel_archive.py", "kernelspecs.py",
                 "workspace.py", "progress.py", "solution.py"]
STUDENT_README = Path(__file__).resolve().parent / "pack_README.md"
FORBIDDEN = [b"BEGIN SOLUTION", b"END SOLUTION", b"BEGIN HIDDEN TESTS", b"HIDDEN TESTS"]
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", ".ipynb_checkpoints", ".DS_Store")


class PackError(ValueError):
    """The pack cannot be built safely; the message says why and what to do."""


def copy_entry(root, dest, relative):
    """Copies a file or folder of the course to the same place in the pack."""
    source, target = root / relative, dest / relative
    if not source.exists():
        raise PackError(f"{relative} is missing from the course folder {root}")
    target.parent.mkdir(parents=True, exist_ok=True)
    if source.is_dir():
        shutil.copytree(source, target, ignore=IGNORED)
    else:
        shutil.copy2(source, target)


def release_chapters(root, dest):
    """Writes the released chapters and the other files of notebooks/ into the pack."""
    masters = notebook_files([root / "notebooks"])
    if not masters:
        raise PackError(f"no notebooks in {root / 'notebooks'}: nothing to pack")
    for master in masters:
        try:
            released = release_notebook(read_notebook(master), master.name)
        except (ReleaseError, ValueError, OSError) as problem:
            raise PackError(f"{master.name} cannot be released: {problem}") from problem
        write_notebook(released, dest / "notebooks" / master.name)
    for relative, path in assets(root).items():
        (dest / "notebooks" / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, dest / "notebooks" / relative)
    return [m.name for m in masters]


def source_commit(root):
    """The course's git commit, or None when it is not a git checkout."""
    try:
        result = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
                                capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout.strip() or None


def write_marker(root, dest, chapters):
    marker = {"pack": PACK_NAME, "made": datetime.datetime.now().isoformat(timespec="seconds"),
              "from_commit": source_commit(root), "chapters": chapters}
    (dest / PACK_MARKER).write_text(json.dumps(marker, indent=1) + "\n", encoding="utf-8")


def leaks(folder):
    """The files of the folder that hold a delimiter or are part of git history."""
    found = []
    for path in sorted(Path(folder).rglob("*")):
        relative = path.relative_to(folder)
        if ".git" in relative.parts:
            found.append(f"{relative}: git history")
        elif path.is_file():
            data = path.read_bytes()
            found += [f"{relative}: holds {word.decode()}" for word in FORBIDDEN if word in data]
    return found


def write_zip(folder, zip_path):
    """Zips the folder under its own name, keeping the files' modes (course, mvnw stay runnable)."""
    partial = zip_path.with_suffix(".zip.partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            archive.write(path, Path(folder.name) / path.relative_to(folder))
    partial.replace(zip_path)


def check_destination(root, out_dir):
    """Refuses an --out that would write into the course's own folders or over other files."""
    for inside in ("notebooks", "workspace", "lib", "tools", "datasets"):
        if out_dir == root / inside or (root / inside) in out_dir.parents:
            raise PackError(f"--out {out_dir} is inside the course's {inside}/: choose another "
                            "folder (default: target/pack)")
    if out_dir == root:
        raise PackError("--out is the course folder itself: choose another folder (default: target/pack)")
    folder = out_dir / PACK_NAME
    if folder.exists() and not (folder / PACK_MARKER).is_file():
        raise PackError(f"{folder} exists and is not a student pack: move it away or choose "
                        "another --out")
    if (folder / "workspace").exists():
        raise PackError(f"{folder} holds a learner's workspace/, which a new pack would delete: "
                        "move it away or choose another --out")


def build(out_dir, root=COURSE_ROOT):
    """Writes out_dir/bp-course-student/ and its zip; returns (folder, zip path)."""
    root, out_dir = Path(root).resolve(), Path(out_dir).resolve()
    check_destination(root, out_dir)
    folder, zip_path = out_dir / PACK_NAME, out_dir / f"{PACK_NAME}.zip"
    shutil.rmtree(folder, ignore_errors=True)
    zip_path.unlink(missing_ok=True)
    folder.mkdir(parents=True)
    try:
        for relative in COPIED:
            copy_entry(root, folder, relative)
        for name in LEARNER_TOOLS:
            copy_entry(root, folder, f"tools/{name}")
        shutil.copy2(STUDENT_README, folder / "README.md")
        write_marker(root, folder, release_chapters(root, folder))
        found = leaks(folder)
        if found:
            raise PackError("the pack would give answers away: " + "; ".join(found[:10]))
    except Exception:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    write_zip(folder, zip_path)
    return folder, zip_path


def size_of(folder):
    return sum(p.stat().st_size for p in Path(folder).rglob("*") if p.is_file())


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="course release --pack",
        description="Build the student pack: the course without answers, teacher-only tests, "
                    "master notebooks or git history, as a folder and a zip.")
    parser.add_argument("--out", default=str(COURSE_ROOT / "target" / "pack"), metavar="DIR",
                        help=f"where {PACK_NAME}/ and {PACK_NAME}.zip go (default: target/pack)")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    try:
        folder, zip_path = build(args.out)
    except PackError as problem:
        print(f"course: {problem}", file=sys.stderr)
        return 1
    chapters = len(list((folder / "notebooks").glob("*.ipynb")))
    print(f"student pack: {folder} ({chapters} released chapter(s), {size_of(folder) / 1e6:.1f} MB)")
    print(f"zip:          {zip_path} ({zip_path.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
