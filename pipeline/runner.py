"""Batch: stream inputs, process them (in worker processes or on Dask), write every outcome in input order.

How a run goes:

1. Inputs are streamed (:func:`pipeline.ingest.iter_inputs` reads one file or one JSONL line at a time) and at
   most a bounded window of documents is in flight, so a 10 GB JSONL never sits in memory.
2. Each outcome (a record or an error line) is appended, in input order, to ``OUTDIR/.partial/outcomes.jsonl``
   and flushed at once (:class:`pipeline.write.PartialLog`). A run that is killed leaves its progress there
   and nothing under the final names.
3. At the end the final files (``records.jsonl``, ``errors.jsonl``, the tables) are written from that log in
   input order, each to a temporary name renamed into place, and the log is removed.

``--resume`` keeps the log of an interrupted run (or, after a finished run, the final files) and only processes
the inputs that have no outcome yet; the final files are then the same bytes an uninterrupted run writes.

Engines: ``workers=1`` runs in this process; ``workers=N`` runs N worker processes (``fork`` when this process
has a single thread, else ``forkserver``), each with the models loaded once (with ``fork``, loaded here before
the first worker starts and shared copy-on-write), one document at a time, so a worker
that hangs past the time limit or dies (out of memory, a crash in a C extension) costs one error line and is
replaced; ``engine="dask"`` runs on a Dask cluster (:mod:`pipeline.dask_engine`). Output is byte-identical
whatever the engine and the number of workers.
"""

from __future__ import annotations

import gc
import json
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from array import array
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import wait
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .ingest import RawInput, expand_paths, iter_inputs
from .process import error_line, process_to_json, warm_up
from .write import OutputWriter, PartialLog

log = logging.getLogger("thidua")

#: Extra seconds the parent waits past the time limit before it kills a worker that does not answer.
HARD_LIMIT_GRACE = 10.0
#: Documents in flight (sent out, or done but waiting for an earlier one) per worker.
WINDOW_PER_WORKER = 8
#: Seconds between two progress lines when stderr is not a terminal.
LOG_EVERY = 10.0

Outcome = tuple[int, str, str]  # (ordinal, "record" | "error", JSON text)


@dataclass
class Summary:
    n_records: int
    n_errors: int


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def run(inputs: Iterable[str | os.PathLike], outdir: str | os.PathLike, *, workers: int | None = None,
        resume: bool = False, formats: Iterable[str] = ("jsonl", "csv"), engine: str = "local",
        scheduler: str | None = None, timeout: float | None = 60.0, quiet: bool = True) -> Summary:
    """Extract every input into OUTDIR; see the module docstring."""
    formats = tuple(formats)
    n_workers = workers or default_workers()
    if engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {engine!r}: expected 'local' or 'dask'")
    partial = PartialLog(outdir, resume=resume)
    order = array("q")  # input ordinal -> offset of its outcome in the log (-1 while in flight)
    keys: dict[int, tuple[str, int]] = {}  # ordinal in flight -> (doc_id, occurrence)
    progress = Progress(quiet)

    def pending() -> Iterator[RawInput]:
        """The inputs still to do; the outcomes already in the log take their place in ``order``."""
        occurrences: dict[str, int] = {}
        for raw in iter_inputs(outside(expand_paths(inputs), outdir)):
            n = occurrences.get(raw.doc_id, 0)
            occurrences[raw.doc_id] = n + 1
            done = partial.offset_of(raw.doc_id, n)
            if raw.ordinal != len(order):  # pragma: no cover - iter_inputs numbers inputs 0, 1, 2 …
                raise RuntimeError("inputs out of order")
            order.append(-1 if done is None else done)
            if done is not None:
                progress.skipped()
                continue
            keys[raw.ordinal] = (raw.doc_id, n)
            yield raw

    writer = None
    try:
        _drop_stale_temp_files(outdir)
        writer = OutputWriter(outdir, formats)  # temporary names until the end
        cursor = 0  # next ordinal to hand to the writer

        def drain(fresh: tuple[int, str, str] | None = None) -> None:
            """Write, in input order, every outcome now known (resumed ones from the log, ``fresh`` as given)."""
            nonlocal cursor
            while cursor < len(order) and order[cursor] != -1:
                if fresh is not None and fresh[0] == cursor:
                    kind, text = fresh[1], fresh[2]
                    payload = json.loads(text)
                else:
                    kind, payload = partial.read(order[cursor])
                    text = None
                if kind == "record":
                    writer.add_record(payload, text)
                else:
                    writer.add_error(payload, text)
                cursor += 1

        if engine == "dask":
            from .dask_engine import dask_outcomes

            outcomes = dask_outcomes(pending(), timeout=timeout, workers=workers, scheduler=scheduler)
        elif n_workers == 1:
            outcomes = (process_to_json(raw, timeout) for raw in pending())
        else:
            outcomes = pool_outcomes(pending(), n_workers, timeout)
        for outcome in outcomes:
            ordinal, kind, payload = outcome
            doc_id, n = keys.pop(ordinal)
            order[ordinal] = partial.append(doc_id, n, kind, payload)
            drain(outcome)
            progress.done(kind == "error")
        drain()
        if cursor != len(order):  # pragma: no cover - every input has an outcome by now
            raise RuntimeError(f"{len(order) - cursor} inputs without an outcome")
        progress.close()
        partial.flush()
        writer.close()
    except BaseException:
        progress.close()
        if writer is not None:
            writer.abort()
        partial.close()  # the log stays: --resume continues from it
        raise
    partial.remove()
    return Summary(writer.n_records, writer.n_errors)


