#!/usr/bin/python3
"""Gathers the students' notebooks from the classroom server into SUBMISSIONS/<student>/.

    ./course collect [--roster FILE] [--out DIR] [--notebook NAME ...]

For each student (the roster file, or every student the hub's roster runs set up) it copies the
chapter notebooks of ~<student>/bp-course/workspace/ to OUT/<student>/<chapter>.ipynb, the
layout `./course grade OUT` reads. Only notebooks named like a master chapter are taken.

The students' files are only read: each folder and file is opened without following symbolic
links (O_NOFOLLOW at every step), and only a regular file owned by the student and below the
size limit is copied, with its modification time. Anything else is left out with a reason, so a
link a student planted cannot make the teacher collect a file the student could not read.

Run as root with Jupyter's Python: /usr/bin/python3 tools/collect.py [options]
"""

import argparse
import errno
import os
import pwd
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path

TOOLS_DIR = Path(__file__).resolve().parent
COURSE_ROOT = TOOLS_DIR.parent
sys.path.insert(0, str(TOOLS_DIR))

from hub.roster import RosterError, read_roster  # noqa: E402

WORKSPACE = ("bp-course", "workspace")
DEFAULT_STATE = "/var/lib/bp-course-hub"
MAX_BYTES = 50 * 1024 * 1024
DIRECTORY_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW
FILE_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK   # a FIFO cannot block the copy


@dataclass
class Collected:
    student: str
    copied: list = field(default_factory=list)
    left_out: list = field(default_factory=list)   # (name, reason)
    problem: str = None


def open_workspace(home):
    """A descriptor of home/bp-course/workspace, opened with no link followed at any step."""
    descriptor = os.open(home, DIRECTORY_FLAGS)
    try:
        for part in WORKSPACE:
            inner = os.open(part, DIRECTORY_FLAGS, dir_fd=descriptor)
            os.close(descriptor)
            descriptor = inner
    except OSError:
        os.close(descriptor)
        raise
    return descriptor


def open_quietly(name, folder):
    """Opens a file for reading without updating its access time when allowed."""
    try:
        return os.open(name, FILE_FLAGS | os.O_NOATIME, dir_fd=folder)
    except PermissionError:
        return os.open(name, FILE_FLAGS, dir_fd=folder)


def read_own_file(name, folder, uid, max_bytes):
    """(data, stat) of a regular file owned by uid; raises ValueError saying why not."""
    try:
        descriptor = open_quietly(name, folder)
    except OSError as problem:
        reason = "a symbolic link" if problem.errno == errno.ELOOP else problem.strerror
        raise ValueError(f"not copied: {reason}")
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise ValueError("not copied: not a regular file")
        if info.st_uid != uid:
            raise ValueError(f"not copied: owned by uid {info.st_uid}, not by the student")
        if info.st_size > max_bytes:
            raise ValueError(f"not copied: {info.st_size / 1e6:.0f} MB, over the "
                             f"{max_bytes / 1e6:.0f} MB limit")
        chunks, left = [], info.st_size + 1
        while left > 0:
            chunk = os.read(descriptor, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
        if len(data) > info.st_size:
            raise ValueError("not copied: the file grew while it was read; collect again")
        return data, info
    finally:
        os.close(descriptor)


def write_copy(path, data, info):
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(data)
    os.utime(partial, ns=(info.st_mtime_ns, info.st_mtime_ns))
    partial.replace(path)


def collect_student(student, home, uid, out_dir, wanted, max_bytes=MAX_BYTES):
    """Copies one student's chapter notebooks; returns what was copied and what was not."""
    result = Collected(student)
    try:
        folder = open_workspace(home)
    except OSError as problem:
        not_real = problem.errno in (errno.ELOOP, errno.ENOTDIR)
        reason = ("is not a real folder (a symbolic link or a file): not entered" if not_real
                  else f"cannot be opened ({problem.strerror})")
        result.problem = f"{Path(home, *WORKSPACE)} {reason}"
        return result
    try:
        for name in sorted(os.listdir(folder)):
            if name not in wanted:
                continue
            try:
                data, info = read_own_file(name, folder, uid, max_bytes)
            except ValueError as reason:
                result.left_out.append((name, str(reason)))
                continue
            write_copy(Path(out_dir) / student / name, data, info)
            result.copied.append(name)
    finally:
        os.close(folder)
    return result


def chapter_names(masters_dir):
    return {p.name for p in Path(masters_dir).glob("*.ipynb") if not p.name.startswith(".")}


def wanted_names(masters_dir, only):
    """The notebook names to collect: every master chapter, or those named with --notebook."""
    chapters = chapter_names(masters_dir)
    if not only:
        return chapters
    unknown = sorted(set(only) - chapters)
    if unknown:
        raise ValueError(f"--notebook {', '.join(unknown)}: no such chapter in {masters_dir} "
                         f"(chapters: {', '.join(sorted(chapters))})")
    return set(only)


def students_of(roster, state):
    """The roster's names, or those the hub set up (its state's roster.txt)."""
    if roster:
        return read_roster(roster)
    recorded = Path(state) / "private" / "roster.txt"
    if not recorded.is_file():
        raise ValueError(f"no roster given and no classroom server set up in {state}: "
                         "pass --roster FILE (one student login a line)")
    return recorded.read_text(encoding="utf-8").split()


def report(result):
    if result.problem:
        return f"{result.student:<16} nothing collected: {result.problem}"
    lines = [f"{result.student:<16} {len(result.copied)} notebook(s)"]
    lines += [f"{'':<16}   left out {name}: {reason}" for name, reason in result.left_out]
    return "\n".join(lines)


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="course collect",
        description="Copy the students' chapter notebooks from the classroom server into "
                    "OUT/<student>/, the folder ./course grade reads. Students' files are "
                    "only read; links are never followed.")
    parser.add_argument("--roster", metavar="FILE",
                        help="the students to collect (default: every student the hub set up)")
    parser.add_argument("--out", default=str(COURSE_ROOT / "target" / "submissions"), metavar="DIR",
                        help="where OUT/<student>/<chapter>.ipynb go (default target/submissions)")
    parser.add_argument("--notebook", action="append", default=[], metavar="NAME",
                        help="collect only this chapter, e.g. 02-two-two-one.ipynb (repeatable)")
    parser.add_argument("--state", default=DEFAULT_STATE, metavar="DIR",
                        help=f"the classroom server's files (default {DEFAULT_STATE})")
    parser.add_argument("--masters", default=str(COURSE_ROOT / "notebooks"), metavar="DIR",
                        help="the master chapters whose names are collected (default notebooks/)")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    try:
        students = students_of(args.roster, args.state)
        wanted = wanted_names(args.masters, args.notebook)
    except (ValueError, RosterError) as problem:
        print(f"collect: {problem}", file=sys.stderr)
        return 2
    out_dir = Path(args.out).resolve()
    total = 0
    for student in students:
        try:
            entry = pwd.getpwnam(student)
        except KeyError:
            print(f"{student:<16} nothing collected: no such account")
            continue
        result = collect_student(student, entry.pw_dir, entry.pw_uid, out_dir, wanted)
        total += len(result.copied)
        print(report(result), flush=True)
    print(f"collected {total} notebook(s) of {len(students)} student(s) into {out_dir}; "
          f"grade them with ./course grade {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
