"""Dates: every date expression, normalized to ISO with its precision and role. (Stub: issue 5.)"""

from __future__ import annotations

from ..document import Document
from ..schema import DateItem


def extract(doc: Document, warnings: list[str]) -> list[DateItem]:
    return []
