#!/usr/bin/python3
"""The learner's workspace: workspace/, where a learner's own copies of the chapters live.

`./course start` serves workspace/, never the masters in notebooks/. The folder sits next to
notebooks/, so a notebook's relative paths (../lib/target/bp-course.jar, ../datasets/...) work
the same in both. `prepare` makes it:

- every chapter of notebooks/ that is not in workspace/ yet is copied in as the learner's version
  (in the full course: released, i.e. answers stubbed, teacher-only checks removed, outputs
  cleared; in the student pack notebooks/ holds released copies already, which are copied);
- a chapter already in workspace/ is never overwritten, even when its master changed: one line
  then says so and how to get the new version (`./course reset NN`);
- other files of notebooks/ (pictures, data; never a notebook) are copied in the same way;
- every notebook in workspace/ is trusted (as `jupyter trust` does), so its charts show.

`reset CHAPTER` first moves the learner's copy to workspace/backups/NAME-YYYYmmdd-HHMMSS.ipynb,
then writes a fresh copy. No command ever deletes or overwrites a file the learner has.

workspace/.course-workspace.json remembers what each file was when it was copied in, which is
how a changed master is noticed.

Run with Jupyter's Python: /usr/bin/python3 tools/workspace.py prepare | reset CHAPTER
"""

import argparse
import hashlib
import json
import re
import sys
import time
from pathlib import Path

import nbformat

from nbmeta import COURSE_ROOT, notebook_files, read_notebook, source_of, without_outputs

STATE_FILE = ".course-workspace.json"
BACKUPS = "backups"
PACK_MARKER = ".student-pack"
SKIPPED_NAMES = {".ipynb_checkpoints", "__pycache__"}


class WorkspaceError(ValueError):
    """A request the workspace cannot carry out; the message says what to do."""


def is_student_pack(root=COURSE_ROOT):
    """True in the student pack, whose notebooks/ holds released copies and no masters."""
    return (Path(root) / PACK_MARKER).is_file()


def workspace_dir(root=COURSE_ROOT):
    return Path(root) / "workspace"


def chapters(root=COURSE_ROOT):
    """The chapter notebooks of notebooks/ (masters, or released copies in the pack), sorted."""
    folder = Path(root) / "notebooks"
    return notebook_files([folder]) if folder.is_dir() else []


def learner_version(root, chapter):
    """The text of the learner's version of a chapter: released from the master, or the file
    itself, without outputs, when it is a released copy already (always so in the pack)."""
    nb = read_notebook(chapter)
    if not is_student_pack(root):
        nb = released(nb, chapter.name)
    return nbformat.writes(without_outputs(nb)) + "\n"


def released(nb, name):
    """The released version of a master; a notebook released before (the teacher handed out
    released copies to put in notebooks/) is returned as it is."""
    from release import ReleaseError, delimiter, release_notebook  # not in the student pack
    try:
        return release_notebook(nb, name)
    except ReleaseError:
        lines = [line for cell in nb.cells for line in source_of(cell).split("\n")]
        if any(delimiter(line) for line in lines):
            raise  # a master with broken regions: copying it could show an answer
        return nb


def digest(data):
    """The sha256 of a text or bytes."""
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def load_state(folder):
    """{file name: digest of the version copied in} (empty when there is no record)."""
    try:
        return json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def save_state(folder, state):
    (folder / STATE_FILE).write_text(json.dumps(state, indent=1, sort_keys=True) + "\n",
                                     encoding="utf-8")


