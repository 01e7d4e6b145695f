"""Write: records.jsonl, errors.jsonl and the flat CSV tables, atomically and deterministically.

Every output file is written to a temporary file in OUTDIR and renamed into place when the run is complete, so
an interrupted run never leaves a truncated output. The same records always give byte-identical files.
CSV cells that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab or CR) are
prefixed with an apostrophe so they show as text.

While a batch runs, each finished document is appended to ``OUTDIR/.partial/outcomes.jsonl`` (:class:`PartialLog`)
and flushed within a few hundredths of a second, so a killed run leaves its progress there and ``--resume`` skips
what is done; the final files are written (under temporary names) in input order as the batch goes and renamed
into place when it ends (see :mod:`pipeline.runner`).
:func:`safe_filename` turns a doc id (which comes from the inputs) into a file name that stays inside OUTDIR.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import shutil
import time
import unicodedata
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

    def add_record(self, record: dict[str, Any], text: str | None = None) -> None:
        """Add one record; ``text``, when given, is its JSON exactly as ``json.dumps(record, ensure_ascii=False)``
        writes it (a worker serialized it already)."""
        self._records.fh.write((json.dumps(record, ensure_ascii=False) if text is None else text) + "\n")
        self.n_records += 1
        if self._csv or self._parquet_rows is not None:
            for name, rows in table_rows(record).items():
                if name in self._csv:
                    w = self._csv[name][1]
                    for row in rows:
                        w.writerow({k: safe_cell(v) for k, v in row.items()})
                if self._parquet_rows is not None:
                    self._parquet_rows[name].extend(rows)

    def add_error(self, error: dict[str, Any], text: str | None = None) -> None:
        self._errors.fh.write((json.dumps(error, ensure_ascii=False) if text is None else text) + "\n")
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


# --------------------------------------------------------------------------------------------- progress log

PARTIAL_DIR = ".partial"
PARTIAL_LOG = "outcomes.jsonl"
#: Seconds between two hand-overs of the progress log to the OS (a write system call per document costs more).
FLUSH_EVERY = 0.05


class PartialLog:
    """``OUTDIR/.partial/outcomes.jsonl``: one line per finished document, handed to the OS as it goes.

    A line is ``{"id": doc_id, "n": occurrence, "record": {...}}`` or ``{..., "error": {...}}``; ``n`` counts
    earlier inputs with the same doc id (0 for the first), so a duplicated id is a distinct key.
    With ``resume``: the lines of an earlier log are kept (a torn last line, from a run killed mid-write, is cut
    off); when there is no log but OUTDIR holds the final ``records.jsonl``/``errors.jsonl`` of a finished run,
    the log is seeded from them, so a resume over grown inputs processes only the new documents.
    Without ``resume``, any earlier log is discarded.
    """

    def __init__(self, outdir: str | os.PathLike, resume: bool = False):
        self.outdir = Path(outdir)
        self.dir = self.outdir / PARTIAL_DIR
        self.path = self.dir / PARTIAL_LOG
        self.done: dict[tuple[str, int], int] = {}  # key -> byte offset of its line, for what was done before
        if not resume and self.dir.exists():
            shutil.rmtree(self.dir)
        self.dir.mkdir(parents=True, exist_ok=True)
        if resume and self.path.exists():
            self._load()
        elif resume:
            self._seed_from_finals()
        self._fh = self.path.open("ab")
        self._flushed = time.monotonic()
        self._reader = None

    def _load(self) -> None:
        good_end = 0
        with self.path.open("rb") as fh:
            offset = 0
            for line in fh:
                if not line.endswith(b"\n"):
                    break  # torn: the run was killed while writing it
                try:
                    obj = json.loads(line)
                    key = (str(obj["id"]), int(obj["n"]))
                    if "record" not in obj and "error" not in obj:
                        raise KeyError("record")
                except (ValueError, KeyError, TypeError):
                    offset += len(line)
                    continue  # not ours: ignore the line
                self.done[key] = offset
                offset += len(line)
                good_end = offset
        if self.path.stat().st_size > good_end:
            with self.path.open("r+b") as fh:
                fh.truncate(good_end)

    def _seed_from_finals(self) -> None:
        finals = [(self.outdir / "records.jsonl", "record"), (self.outdir / "errors.jsonl", "error")]
        if not any(p.exists() for p, _ in finals):
            return
        seen: dict[str, int] = {}
        with self.path.open("wb") as out:
            for path, kind in finals:
                if not path.exists():
                    continue
                with path.open("rb") as fh:
                    for line in fh:
                        if not line.endswith(b"\n"):
                            line += b"\n"
                        try:
                            doc_id = str(json.loads(line)["doc_id"])
                        except (ValueError, KeyError, TypeError):
                            continue
                        n = seen.get(doc_id, 0)
                        seen[doc_id] = n + 1
                        self.done[(doc_id, n)] = out.tell()
                        out.write(_log_line(doc_id, n, kind, line.decode("utf-8").rstrip("\n")))

    def offset_of(self, doc_id: str, n: int) -> int | None:
        """Where the finished outcome of this input is in the log, or None when it is still to do."""
        return self.done.get((doc_id, n))

    def append(self, doc_id: str, n: int, kind: str, payload_json: str) -> int:
        """Log one outcome (``kind`` "record" or "error", its JSON text); returns its offset.

        The log is handed to the OS (where it survives the process being killed) at most :data:`FLUSH_EVERY`
        seconds after a line is written; a kill loses at most that much finished work, never a line's meaning
        (a torn last line is cut off on resume)."""
        offset = self._fh.tell()
        self._fh.write(_log_line(doc_id, n, kind, payload_json))
        now = time.monotonic()
        if now - self._flushed >= FLUSH_EVERY:
            self._fh.flush()
            self._flushed = now
        return offset

    def flush(self) -> None:
        self._fh.flush()
        self._flushed = time.monotonic()

    def read(self, offset: int) -> tuple[str, dict]:
        """("record" | "error", payload) of the line at ``offset``."""
        self._fh.flush()  # the line may still be in this process's buffer
        if self._reader is None:
            self._reader = self.path.open("rb")
        if self._reader.tell() != offset:
            self._reader.seek(offset)
        obj = json.loads(self._reader.readline())
        return ("record", obj["record"]) if "record" in obj else ("error", obj["error"])

    def close(self) -> None:
        self._fh.close()
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    def remove(self) -> None:
        """Delete the log (after the final files are in place)."""
        self.close()
        shutil.rmtree(self.dir, ignore_errors=True)


def _log_line(doc_id: str, n: int, kind: str, payload_json: str) -> bytes:
    head = json.dumps({"id": doc_id, "n": n}, ensure_ascii=False)[:-1]
    return f'{head}, "{kind}": {payload_json}}}\n'.encode("utf-8")


# --------------------------------------------------------------------------------------------- file names

_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)", re.IGNORECASE)
MAX_NAME_CHARS = 80


def safe_filename(doc_id: str) -> str:
    """A file name for a doc id that stays in its folder on any system, distinct for distinct ids.

    Only ASCII letters, digits, ``.``, ``_`` and ``-`` remain (Vietnamese letters lose their marks, "đ" → "d";
    anything else, path separators and NUL included, becomes ``_``); no leading dot (so never ``..`` or a
    hidden file), no trailing dot or space, no Windows device name (``CON``, ``NUL``, ``COM1`` …), at most
    80 characters. Whenever the name differs from the id, 8 hex digits of the id's SHA-1 are appended, so
    ``a/b`` and ``a_b`` never share a file. No extension is added.
    """
    doc_id = str(doc_id)
    ascii_form = unicodedata.normalize("NFKD", doc_id.replace("đ", "d").replace("Đ", "D"))
    ascii_form = "".join(c for c in ascii_form if not unicodedata.combining(c))
    name = _UNSAFE_NAME.sub("_", ascii_form).lstrip(".").rstrip(". ")[:MAX_NAME_CHARS].rstrip(". ")
    if _WINDOWS_RESERVED.match(name):
        name = "_" + name
    if name != doc_id or not name:
        digest = hashlib.sha1(doc_id.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        name = f"{name}-{digest}" if name else f"doc-{digest}"
    return name
