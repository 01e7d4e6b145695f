"""The Dask engine: the same extraction, on a Dask cluster (``thidua extract --engine dask [--scheduler ADDR]``).

The client (the ``thidua`` process) streams the inputs, cuts them into batches of :data:`BATCH_SIZE` documents
and submits one task per batch (:func:`pipeline.process.process_batch`) with ``distributed``; at most a few
batches per worker thread are in flight, so memory stays bounded however large the input. Results are taken
back in submission order and written by the same writer as the local engine, so the files are byte-identical.
Workers receive the documents' bytes, not paths: they need no access to the client's files, only the
``thidua`` package installed (with its ``models/``). Each worker process loads the models once, on its first
document (lazy module-level singletons), and keeps them for every later task.

Without ``--scheduler`` a :class:`distributed.LocalCluster` is started on this machine (``workers`` processes,
one thread each) and closed at the end. The per-document time limit holds in Dask workers too (a watchdog
raises in the task's thread, see :mod:`pipeline.process`); a batch whose worker dies is retried one document
at a time, so only the document that kills a worker ends as an error line.
"""

from __future__ import annotations

import logging
from collections import deque
from typing import Iterator

from .ingest import RawInput
from .process import error_line, process_batch

log = logging.getLogger("thidua")

#: Documents per Dask task: enough to amortize the scheduler's per-task cost (~1 ms), small enough to balance.
BATCH_SIZE = 8
#: Batches in flight per worker thread.
IN_FLIGHT_PER_THREAD = 3
#: Seconds to wait for the scheduler at ``--scheduler`` to answer.
CONNECT_TIMEOUT = 30


def _batches(tasks: Iterator[RawInput], size: int) -> Iterator[list[RawInput]]:
    batch: list[RawInput] = []
    for raw in tasks:
        batch.append(raw)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def connect(scheduler: str | None, workers: int | None, processes: bool = True):
    """A ``distributed.Client``: to the scheduler at ``scheduler``, else to a new local cluster (also returned)."""
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler, timeout=CONNECT_TIMEOUT), None
    from .runner import default_workers

    cluster = LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1, processes=processes,
                           dashboard_address=None, silence_logs=logging.ERROR)
    return Client(cluster), cluster


def dask_outcomes(tasks: Iterator[RawInput], *, timeout: float | None, workers: int | None = None,
                  scheduler: str | None = None, client=None, batch_size: int = BATCH_SIZE
                  ) -> Iterator[tuple[int, str, str]]:
    """Process ``tasks`` on Dask; yield ``(ordinal, kind, json)`` outcomes in task order.

    ``client`` (an existing ``distributed.Client``) is used as is and left open; otherwise one is made from
    ``scheduler``/``workers`` by :func:`connect` and closed at the end.
    """
    own = client is None
    cluster = None
    if own:
        client, cluster = connect(scheduler, workers)
    try:
        threads = max(1, sum(client.nthreads().values()))
        limit = IN_FLIGHT_PER_THREAD * threads
        in_flight: deque = deque()
        for batch in _batches(tasks, batch_size):
            in_flight.append((batch, client.submit(process_batch, batch, timeout, pure=False)))
            while len(in_flight) >= limit:
                yield from _result(client, *in_flight.popleft(), timeout)
        while in_flight:
            yield from _result(client, *in_flight.popleft(), timeout)
    finally:
        if own:
            client.close()
            if cluster is not None:
                cluster.close()


def _result(client, batch: list[RawInput], future, timeout: float | None) -> list[tuple[int, str, str]]:
    try:
        return future.result()
    except Exception as exc:  # a worker died under this batch (KilledWorker) or the task failed
        if len(batch) == 1:
            raw = batch[0]
            message = f"Dask task failed while extracting this document: {type(exc).__name__}: {exc}"
            log.warning("%s: %s", raw.doc_id, message)
            return [(raw.ordinal, "error", _json(error_line(raw.doc_id, raw.source.path, message)))]
        log.warning("a Dask batch failed (%s); retrying its %d documents one by one", type(exc).__name__, len(batch))
        futures = [client.submit(process_batch, [raw], timeout, pure=False) for raw in batch]
        out: list[tuple[int, str, str]] = []
        for raw, fut in zip(batch, futures):
            out.extend(_result(client, [raw], fut, timeout))
        return out


def _json(obj) -> str:
    import json

    return json.dumps(obj, ensure_ascii=False)
