"""One input → one outcome: a record, or an error line. Never raises for a bad input."""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from typing import Any

from . import document
from .extract import extract_record
from .ingest import Article, IngestError, RawInput, load
from .schema import Record


@dataclass
class Outcome:
    doc_id: str
    ordinal: int
    record: dict[str, Any] | None = None
    error: dict[str, Any] | None = None


def process_article(article: Article) -> Record:
    """Clean, segment and extract one decoded article."""
    return extract_record(document.build(article))


def process_raw(raw: RawInput) -> Outcome:
    """Ingest and process one input; any failure becomes a plain-language error line."""
    source = raw.source.path
    try:
        article = load(raw)
    except IngestError as exc:
        return Outcome(raw.doc_id, raw.ordinal, error=error_line(raw.doc_id, source, str(exc)))
    try:
        record = process_article(article)
    except Exception as exc:  # one bad page never stops the batch
        detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        return Outcome(raw.doc_id, raw.ordinal,
                       error=error_line(raw.doc_id, source, f"internal error while extracting: {detail}"))
    return Outcome(raw.doc_id, raw.ordinal, record=record.to_dict())


def error_line(doc_id: str, source: str | None, message: str) -> dict[str, Any]:
    return {"doc_id": doc_id, "source": source, "error": message}
