"""Who may log in to the classroom server: the members of the class group (and named admins).

Membership is read from the system at every login, so a student the roster adds while the
server runs can log in at once. Two ways to prove who you are:

- ClassPAMAuthenticator (default): the student's own Unix password, through PAM;
- SharedPasswordAuthenticator: one password for the whole class (a quick lesson), still only
  for names on the roster.

Anyone else (root, other accounts of the machine) is refused even with a right password.
"""

import grp
import hmac
from pathlib import Path

from jupyterhub.auth import Authenticator, PAMAuthenticator
from traitlets import Unicode


def class_members(group):
    """The logins in the class group, or an empty set when the group does not exist."""
    try:
        return set(grp.getgrnam(group).gr_mem)
    except KeyError:
        return set()


class ClassMembersOnly(Authenticator):
    """Allows the class group's members and the admins; nobody else."""

    class_group = Unicode("bp-students", help="the Unix group of the class").tag(config=True)

    def check_allowed(self, username, authentication=None):
        return username in self.admin_users or username in class_members(self.class_group)


class ClassPAMAuthenticator(ClassMembersOnly, PAMAuthenticator):
    """Unix password through PAM, for members of the class only."""


class SharedPasswordAuthenticator(ClassMembersOnly, Authenticator):
    """One password for the class, read from a root-only file at every login."""

    password_file = Unicode(help="file whose first line is the class password").tag(config=True)

    def class_password(self):
        return Path(self.password_file).read_text(encoding="utf-8").splitlines()[0]

    async def authenticate(self, handler, data):
        given = data.get("password", "")
        if given and hmac.compare_digest(given.encode(), self.class_password().encode()):
            return data.get("username", "")
        return None
