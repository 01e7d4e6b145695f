"""The canonical text of each record's article, read again from its input through :mod:`pipeline.ingest`.

A record names its input in ``source.path``: a file (``.txt``/``.html``) or ``file.jsonl:LINE``. Each input file
is read once, in the order records first name it, and only the articles asked for are decoded. With explicit
``inputs`` (``thidua review OUTDIR --inputs ...``) those are streamed instead and matched by source path, then
by doc id. The text is checked against ``text_sha256``: a mismatch is reported, never highlighted.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..ingest import IngestError, RawInput, iter_inputs, load

_JSONL_LINE = re.compile(r"^(?P<file>.+\.jsonl):(?P<line>\d+)$", re.I)


@dataclass
class Located:
    record: dict[str, Any]
    text: str | None  # canonical text when found and its hash matches the record
    problem: str | None  # plain-language reason when text is None or unusable


def _split(path: str) -> tuple[str, int | None]:
    m = _JSONL_LINE.match(path)
    return (m["file"], int(m["line"])) if m else (path, None)


def _resolve(file: str, bases: list[Path]) -> Path | None:
    p = Path(file)
    if p.is_absolute():
        return p if p.exists() else None
    for base in bases:
        if (base / p).exists():
            return base / p
    return None


def _key(path: str | None) -> tuple[str, int | None] | None:
    if not path:
        return None
    file, line = _split(path)
    return os.path.normcase(os.path.abspath(file)), line


def _check(record: dict[str, Any], raw: RawInput) -> Located:
    try:
        text = load(raw).text
    except IngestError as exc:
        return Located(record, None, f"the input can no longer be read: {exc}")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if digest != record.get("text_sha256"):
        return Located(record, None, "the input has changed since extraction (its SHA-256 differs from the "
                                     "record's text_sha256): offsets may not fit, so nothing is highlighted")
    return Located(record, text, None)


def locate(records: list[dict[str, Any]], inputs: Iterable[str | os.PathLike] | None = None,
           bases: Iterable[Path] | None = None) -> Iterator[Located]:
    """One :class:`Located` per record (in no particular order); relative paths are tried under ``bases``."""
    bases = list(bases) if bases is not None else [Path.cwd()]
    wanted: dict[tuple[str, int | None], dict[str, Any]] = {}
    by_id: dict[str, dict[str, Any]] = {}
    files: dict[str, Path] = {}  # file key → resolved path, in first-seen order
    for rec in records:
        path = (rec.get("source") or {}).get("path")
        by_id.setdefault(rec["doc_id"], rec)
        if not path:
            continue
        file, line = _split(path)
        resolved = _resolve(file, bases)
        target = resolved if resolved is not None else Path(file)
        key = _key(str(target) + (f":{line}" if line is not None else ""))
        wanted[key] = rec
        files.setdefault(key[0], target)
    done: set[int] = set()

    def raws() -> Iterator[RawInput]:
        if inputs is not None:
            yield from iter_inputs(inputs)
        else:
            for target in files.values():
                if target.exists():
                    yield from iter_inputs([target])

    for raw in raws():
        rec = wanted.get(_key(raw.source.path))
        if rec is None and inputs is not None:
            rec = by_id.get(raw.doc_id)
        if rec is None or id(rec) in done:
            continue
        done.add(id(rec))
        yield _check(rec, raw)
    for rec in records:
        if id(rec) not in done:
            path = (rec.get("source") or {}).get("path")
            yield Located(rec, None, f"article text not found (source {path!r}); pass the inputs with --inputs")
