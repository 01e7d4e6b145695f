"""Group roles: who leads the emulation bloc or cluster. (Stub: issue 5.)"""

from __future__ import annotations

from ..document import Document
from ..schema import GroupRole, Organization, Person


def extract(doc: Document, organizations: list[Organization], people: list[Person]) -> list[GroupRole]:
    return []
