"""Meeting: whether the article reports a meeting, and its types, title, date, place, host, bloc and size.

First simple rule (issue 2); issue 5 replaces it.
"""

from __future__ import annotations

import re

from ..document import Document
from ..schema import Meeting, Record

_MEETING_WORDS = re.compile(r"\b(hội nghị|lễ|buổi làm việc|đại hội|họp)\b")
_TOOK_PLACE = re.compile(r"\b(tổ chức|diễn ra|đã|khai mạc)\b")


def extract(doc: Document, record: Record) -> tuple[bool, Meeting | None]:
    folded = doc.folded
    content = [folded[s.start:s.end] for s in doc.content_segments()]
    body = "\n".join(content)
    if _MEETING_WORDS.search(body) and _TOOK_PLACE.search(body):
        return True, Meeting()
    return False, None