def write_new(path, data):
    """Creates `path` with `data`; never replaces a file that exists (raises FileExistsError)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode, encoding = ("xb", None) if isinstance(data, bytes) else ("x", "utf-8")
    with open(path, mode, encoding=encoding) as stream:
        stream.write(data)


def chapter_number(name):
    """The leading number of NN-name.ipynb as written ("02"), or the name without .ipynb."""
    match = re.match(r"(\d+)-", name)
    return match.group(1) if match else Path(name).stem


def assets(root):
    """{relative path: file} of the non-notebook files of notebooks/ (hidden ones skipped)."""
    folder = Path(root) / "notebooks"
    found = {}
    if not folder.is_dir():
        return found
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") or part in SKIPPED_NAMES for part in relative.parts):
            continue
        if path.is_file() and path.suffix != ".ipynb":
            found[str(relative)] = path
    return found


def sync_file(folder, state, name, data, say, changed_line):
    """Copies one file into the workspace unless the learner has it.

    Returns "new" (first copy), "again" (the learner had removed it) or None (left alone)."""
    target = folder / name
    fresh = digest(data)
    if not target.exists():
        write_new(target, data)
        copied = "again" if name in state else "new"
        state[name] = fresh
        return copied
    if name not in state:
        state[name] = fresh  # a workspace made before this record existed: adopt it as it is
    elif state[name] != fresh:
        say(changed_line)
    return None


def prepare(root=COURSE_ROOT, say=print):
    """Creates or completes workspace/ (see the module doc); returns the names copied in."""
    root = Path(root)
    folder = workspace_dir(root)
    first = not folder.exists()
    folder.mkdir(exist_ok=True)
    state = load_state(folder)
    copied = {**sync_chapters(root, folder, state, say), **sync_assets(root, folder, state, say)}
    save_state(folder, state)
    trust(sorted(folder.glob("*.ipynb")), say)
    copied = {name: how for name, how in copied.items() if how}
    report_copied(first, copied, say)
    return sorted(copied)


def sync_chapters(root, folder, state, say):
    """{chapter: how it was copied, or None} for every chapter of notebooks/."""
    copied = {}
    for chapter in chapters(root):
        try:
            text = learner_version(root, chapter)
        except Exception as problem:  # a broken master must not stop the other chapters
            say(f"{chapter.name}: not copied into your workspace: {problem}")
            continue
        line = (f"{chapter.name}: kept your copy; `./course reset {chapter_number(chapter.name)}` "
                "gets the new version")
        copied[chapter.name] = sync_file(folder, state, chapter.name, text, say, line)
    return copied


def sync_assets(root, folder, state, say):
    """{file: how it was copied, or None} for the other files of notebooks/."""
    copied = {}
    for name, path in assets(root).items():
        line = f"{name}: kept your copy; the course has a new version in notebooks/{name}"
        copied[name] = sync_file(folder, state, name, path.read_bytes(), say, line)
    return copied


def report_copied(first, copied, say):
    """One line for a new workspace, else one line per chapter copied in."""
    if first:
        count = sum(1 for name in copied if name.endswith(".ipynb"))
        say(f"workspace/ created with your own copy of {count} chapter(s)")
        return
    for name, how in copied.items():
        if name.endswith(".ipynb"):
            say(f"{name}: " + ("new in the course, copied into your workspace" if how == "new"
                               else "was not in your workspace, a fresh copy is there again"))


def trust(paths, say=print):
    """Signs the notebooks as trusted for this user (what `jupyter trust` does)."""
    from nbformat.sign import NotebookNotary
    notary = NotebookNotary()
    for path in paths:
        try:
            nb = read_notebook(path)
        except Exception as problem:
            say(f"{Path(path).name}: cannot be read, so it is not trusted: {problem}")
            continue
        if not notary.check_signature(nb):
            notary.sign(nb)


def resolve_chapter(root, wanted):
    """The chapter file of notebooks/ named by `wanted`: "2", "02", "02-two-two-one",
    "02-two-two-one.ipynb" or a path to it."""
    available = chapters(root)
    key = Path(str(wanted).strip()).name
    key = key[:-len(".ipynb")] if key.endswith(".ipynb") else key
    if key.isdigit():
        found = [c for c in available if re.match(r"(\d+)-", c.name)
                 and int(re.match(r"(\d+)-", c.name).group(1)) == int(key)]
    else:
        found = [c for c in available if c.stem == key] or \
                [c for c in available if c.stem.startswith(key)]
    if len(found) == 1:
        return found[0]
    names = ", ".join(c.stem for c in available) or "none"
    what = "matches more than one chapter" if found else "is not a chapter of this course"
    raise WorkspaceError(f"'{wanted}' {what}. Chapters: {names}. "
                         "Name one by its number (e.g. 2) or its file name.")


def timestamp():
    """The local time as YYYYmmdd-HHMMSS, for backup names."""
    return time.strftime("%Y%m%d-%H%M%S")


def backup_path(folder, name):
    """workspace/backups/NAME-YYYYmmdd-HHMMSS.ipynb, numbered when that name is taken."""
    stamp = timestamp()
    stem, suffix = Path(name).stem, Path(name).suffix
    candidate = folder / BACKUPS / f"{stem}-{stamp}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / BACKUPS / f"{stem}-{stamp}-{number}{suffix}"
        number += 1
    return candidate


def reset(root, wanted, say=print):
    """Moves the learner's copy of a chapter to workspace/backups/ and writes a fresh copy.

    Returns (fresh copy, backup or None when the learner had no copy)."""
    root = Path(root)
    chapter = resolve_chapter(root, wanted)
    text = learner_version(root, chapter)
    folder = workspace_dir(root)
    folder.mkdir(exist_ok=True)
    target = folder / chapter.name
    backup = None
    if target.exists():
        backup = backup_path(folder, chapter.name)
        backup.parent.mkdir(exist_ok=True)
        target.rename(backup)
        say(f"{chapter.name}: your copy is kept as workspace/{backup.relative_to(folder)}")
    write_new(target, text)
    state = load_state(folder)
    state[chapter.name] = digest(text)
    save_state(folder, state)
    trust([target], say)
    say(f"{chapter.name}: fresh copy written to workspace/{chapter.name}. If it is open in "
        "Jupyter, close that tab without saving and open the chapter again.")
    return target, backup


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="workspace.py",
        description="The learner's workspace/: your own copies of the chapters, which no "
                    "command overwrites.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("prepare", help="create workspace/ or copy in the chapters it lacks")
    reset_parser = commands.add_parser(
        "reset", help="keep your copy of a chapter in workspace/backups/ and start it afresh")
    reset_parser.add_argument("chapter", help="chapter number (2 or 02) or file name")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    try:
        if args.command == "prepare":
            started = time.monotonic()
            prepare(COURSE_ROOT)
            print(f"workspace/ ready in {time.monotonic() - started:.1f} s")
        else:
            reset(COURSE_ROOT, args.chapter)
    except WorkspaceError as problem:
        print(f"course: {problem}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
