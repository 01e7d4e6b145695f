"""Pledges: the enumerated clauses of pledges, commitments and adopted task lists. (Stub: issue 5.)"""

from __future__ import annotations

from ..document import Document
from ..schema import Pledge


def extract(doc: Document) -> list[Pledge]:
    return []
