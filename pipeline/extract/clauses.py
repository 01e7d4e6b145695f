"""Sentences and clauses of the content text, for the pattern extractors (pledges, awards, group roles).

Sentences are the segmentation stage's (:func:`pipeline.segment.sentence_spans`), one segment at a time; clauses
split a sentence at ";". Offsets always index ``doc.text``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document
from ..segment import Span, sentence_spans
from ..segment import strip_span as strip
from ..resources import data_path, read_table

def sentences(doc: Document, kinds: tuple[str, ...] = ()) -> list[Span]:
    """Sentence spans of the content segments (of ``kinds`` when given), in text order, stripped of white space."""
    out: list[Span] = []
    for seg in doc.content_segments(*kinds):
        out.extend(sentence_spans(doc.text, seg.start, seg.end))
    return out


def clauses(text: str, sent: Span) -> list[Span]:
    """The ";"-separated clauses of a sentence."""
    out: list[Span] = []
    pos = sent.start
    for i in range(sent.start, sent.end):
        if text[i] == ";":
            out.append(strip(text, pos, i))
            pos = i + 1
    out.append(strip(text, pos, sent.end))
    return [c for c in out if c.end > c.start]


@lru_cache(maxsize=None)
def cue_table(name: str) -> dict[str, tuple[str, ...]]:
    """A two-column cue file ``models/lexicons/<name>``: kind -> folded cue phrases (longest first)."""
    from ..clean import fold

    table: dict[str, list[str]] = {}
    for cue, kind in read_table(data_path(f"lexicons/{name}"), columns=2):
        table.setdefault(kind, []).append(fold(cue))
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in table.items()}


@lru_cache(maxsize=None)
def cue_regex(name: str, kind: str) -> re.Pattern:
    """A regex matching any cue of ``kind`` in ``name`` as whole words of the folded text."""
    cues = cue_table(name).get(kind, ())
    if not cues:
        return re.compile(r"(?!x)x")
    alt = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)
    return re.compile(rf"(?<![\w])(?:{alt})(?![\w])")
