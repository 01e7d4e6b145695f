"""Awards: each distinction given at the event, with recipient, count and issuer. (Stub: issue 5.)"""

from __future__ import annotations

from ..document import Document
from ..schema import Award, Organization, Person


def extract(doc: Document, organizations: list[Organization], people: list[Person]) -> list[Award]:
    return []
