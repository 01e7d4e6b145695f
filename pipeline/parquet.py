"""Parquet output: the CSV tables of :data:`pipeline.write.TABLES` as ``OUTDIR/<table>.parquet``.

Same tables, same columns, same rows and order as the CSV files, for researchers who load millions of rows.
Each column has a fixed type (counts and offsets are nullable 64-bit integers, flags booleans, the rest
strings), so an empty table still has its schema and files written on different days concatenate. Unlike the
CSV files, cells are stored as they are: no apostrophe before formula-like text (Parquet is not opened by
spreadsheets). Files are written to a temporary name in OUTDIR and renamed into place, so an interrupted run
never leaves a truncated file; the same rows always give byte-identical files.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .write import TABLES

#: Columns that hold whole numbers (offsets, counts, indexes); every other column is text unless in BOOL_COLUMNS.
INT_COLUMNS = frozenset({
    "start", "end", "title_start", "title_end", "person_index", "index", "count", "participant_units",
    "n_people", "n_organizations", "n_pledges", "n_awards", "n_group_roles", "n_references", "n_mentions",
})
BOOL_COLUMNS = frozenset({"is_meeting_report", "year_inferred"})


def _as_int(v: Any) -> int | None:
    if v is None:
        return None
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, int):
        return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, str) and v.strip().lstrip("-").isdigit():
        return int(v.strip())
    raise ValueError(v)


def _as_bool(v: Any) -> bool | None:
    if v is None or isinstance(v, bool):
        return v
    raise ValueError(v)


def _as_str(v: Any) -> str | None:
    return None if v is None else str(v)


def _column(name: str, values: list[Any]):
    """One typed Arrow array; a column whose values do not fit its declared type falls back to text."""
    import pyarrow as pa

    if name in INT_COLUMNS or name in BOOL_COLUMNS:
        conv, typ = (_as_int, pa.int64()) if name in INT_COLUMNS else (_as_bool, pa.bool_())
        try:
            return pa.array([conv(v) for v in values], type=typ)
        except (ValueError, TypeError, OverflowError):
            pass
    return pa.array([_as_str(v) for v in values], type=pa.string())


def table(name: str, rows: list[dict[str, Any]]):
    """The rows of one table as a ``pyarrow.Table`` with the table's columns in order."""
    import pyarrow as pa

    cols = TABLES[name]
    return pa.table({c: _column(c, [r.get(c) for r in rows]) for c in cols})


def write_tables(outdir: Path, rows: dict[str, list[dict]]) -> None:
    """Write every table of :data:`TABLES` to ``outdir/<name>.parquet`` atomically (missing tables: no rows)."""
    import pyarrow.parquet as pq

    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[tuple[Path, Path]] = []
    try:
        for name in TABLES:
            path = outdir / f"{name}.parquet"
            tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
            written.append((tmp, path))
            pq.write_table(table(name, rows.get(name, [])), tmp, compression="zstd")
    except BaseException:
        for tmp, _ in written:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, path in written:
        os.replace(tmp, path)
