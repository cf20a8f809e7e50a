"""Student accounts on the classroom machine: one Unix login each, a private home, one group.

The group (default `bp-students`) is who may log in to the classroom server. A new account
gets a home only its owner can open (mode 0700: `useradd -m` alone leaves homes readable by
every other student) and a random password, which is written for the teacher to a file only
root can read. An account that exists already keeps its password; its home is made private
too. System accounts (uid below 1000) are refused.
"""

import csv
import grp
import os
import pwd
import secrets
import stat
import subprocess
from dataclasses import dataclass
from pathlib import Path

FIRST_STUDENT_UID = 1000
PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"   # no 0/o, 1/l/i: read aloud in class


class AccountError(RuntimeError):
    """An account that cannot be made or used; the message says what to do."""


@dataclass
class Student:
    name: str
    uid: int
    gid: int
    home: Path
    created: bool = False
    password: str = None


def run(command, **kwargs):
    """Runs a system command; raises AccountError with its message when it fails."""
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        message = (result.stderr or result.stdout).strip()
        raise AccountError(f"{' '.join(command)} failed: {message}")
    return result


def ensure_group(group):
    """Creates the class group when it is missing."""
    try:
        grp.getgrnam(group)
    except KeyError:
        run(["groupadd", group])


def new_password(length=10):
    return "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(length))


def make_private(home, uid):
    """Sets the home to mode 0700 without following a symbolic link; returns the old mode."""
    try:
        descriptor = os.open(home, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except OSError as problem:
        raise AccountError(f"the home {home} is not a real folder ({problem.strerror}): "
                           "fix or remove it, then run the roster again")
    try:
        info = os.fstat(descriptor)
        if info.st_uid != uid:
            raise AccountError(f"the home {home} is not owned by its student (uid {info.st_uid})")
        old_mode = stat.S_IMODE(info.st_mode)
        if old_mode != 0o700:
            os.fchmod(descriptor, 0o700)
        return old_mode
    finally:
        os.close(descriptor)


def create_account(name, homes, group):
    """A new login with a private home under `homes` and a random password."""
    home = Path(homes) / name
    Path(homes).mkdir(parents=True, exist_ok=True)
    run(["useradd", "--create-home", "--home-dir", str(home), "--shell", "/bin/bash",
         "--user-group", "--groups", group, "--comment", "BP course student", name])
    password = new_password()
    run(["chpasswd"], input=f"{name}:{password}\n")
    entry = pwd.getpwnam(name)
    make_private(home, entry.pw_uid)
    return Student(name, entry.pw_uid, entry.pw_gid, home, created=True, password=password)


def adopt_account(entry, group):
    """An existing login joins the class: group membership and a private home."""
    if entry.pw_uid < FIRST_STUDENT_UID:
        raise AccountError(f"'{entry.pw_name}' is a system account (uid {entry.pw_uid}): "
                           "take it off the roster")
    if entry.pw_name not in grp.getgrnam(group).gr_mem:
        run(["usermod", "--append", "--groups", group, entry.pw_name])
    home = Path(entry.pw_dir)
    if not home.is_dir():
        raise AccountError(f"'{entry.pw_name}' exists but its home {home} does not: create it "
                           f"(mkhomedir_helper {entry.pw_name}) and run the roster again")
    make_private(home, entry.pw_uid)
    return Student(entry.pw_name, entry.pw_uid, entry.pw_gid, home)


def ensure_account(name, homes, group):
    """The student's account, created when missing; always in the group, home private."""
    try:
        entry = pwd.getpwnam(name)
    except KeyError:
        return create_account(name, homes, group)
    return adopt_account(entry, group)


def remember_password(passwords_file, student):
    """Appends a new account's password to the teacher's root-only CSV file."""
    passwords_file = Path(passwords_file)
    fresh = not passwords_file.exists()
    descriptor = os.open(passwords_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW,
                         0o600)
    with os.fdopen(descriptor, "a", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        if fresh:
            writer.writerow(["student", "password"])
        writer.writerow([student.name, student.password])


def student_of(name):
    """The Student of an existing login (raises AccountError when there is none)."""
    try:
        entry = pwd.getpwnam(name)
    except KeyError:
        raise AccountError(f"no account '{name}' on this machine: run ./course hub roster first")
    return Student(name, entry.pw_uid, entry.pw_gid, Path(entry.pw_dir))
