"""The class roster: one student name a line, checked before any account is touched.

Blank lines and lines starting with `#` are ignored. A name becomes a Unix login, so it must
be a safe one: 1-32 characters, a lowercase letter first, then lowercase letters, digits,
`_` or `-`. Every bad line is reported at once, with its line number and what to change.
"""

import re
from pathlib import Path

NAME = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")
RESERVED = {"root", "admin", "nobody", "daemon", "bin", "sys", "sync", "games", "man", "lp",
            "mail", "news", "uucp", "proxy", "www-data", "backup", "list", "irc", "gnats",
            "jupyterhub", "jovyan"}


class RosterError(ValueError):
    """A roster that cannot be used as it is; the message lists every problem."""


def name_problem(name):
    """What is wrong with one student name, or None when it can be a login."""
    if not name:
        return "empty name"
    if len(name) > 32:
        return f"'{name}' is longer than 32 characters"
    if name in RESERVED:
        return f"'{name}' is a system account name: choose another"
    if not NAME.match(name):
        return (f"'{name}' is not a valid login: use lowercase letters, digits, '_' or '-', "
                "starting with a letter (e.g. 'li-wei' or 'student07')")
    return None


def parse_roster(text, where="roster"):
    """The student names of a roster text, in order, each once; raises RosterError."""
    names, seen, problems = [], {}, []
    for number, line in enumerate(text.splitlines(), start=1):
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        problem = name_problem(entry)
        if problem:
            problems.append(f"{where} line {number}: {problem}")
        elif entry in seen:
            problems.append(f"{where} line {number}: '{entry}' is already on line {seen[entry]}")
        else:
            seen[entry] = number
            names.append(entry)
    if problems:
        raise RosterError("\n".join(problems) + "\nFix these lines and run the command again; "
                          "no account was changed.")
    if not names:
        raise RosterError(f"{where} lists no student: write one name a line")
    return names


def read_roster(path):
    """The student names of a roster file; raises RosterError with a clear message."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")   # a BOM from a Windows editor is dropped
    except FileNotFoundError:
        raise RosterError(f"no roster at {path}: write one student name a line into that file")
    except (OSError, UnicodeDecodeError) as problem:
        raise RosterError(f"cannot read the roster {path}: {problem}")
    return parse_roster(text, where=str(path))