def _drop_stale_temp_files(outdir: str | os.PathLike) -> None:
    """Temporary output files (``.<name>.tmp-<pid>``) left by a run that was killed before it could finish."""
    folder = Path(outdir)
    if not folder.is_dir():
        return
    for path in folder.glob(".*.tmp-*"):
        pid = path.name.rsplit("-", 1)[-1]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            path.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def outside(paths: Iterable[Path], outdir: str | os.PathLike) -> Iterator[Path]:
    """The input files that are not inside OUTDIR: a run over ``.`` with ``-o ./out`` must not read its own
    outputs (nor its progress log, which grows while it is read) as inputs."""
    out = Path(outdir).resolve()
    for path in paths:
        resolved = Path(path).resolve()
        if resolved == out or out in resolved.parents:
            log.info("skipping %s: it is inside the output folder", path)
            continue
        yield path


# --------------------------------------------------------------------------------------------- progress

class Progress:
    """A tqdm bar on a terminal, a plain line every :data:`LOG_EVERY` seconds otherwise; nothing when quiet."""

    def __init__(self, quiet: bool, stream=None):
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.n = self.errors = self.n_skipped = 0
        self.t0 = self.last = time.monotonic()
        self.bar = None
        if not quiet and getattr(self.stream, "isatty", lambda: False)():
            from tqdm import tqdm

            class _Bar(tqdm):
                monitor_interval = 0  # no monitor thread: workers may be forked while the bar runs

            self.bar = _Bar(file=self.stream, unit="doc", desc="thidua")

    def skipped(self) -> None:
        self.n_skipped += 1

    def done(self, error: bool) -> None:
        self.n += 1
        self.errors += error
        if self.quiet:
            return
        if self.bar is not None:
            self.bar.update(1)
            if error or self.n == 1:
                self.bar.set_postfix(self._postfix(), refresh=False)
            return
        now = time.monotonic()
        if now - self.last >= LOG_EVERY:
            self.last = now
            self._line()

    def _postfix(self) -> dict:
        return {"errors": self.errors, **({"already done": self.n_skipped} if self.n_skipped else {})}

    def _line(self) -> None:
        elapsed = max(time.monotonic() - self.t0, 1e-9)
        skipped = f", {self.n_skipped} already done" if self.n_skipped else ""
        print(f"thidua: {self.n} documents in {elapsed:.0f} s ({self.n / elapsed:.1f} docs/s), "
              f"{self.errors} errors so far{skipped}", file=self.stream, flush=True)

    def close(self) -> None:
        if self.quiet:
            return
        if self.bar is not None:
            self.bar.set_postfix(self._postfix(), refresh=False)
            self.bar.close()
            self.bar = None
        elif self.n or self.n_skipped:
            self._line()
            self.quiet = True  # once


# --------------------------------------------------------------------------------------------- local workers

