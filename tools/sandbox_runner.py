"""Runs one notebook job and prints its result as JSON; the grader starts it, inside the sandbox.

Usage: python3 sandbox_runner.py REQUEST.json

The request names the notebook to run, the course folder to run it in (the notebook goes to
COURSE/notebooks/NAME, so its setup cell finds ../lib/target/bp-course.jar), the time limits and
the files whose text the result should carry back (the call log or the tape). The result, on
stdout as one JSON object: the executed notebook, what happened to each code cell, how many
kernels were used, and those files (each cut at MAX_FILE characters).

Only this module, kernel_runner.py and nbmeta.py are visible inside the sandbox.
"""

import json
import shutil
import sys
from dataclasses import asdict
from pathlib import Path

import nbformat

import kernel_runner
from kernel_runner import Limits

MAX_FILE = 16_000_000


def read_back(path):
    """The text of a file the job wrote, or None when it does not exist."""
    path = Path(path)
    if not path.is_file():
        return None
    with open(path, encoding="utf-8", errors="replace") as stream:
        return stream.read(MAX_FILE)


def run(request):
    """Runs the request's notebook; returns the result as a JSON-ready dict."""
    notebooks = Path(request["course"]) / "notebooks"
    notebooks.mkdir(parents=True, exist_ok=True)
    for folder in request.get("make_folders", []):
        Path(folder).mkdir(parents=True, exist_ok=True)
    target = notebooks / request["name"]
    shutil.copyfile(request["notebook"], target)
    nb = nbformat.read(str(target), as_version=4)
    limits = Limits(**request["limits"])
    with open(request.get("kernel_log", "/dev/null"), "w") as log:
        run = kernel_runner.execute(nb, notebooks, limits, kernel_log=log)
    return {
        "notebook": run.notebook,
        "cells": {str(index): asdict(cell) for index, cell in run.cells.items()},
        "kernels": run.kernels,
        "seconds": run.seconds,
        "files": {path: read_back(path) for path in request.get("returns", [])},
    }


def main(argv):
    with open(argv[1], encoding="utf-8") as stream:
        request = json.load(stream)
    result = run(request)
    sys.stdout.write(json.dumps(result))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
