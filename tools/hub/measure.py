"""Capacity of a running classroom server: N students start at once and run chapter 1.

    /usr/bin/python3 tools/hub/measure.py --url http://127.0.0.1:8000 --students 4 \\
        [--state /var/lib/bp-course-hub] [--chapter 01-gradient-descent.ipynb]

Takes N students of the hub's passwords.csv (accounts the roster made; after --skip K of them),
logs them in together, and for each measures: seconds until their server answers, seconds until the
setup cell has loaded the library (first result), seconds for the whole chapter (exercise checks
left out), and the memory of their notebook server and Java kernel (RSS and PSS, from /proc).
Run as root on the hub's machine. It leaves the servers running: stop them with the hub.
"""

import argparse
import asyncio
import csv
import os
import pwd
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hub.client import Student  # noqa: E402
from kernelspecs import LAUNCHER_JAR  # noqa: E402

KERNEL_JAR = LAUNCHER_JAR.encode()   # in the command line of every course kernel


def memory_of(uid):
    """{'server'|'kernel': (rss MB, pss MB)} of the processes of one user."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if entry.stat().st_uid != uid:
                continue
            command = (entry / "cmdline").read_bytes()
            rollup = (entry / "smaps_rollup").read_text()
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
        kind = "kernel" if KERNEL_JAR in command else "server"
        values = {line.split()[0]: int(line.split()[1]) / 1024 for line in rollup.splitlines()[1:]}
        rss, pss = found.get(kind, (0.0, 0.0))
        found[kind] = (rss + values["Rss:"], pss + values["Pss:"])
    return found


def is_check(cell):
    nbgrader = cell.get("metadata", {}).get("nbgrader", {})
    return nbgrader.get("grade") and not nbgrader.get("solution")


def one_student(url, name, password, chapter):
    started = time.monotonic()
    student = Student(url, name, password)
    student.log_in()
    up = student.start_server()
    kernel = student.open_session(chapter)
    cells = [c["source"] for c in student.read_notebook(chapter)["cells"]
             if c["cell_type"] == "code" and not is_check(c)]

    async def run():
        async with student.kernel(kernel) as channel:
            first = await channel.run(cells[0])
            first_at = time.monotonic() - started
            statuses = [first[0]] + [(await channel.run(code))[0] for code in cells[1:]]
            return first_at, statuses
    first_at, statuses = asyncio.run(run())
    return {"name": name, "server_s": up, "first_result_s": first_at,
            "chapter_s": time.monotonic() - started, "failed": statuses.count("error"),
            "memory": memory_of(pwd.getpwnam(name).pw_uid)}


def available_mb():
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemAvailable:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--students", type=int, required=True)
    parser.add_argument("--state", default="/var/lib/bp-course-hub")
    parser.add_argument("--chapter", default="01-gradient-descent.ipynb")
    parser.add_argument("--skip", type=int, default=0, help="start after this many students")
    args = parser.parse_args(argv)
    with open(Path(args.state) / "private" / "passwords.csv", encoding="utf-8") as stream:
        accounts = [(row["student"], row["password"]) for row in csv.DictReader(stream)]
    chosen = accounts[args.skip:args.skip + args.students]
    before = available_mb()
    started = time.monotonic()
    with ThreadPoolExecutor(len(chosen)) as pool:
        results = list(pool.map(lambda a: one_student(args.url, a[0], a[1], args.chapter), chosen))
    wall = time.monotonic() - started
    print(f"{'student':<12} {'server s':>8} {'1st result s':>12} {'chapter s':>9} "
          f"{'server RSS/PSS MB':>18} {'kernel RSS/PSS MB':>18} failed")
    for r in results:
        server, kernel = r["memory"].get("server", (0, 0)), r["memory"].get("kernel", (0, 0))
        print(f"{r['name']:<12} {r['server_s']:8.1f} {r['first_result_s']:12.1f} "
              f"{r['chapter_s']:9.1f} {server[0]:8.0f} / {server[1]:<7.0f} "
              f"{kernel[0]:8.0f} / {kernel[1]:<7.0f} {r['failed']}")
    print(f"{len(chosen)} student(s) at once: {wall:.1f} s wall; MemAvailable fell by "
          f"{before - available_mb():.0f} MB; load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    sys.exit(main())