def _start_method() -> str:
    """``fork`` (cheap, models imported once) unless threads are running here, which fork does not copy safely."""
    wanted = os.environ.get("THIDUA_START_METHOD")
    if wanted:
        return wanted
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def _worker_main(conn, timeout: float | None) -> None:
    """A worker: documents in, ``(ordinal, kind, json)`` out, until told to stop or the parent is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    parent = os.getppid()
    while True:
        try:
            if not conn.poll(1.0):
                if os.getppid() != parent:  # orphaned: the parent was killed
                    return
                continue
            raw = conn.recv()
        except (EOFError, OSError):
            return
        if raw is None:
            return
        result = process_to_json(raw, timeout)
        try:
            conn.send(result)
        except (BrokenPipeError, OSError):
            return


class _Worker:
    def __init__(self, ctx, timeout: float | None):
        parent_end, child_end = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child_end, timeout), daemon=True, name="thidua-worker")
        forked = ctx.get_start_method() == "fork"
        if forked:
            gc.freeze()  # the child's collector then leaves the inherited objects (and their pages) alone
        try:
            self.proc.start()
        finally:
            if forked:
                gc.unfreeze()
        child_end.close()
        self.conn = parent_end
        self.task: RawInput | None = None
        self.started = 0.0

    def send(self, raw: RawInput) -> None:
        self.task, self.started = raw, time.monotonic()
        self.conn.send(raw)

    def kill(self) -> None:
        self.proc.kill()
        self.proc.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.proc.join(2)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(2)
        self.conn.close()


def pool_outcomes(tasks: Iterator[RawInput], n_workers: int, timeout: float | None,
                  start: Callable[..., _Worker] | None = None) -> Iterator[Outcome]:
    """Process ``tasks`` on ``n_workers`` worker processes; yield their outcomes in task order.

    One document per worker at a time; at most ``WINDOW_PER_WORKER * n_workers`` documents between the oldest
    unreported one and the newest sent. A worker silent for ``timeout + HARD_LIMIT_GRACE`` seconds is killed
    and its document becomes an error line; a worker that dies does the same; both are replaced.
    """
    ctx = multiprocessing.get_context(_start_method())
    if ctx.get_start_method() == "forkserver":
        ctx.set_forkserver_preload(["pipeline.process"])

    def start_worker() -> _Worker:
        if ctx.get_start_method() == "fork":
            warm_up()  # load the models here once: every forked worker shares them (copy-on-write)
        return _Worker(ctx, timeout)

    start = start or start_worker
    hard_limit = timeout + HARD_LIMIT_GRACE if timeout else None
    window = WINDOW_PER_WORKER * n_workers
    workers: list[_Worker] = []
    in_flight: deque[int] = deque()  # ordinals sent, in order, not yet yielded
    results: dict[int, Outcome] = {}
    held: RawInput | None = None  # taken from ``tasks``, not yet sent
    exhausted = False
    try:
        while True:
            # hand documents to idle workers (starting workers as needed) while the window allows
            while not exhausted and len(in_flight) < window:
                if held is None:
                    held = next(tasks, None)
                    if held is None:
                        exhausted = True
                        break
                for w in [w for w in workers if w.task is None and not w.proc.is_alive()]:
                    w.kill()  # died between two documents
                    workers.remove(w)
                idle = next((w for w in workers if w.task is None), None)
                if idle is None and len(workers) < n_workers:
                    idle = start()
                    workers.append(idle)
                if idle is None:
                    break
                try:
                    idle.send(held)
                except OSError:  # the worker is gone: drop it, the document goes to another
                    idle.task = None
                    idle.kill()
                    workers.remove(idle)
                    continue
                in_flight.append(held.ordinal)
                held = None
            while in_flight and in_flight[0] in results:
                yield results.pop(in_flight.popleft())
            if exhausted and not in_flight:
                return
            busy = [w for w in workers if w.task is not None]
            if not busy:
                continue
            ready = wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout=1.0)
            now = time.monotonic()
            for w in busy:
                failure = None
                if w.conn in ready or w.proc.sentinel in ready:
                    try:
                        if w.conn.poll():
                            result = w.conn.recv()
                            results[result[0]] = result
                            w.task = None
                            continue
                    except (EOFError, OSError):
                        pass
                    if w.proc.is_alive() and w.proc.sentinel not in ready:
                        continue
                    w.proc.join(1)
                    failure = (f"worker process died while extracting this document "
                               f"(exit code {w.proc.exitcode})")
                elif hard_limit and now - w.started > hard_limit:
                    failure = (f"time limit exceeded: the worker did not stop within {hard_limit:g} s "
                               f"and was killed")
                if failure:
                    raw = w.task
                    log.warning("%s: %s", raw.doc_id, failure)
                    results[raw.ordinal] = (raw.ordinal, "error", _json(error_line(raw.doc_id, raw.source.path,
                                                                                  failure)))
                    w.kill()
                    workers.remove(w)
    finally:
        for w in workers:
            if w.task is None:
                w.stop()
            else:
                w.kill()


def _json(obj) -> str:
    import json

    return json.dumps(obj, ensure_ascii=False)
