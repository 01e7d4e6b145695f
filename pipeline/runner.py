"""Batch: stream inputs, process each, write every outcome in input order."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterable

from .ingest import iter_inputs
from .process import process_raw
from .write import OutputWriter


@dataclass
class Summary:
    n_records: int
    n_errors: int


def run(inputs: Iterable[str | os.PathLike], outdir: str | os.PathLike, *, workers: int | None = 1,
        resume: bool = False, formats: Iterable[str] = ("jsonl", "csv"), engine: str = "local",
        scheduler: str | None = None, timeout: float | None = 60.0, quiet: bool = True) -> Summary:
    writer = OutputWriter(outdir, formats)
    try:
        for raw in iter_inputs(inputs):
            outcome = process_raw(raw)
            if outcome.record is not None:
                writer.add_record(outcome.record)
            else:
                writer.add_error(outcome.error)
    except BaseException:
        writer.abort()
        raise
    writer.close()
    return Summary(writer.n_records, writer.n_errors)
