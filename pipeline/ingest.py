"""Ingest: find the inputs, read and decode them, and make each one an :class:`Article`.

Inputs (``spec/record-schema.md``): ``.txt`` files (one article; doc id = file stem), ``.html``/``.htm`` pages
(article text extracted from the page), ``.jsonl`` files (one article a line: ``id``, ``text`` or ``html``,
optional ``url``, ``title``, ``published``) and folders (all of those inside, recursively, in sorted order).

:func:`iter_inputs` streams :class:`RawInput` items without decoding anything (a 10 GB JSONL is read a line at a
time); :func:`load` turns one into an :class:`Article` or raises :class:`IngestError` with a plain-language message.
The canonical text of an article is the decoded input (HTML: the extracted text) after Unicode NFC.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .schema import Source

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
INPUT_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

#: Refuse single inputs larger than this (bytes); they end as an error line, not as a stalled worker.
MAX_INPUT_BYTES = 64 * 1024 * 1024


class IngestError(Exception):
    """An input that cannot become an article; the message is shown to users in errors.jsonl."""


@dataclass
class RawInput:
    """One input before decoding: where it came from and its undecoded payload (or the error found early)."""

    doc_id: str
    source: Source
    kind: str  # "text" or "html"
    data: bytes | str | None = None
    error: str | None = None
    ordinal: int = 0  # position in the input order


@dataclass
class Article:
    doc_id: str
    text: str  # canonical text: NFC
    source: Source
    kind: str = "text"
    sha256: str = field(default="")

    def __post_init__(self) -> None:
        if not self.sha256:
            self.sha256 = hashlib.sha256(self.text.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------------------------- finding inputs

def expand_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Files named on the command line, with folders expanded recursively in sorted order."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in INPUT_SUFFIXES:
                    yield child
        else:
            yield path


def iter_inputs(paths: Iterable[str | os.PathLike]) -> Iterator[RawInput]:
    """Stream every input in order. Never raises for a bad input: it yields a RawInput with ``error`` set."""
    seen: set[str] = set()
    ordinal = 0
    for path in expand_paths(paths):
        for raw in _inputs_of_file(path):
            raw.ordinal = ordinal
            ordinal += 1
            if raw.error is None:
                if raw.doc_id in seen:
                    raw.error = f"duplicate doc_id {raw.doc_id!r}: an earlier input already has this id"
                    raw.data = None
                seen.add(raw.doc_id)
            yield raw


def _inputs_of_file(path: Path) -> Iterator[RawInput]:
    suffix = path.suffix.lower()
    src = Source(path=str(path))
    if not path.exists():
        yield RawInput(path.stem, src, "text", error=f"input not found: {path}")
        return
    if suffix in JSONL_SUFFIXES:
        yield from _inputs_of_jsonl(path)
        return
    kind = "html" if suffix in HTML_SUFFIXES else "text"
    if suffix not in INPUT_SUFFIXES:
        yield RawInput(path.stem, src, kind, error=f"unsupported input type {suffix or '(none)'}: expected .txt, .html or .jsonl")
        return
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            yield RawInput(path.stem, src, kind, error=f"file too large ({size} bytes; the limit is {MAX_INPUT_BYTES})")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield RawInput(path.stem, src, kind, error=f"cannot read file: {exc.strerror or exc}")
        return
    yield RawInput(path.stem, src, kind, data=data)


def _inputs_of_jsonl(path: Path) -> Iterator[RawInput]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield RawInput(path.stem, Source(path=str(path)), "text", error=f"cannot read file: {exc.strerror or exc}")
        return
    with fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            fallback_id = f"{path.stem}-{lineno}"
            src = Source(path=where)
            if len(line) > MAX_INPUT_BYTES:
                yield RawInput(fallback_id, src, "text", error=f"line too large ({len(line)} bytes)")
                continue
            try:
                obj = json.loads(decode_bytes(line))
            except (ValueError, IngestError) as exc:
                yield RawInput(fallback_id, src, "text", error=f"malformed JSON line: {exc}")
                continue
            if not isinstance(obj, dict):
                yield RawInput(fallback_id, src, "text", error="malformed JSON line: expected an object")
                continue
            doc_id = obj.get("id")
            doc_id = str(doc_id) if doc_id not in (None, "") else fallback_id
            src = Source(path=where, url=_opt_str(obj.get("url")), title=_opt_str(obj.get("title")),
                         published=_opt_str(obj.get("published")))
            if isinstance(obj.get("text"), str):
                yield RawInput(doc_id, src, "text", data=obj["text"])
            elif isinstance(obj.get("html"), str):
                yield RawInput(doc_id, src, "html", data=obj["html"])
            else:
                yield RawInput(doc_id, src, "text", error="JSON line has no 'text' or 'html' string")


def _opt_str(v) -> str | None:
    return None if v is None else str(v)


# --------------------------------------------------------------------------------------------- decoding

def decode_bytes(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or legacy Windows-1258 Vietnamese."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict")
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise IngestError(f"not valid UTF-16 text: {exc.reason}") from None
    if b"\x00" in data:
        raise IngestError("binary file: contains NUL bytes and no UTF-16 byte-order mark")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        raise IngestError("unknown text encoding: neither UTF-8, UTF-16 nor Windows-1258") from None
    return text


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def to_canonical(text: str) -> str:
    """The canonical text: NFC. Control characters are refused, not silently removed (offsets must hold)."""
    return unicodedata.normalize("NFC", text)


def load(raw: RawInput) -> Article:
    """Decode one input into an Article, or raise IngestError saying why it cannot be used."""
    if raw.error:
        raise IngestError(raw.error)
    data = raw.data
    if data is None or len(data) == 0:
        raise IngestError("empty input: no bytes to read")
    text = decode_bytes(data) if isinstance(data, bytes) else data
    if raw.kind == "html":
        from .htmltext import html_to_text

        text = html_to_text(text)
        if not text.strip():
            raise IngestError("no article text found in the HTML page")
    text = to_canonical(text)
    if not text.strip():
        raise IngestError("empty input: only white space")
    controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 100):
        raise IngestError(f"binary or corrupt file: {controls} control characters in {len(text)} characters")
    src = raw.source
    if raw.kind == "html" and src.title is None:
        from .htmltext import html_title

        src = Source(path=src.path, url=src.url, title=html_title(raw.data if isinstance(raw.data, str) else decode_bytes(raw.data)), published=src.published)
    return Article(doc_id=raw.doc_id, text=text, source=src, kind=raw.kind)
