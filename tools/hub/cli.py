"""`./course hub`: a classroom server on one machine (JupyterHub, one Unix account a student).

    ./course hub [serve] [--roster FILE] [--ip ADDR] [--port N] [--auth pam|shared] ...
    ./course hub roster FILE        accounts and copies only (safe to run again at any time)
    ./course hub stop               stop the server (and every student's server)

Runs as root: it creates accounts and starts each student's server as that student.
"""

import argparse
import os
import sys
from pathlib import Path

from hub.accounts import AccountError, ensure_account, ensure_group, new_password, remember_password
from hub.roster import RosterError, read_roster
from hub.server import HubError, install_class_kernel, prepare_state, private_dir, serve, stop
from hub.workspaces import WorkspaceError, give_copy, install_pack

COURSE_ROOT = Path(__file__).resolve().parent.parent.parent
LIB_JAR = COURSE_ROOT / "lib" / "target" / "bp-course.jar"
KERNEL_SOURCE = COURSE_ROOT / "target" / "kernel" / "java"
DEFAULT_STATE = "/var/lib/bp-course-hub"
PASSWORD_VARIABLE = "COURSE_HUB_PASSWORD"


def say(text):
    print(text, flush=True)


def require_root(command):
    if os.geteuid() != 0:
        raise HubError(f"'hub {command}' must run as root (sudo ./course hub {command} ...): it "
                       "creates the students' accounts and starts each server as its student")


def recorded_roster(state):
    path = private_dir(state) / "roster.txt"
    return path.read_text(encoding="utf-8").split() if path.is_file() else []


def record_roster(state, names):
    """Adds the names to the hub's own list of students (what ./course collect reads)."""
    known = recorded_roster(state)
    known += [name for name in names if name not in known]
    (private_dir(state) / "roster.txt").write_text("\n".join(known) + "\n", encoding="utf-8")


def apply_roster(roster, state, homes, group):
    """Accounts, private homes and course copies for every name of the roster file."""
    names = read_roster(roster)                  # every bad line reported before any change
    if not LIB_JAR.is_file():
        raise HubError(f"{LIB_JAR} is missing: run ./course build first")
    prepare_state(state)
    say("==> building the student pack (./course release --pack) and sharing the library jar")
    pack, jar = install_pack(COURSE_ROOT, state, LIB_JAR)
    ensure_group(group)
    passwords = private_dir(state) / "passwords.csv"
    for name in names:
        student = ensure_account(name, homes, group)
        if student.created:
            remember_password(passwords, student)
        new_files, _ = give_copy(student, pack, jar)
        status = "account created" if student.created else "account kept"
        work = f"{new_files} course file(s) added" if new_files else "nothing of theirs changed"
        say(f"    {name}: {status}, home {student.home} private, {work}")
    record_roster(state, names)
    say(f"==> {len(names)} student(s) ready; passwords of new accounts: {passwords} (root only)")
    return names


def shared_password(state):
    """The class password: from $COURSE_HUB_PASSWORD, else the saved one, else a new one."""
    path = private_dir(state) / "shared-password"
    password = os.environ.get(PASSWORD_VARIABLE, "").strip()
    if not password and path.is_file():
        password = path.read_text(encoding="utf-8").strip()
    password = password or new_password(12)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
        stream.write(password + "\n")
    return password


def settings_of(args):
    state = str(Path(args.state).resolve())
    return {"state": state, "private_dir": str(private_dir(state)), "ip": args.ip,
            "port": args.port, "hub_port": args.hub_port, "proxy_api_port": args.proxy_api_port,
            "auth": args.auth, "group": args.group, "admins": args.admin,
            "ssl_cert": args.ssl_cert, "ssl_key": args.ssl_key,
            "max_servers": args.max_servers, "cull_idle_seconds": args.cull_idle_minutes * 60}


