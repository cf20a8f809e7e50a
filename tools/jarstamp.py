#!/usr/bin/env python3
"""The course jar's stamp: which sources it was built from, and its own hash.

`./course` writes the stamp right after it builds lib/target/bp-course.jar. The grader uses the
jar only while both still hold (the jar's bytes and the library's sources are what they were at
that build); otherwise it builds the jar again. So a jar changed after the build — by hand, or by
code that ran on this machine — is never used for grading.

Usage: python3 tools/jarstamp.py write|check
"""

import hashlib
import json
import sys
from pathlib import Path

COURSE_ROOT = Path(__file__).resolve().parent.parent
JAR = COURSE_ROOT / "lib" / "target" / "bp-course.jar"
STAMP = COURSE_ROOT / "lib" / "target" / "bp-course.jar.stamp"
SOURCES = ["pom.xml", "lib/pom.xml", "lib/src/main"]


def file_hash(path):
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sources_hash(root=COURSE_ROOT):
    """One hash over the library's build inputs: every file's path and bytes."""
    digest = hashlib.sha256()
    for entry in SOURCES:
        path = root / entry
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            digest.update(str(file.relative_to(root)).encode() + b"\0" + file_hash(file).encode())
    return digest.hexdigest()


def current(root=COURSE_ROOT):
    jar = root / JAR.relative_to(COURSE_ROOT)
    return {"sources": sources_hash(root), "jar": file_hash(jar) if jar.is_file() else None}


def write(root=COURSE_ROOT):
    (root / STAMP.relative_to(COURSE_ROOT)).write_text(json.dumps(current(root)))


def holds(root=COURSE_ROOT):
    """True when the jar is the one built from today's sources (see the module doc)."""
    stamp = root / STAMP.relative_to(COURSE_ROOT)
    try:
        recorded = json.loads(stamp.read_text())
    except (OSError, ValueError):
        return False
    now = current(root)
    return now["jar"] is not None and recorded == now


def main(argv):
    if argv[1:] == ["write"]:
        write()
        return 0
    if argv[1:] == ["check"]:
        return 0 if holds() else 1
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
