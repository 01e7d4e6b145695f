"""Organizations: every named organization in its fullest written form, with type and mentions. (Stub: issue 4.)"""

from __future__ import annotations

from ..document import Document
from ..schema import Organization


def extract(doc: Document) -> list[Organization]:
    return []
