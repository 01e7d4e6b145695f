"""Sentences and clauses of the content text, for the pattern extractors (pledges, awards, group roles).

Sentences are the segmentation stage's (:func:`pipeline.segment.sentence_spans`), one segment at a time; clauses
split a sentence at ";". Offsets always index ``doc.text``.
"""

from __future__ import annotations

from ..document import Document
from ..segment import Span, sentence_spans
from ..segment import strip_span as strip


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