def run_serve(args):
    require_root("serve")
    if bool(args.ssl_cert) != bool(args.ssl_key):
        raise HubError("--ssl-cert and --ssl-key go together: give both, or neither")
    if args.roster:
        apply_roster(args.roster, args.state, args.homes, args.group)
    settings = settings_of(args)
    prepare_state(settings["state"])
    settings["kernel_path"] = install_class_kernel(KERNEL_SOURCE, settings["state"], args.heap)
    if args.auth == "shared":
        say(f"==> shared-password login; the class password is: {shared_password(args.state)}")
    else:
        say("==> students log in with their own login and password (PAM); new accounts' "
            f"passwords: {private_dir(args.state) / 'passwords.csv'}")
    scheme = "https" if args.ssl_cert else "http"
    say(f"==> classroom server on {scheme}://{args.ip}:{args.port}/ "
        f"(java kernel heap {args.heap}); Ctrl-C or ./course hub stop ends it")
    serve(settings)


def run_stop(args):
    require_root("stop")
    if stop(args.state):
        say("classroom server stopped (every student's server with it)")
    else:
        say(f"no classroom server runs from {args.state}")


def add_place_options(parser):
    parser.add_argument("--state", default=DEFAULT_STATE, metavar="DIR",
                        help=f"the hub's own files (default {DEFAULT_STATE})")
    parser.add_argument("--homes", default="/home", metavar="DIR",
                        help="where new students' homes are made (default /home)")
    parser.add_argument("--group", default="bp-students", metavar="NAME",
                        help="the Unix group of the class: who may log in (default bp-students)")


def parser_of():
    parser = argparse.ArgumentParser(prog="course hub", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command")
    roster = commands.add_parser("roster",
                                 help="create or update the students' accounts and copies")
    roster.add_argument("roster", metavar="FILE", help="one student login a line")
    add_place_options(roster)
    run = commands.add_parser("serve", help="set up and run the classroom server (the default)")
    run.add_argument("--roster", metavar="FILE", help="apply this roster first")
    run.add_argument("--ip", default="127.0.0.1", metavar="ADDR",
                     help="address students connect to "
                          "(default 127.0.0.1; 0.0.0.0 = every network)")
    run.add_argument("--port", type=int, default=8000, metavar="N",
                     help="public port (default 8000)")
    run.add_argument("--auth", choices=["pam", "shared"], default="pam",
                     help="pam: each student's own password (default); shared: one class "
                          f"password (from ${PASSWORD_VARIABLE}, else made and printed)")
    run.add_argument("--admin", action="append", default=[], metavar="LOGIN",
                     help="a teacher's login that may also log in, as admin (repeatable)")
    run.add_argument("--heap", default="512m", metavar="SIZE",
                     help="maximum Java heap of each kernel (default 512m)")
    run.add_argument("--max-servers", type=int, default=0, metavar="N",
                     help="at most N students' servers at once (default 0: no limit)")
    run.add_argument("--cull-idle-minutes", type=int, default=60, metavar="M",
                     help="stop a kernel idle this long (default 60)")
    run.add_argument("--ssl-cert", metavar="FILE", help="serve https with this certificate")
    run.add_argument("--ssl-key", metavar="FILE", help="and this key")
    run.add_argument("--hub-port", type=int, default=8081, metavar="N",
                     help="internal port of the hub on 127.0.0.1 (default 8081)")
    run.add_argument("--proxy-api-port", type=int, default=8001, metavar="N",
                     help="internal port of the proxy's API on 127.0.0.1 (default 8001)")
    add_place_options(run)
    halt = commands.add_parser("stop", help="stop the classroom server")
    halt.add_argument("--state", default=DEFAULT_STATE, metavar="DIR",
                      help=f"the hub's own files (default {DEFAULT_STATE})")
    return parser


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in ("roster", "serve", "stop", "-h", "--help"):
        argv.insert(0, "serve")
    args = parser_of().parse_args(argv)
    try:
        if args.command == "roster":
            require_root("roster")
            apply_roster(args.roster, args.state, args.homes, args.group)
        elif args.command == "stop":
            run_stop(args)
        else:
            run_serve(args)
    except (RosterError, AccountError, WorkspaceError, HubError) as problem:
        print(f"course hub: {problem}", file=sys.stderr)
        return 2
    return 0
