"""References: cited legal and policy documents by kind, number, issuer and date. (Stub: issue 5.)"""

from __future__ import annotations

from ..document import Document
from ..schema import DateItem, Reference


def extract(doc: Document, dates: list[DateItem]) -> list[Reference]:
    return []
