"""People: named individuals with honorifics split off and their titles. (Stub: issue 4.)"""

from __future__ import annotations

from ..document import Document
from ..schema import Organization, Person


def extract(doc: Document, organizations: list[Organization]) -> list[Person]:
    return []
