#!/usr/bin/python3
"""Runs the tools' tests module by module and prints what each took (what `./course test` runs).

    /usr/bin/python3 tools/tests/run.py                 # every tools/tests/test_*.py
    /usr/bin/python3 tools/tests/run.py chapters pack   # only test_chapters.py and test_pack.py

The chapters run first (every later suite may read what they wrote to target/notebooks/); the
table at the end names each module with its time, so a slow suite is found at a glance. The exit
status is 1 if anything failed.
"""

import sys
import time
import unittest
from pathlib import Path

TESTS = Path(__file__).resolve().parent
COURSE = TESTS.parent.parent
FIRST = ["test_chapters"]


def module_names(wanted):
    """The test modules to run, test_chapters first, then alphabetical; `wanted` narrows them."""
    names = sorted(p.stem for p in TESTS.glob("test_*.py"))
    if wanted:
        unknown = [w for w in wanted if f"test_{w}" not in names]
        if unknown:
            raise SystemExit(f"no test module for {', '.join(unknown)}: choose from "
                             + ", ".join(n[len('test_'):] for n in names))
        names = [n for n in names if n[len("test_"):] in wanted]
    return [n for n in FIRST if n in names] + [n for n in names if n not in FIRST]


def main(argv):
    sys.path.insert(0, str(COURSE))
    loader, runner = unittest.TestLoader(), unittest.TextTestRunner(verbosity=2)
    timings, failed = [], []
    for name in module_names(argv):
        started = time.monotonic()
        result = runner.run(loader.loadTestsFromName(f"tools.tests.{name}"))
        timings.append((name, time.monotonic() - started, result.testsRun))
        if not result.wasSuccessful():
            failed.append(name)
    print("\ntools' tests, module by module:", file=sys.stderr)
    for name, seconds, count in timings:
        print(f"  {name:<28} {count:4d} tests  {seconds:7.1f} s{'  FAILED' if name in failed else ''}",
              file=sys.stderr)
    print(f"  {'all':<28} {sum(c for _, _, c in timings):4d} tests  {sum(s for _, s, _ in timings):7.1f} s",
          file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
