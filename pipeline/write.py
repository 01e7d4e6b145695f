"""Write: records.jsonl, errors.jsonl and the flat CSV tables, atomically and deterministically.

Every output file is written to a temporary file in OUTDIR and renamed into place when the run is complete, so
an interrupted run never leaves a truncated output. The same records always give byte-identical files.
CSV cells that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab or CR) are
prefixed with an apostrophe so they show as text.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any, Iterable

#: The flat tables: name → columns. One row per item, keyed by doc_id.
TABLES: dict[str, list[str]] = {
    "documents": ["doc_id", "source_path", "url", "title", "published", "text_sha256", "is_meeting_report",
                  "meeting_types", "meeting_title", "meeting_date", "date_precision", "time_of_day", "location",
                  "host", "emulation_group", "participant_units", "period", "n_people", "n_organizations",
                  "n_pledges", "n_awards", "n_group_roles", "n_references", "warnings"],
    "people": ["doc_id", "person_index", "name", "honorific", "title", "title_organization", "title_start",
               "title_end", "start", "end"],
    "organizations": ["doc_id", "name", "type", "abbreviation", "n_mentions", "start", "end", "source"],
    "pledges": ["doc_id", "index", "text", "start", "end"],
    "awards": ["doc_id", "award", "recipient", "recipient_type", "count", "issuer", "start", "end"],
    "dates": ["doc_id", "text", "value", "precision", "role", "year_inferred", "time_of_day", "start", "end"],
    "references": ["doc_id", "kind", "number", "issuer", "date", "text", "start", "end"],
    "group_roles": ["doc_id", "role", "holder", "start", "end"],
}

FORMATS = ("jsonl", "csv", "parquet")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet shows as text, never runs as a formula."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _first(mentions: list[dict]) -> tuple[Any, Any]:
    return (mentions[0]["start"], mentions[0]["end"]) if mentions else (None, None)


def table_rows(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The rows one record contributes to each table."""
    doc_id = record["doc_id"]
    m = record.get("meeting") or {}
    src = record.get("source") or {}
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    rows["documents"].append({
        "doc_id": doc_id, "source_path": src.get("path"), "url": src.get("url"), "title": src.get("title"),
        "published": src.get("published"), "text_sha256": record.get("text_sha256"),
        "is_meeting_report": record.get("is_meeting_report"), "meeting_types": "|".join(m.get("types") or []),
        "meeting_title": m.get("title"), "meeting_date": m.get("date"), "date_precision": m.get("date_precision"),
        "time_of_day": m.get("time_of_day"), "location": m.get("location"), "host": m.get("host"),
        "emulation_group": m.get("emulation_group"), "participant_units": m.get("participant_units"),
        "period": m.get("period"), "n_people": len(record.get("people", [])),
        "n_organizations": len(record.get("organizations", [])), "n_pledges": len(record.get("pledges", [])),
        "n_awards": len(record.get("awards", [])), "n_group_roles": len(record.get("group_roles", [])),
        "n_references": len(record.get("references", [])), "warnings": " | ".join(record.get("warnings", [])),
    })
    for i, p in enumerate(record.get("people", [])):
        start, end = _first(p.get("mentions", []))
        base = {"doc_id": doc_id, "person_index": i, "name": p["name"], "honorific": p.get("honorific"),
                "start": start, "end": end}
        titles = p.get("titles") or [None]
        for t in titles:
            rows["people"].append({**base, "title": t and t["title"], "title_organization": t and t.get("organization"),
                                   "title_start": t and t.get("start"), "title_end": t and t.get("end")})
    for o in record.get("organizations", []):
        start, end = _first(o.get("mentions", []))
        rows["organizations"].append({"doc_id": doc_id, "name": o["name"], "type": o.get("type"),
                                      "abbreviation": o.get("abbreviation"), "n_mentions": len(o.get("mentions", [])),
                                      "start": start, "end": end, "source": o.get("source")})
    for name in ("pledges", "awards", "dates", "references", "group_roles"):
        cols = TABLES[name]
        for item in record.get(name, []):
            rows[name].append({c: (doc_id if c == "doc_id" else item.get(c)) for c in cols})
    return rows


class _AtomicFile:
    """A text file written under a temporary name and renamed into place by :meth:`commit`."""

    def __init__(self, path: Path):
        self.path = path
        self.tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
        self.fh = self.tmp.open("w", encoding="utf-8", newline="")

    def commit(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        if not self.fh.closed:
            self.fh.close()
        self.tmp.unlink(missing_ok=True)


class OutputWriter:
    """Streams records and errors into OUTDIR; nothing appears under its final name before :meth:`close`."""

    def __init__(self, outdir: str | os.PathLike, formats: Iterable[str] = ("jsonl", "csv")):
        self.outdir = Path(outdir)
        self.outdir.mkdir(parents=True, exist_ok=True)
        self.formats = tuple(formats)
        self._records = _AtomicFile(self.outdir / "records.jsonl")
        self._errors = _AtomicFile(self.outdir / "errors.jsonl")
        self._csv: dict[str, tuple[_AtomicFile, csv.DictWriter]] = {}
        self._parquet_rows: dict[str, list[dict]] | None = {n: [] for n in TABLES} if "parquet" in self.formats else None
        if "csv" in self.formats:
            for name, cols in TABLES.items():
                f = _AtomicFile(self.outdir / f"{name}.csv")
                w = csv.DictWriter(f.fh, fieldnames=cols, lineterminator="\n")
                w.writeheader()
                self._csv[name] = (f, w)
        self.n_records = 0
        self.n_errors = 0

    def add_record(self, record: dict[str, Any]) -> None:
        self._records.fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.n_records += 1
        if self._csv or self._parquet_rows is not None:
            for name, rows in table_rows(record).items():
                if name in self._csv:
                    w = self._csv[name][1]
                    for row in rows:
                        w.writerow({k: safe_cell(v) for k, v in row.items()})
                if self._parquet_rows is not None:
                    self._parquet_rows[name].extend(rows)

    def add_error(self, error: dict[str, Any]) -> None:
        self._errors.fh.write(json.dumps(error, ensure_ascii=False) + "\n")
        self.n_errors += 1

    def close(self) -> None:
        """Finish every file and rename them into place."""
        if self._parquet_rows is not None:
            from .parquet import write_tables

            write_tables(self.outdir, self._parquet_rows)
        self._records.commit()
        self._errors.commit()
        for f, _ in self._csv.values():
            f.commit()

    def abort(self) -> None:
        """Drop every temporary file (the previous complete outputs, if any, stay as they were)."""
        for f in [self._records, self._errors] + [f for f, _ in self._csv.values()]:
            f.abort()
