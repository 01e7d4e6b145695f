"""Sentences and clauses of the content text, for the pattern extractors (pledges, awards, group roles, references).

A light splitter on the canonical text, cheap enough to run in every extractor: a sentence ends at ".", "!", "?"
or "…" followed by white space and an upper-case letter (or a quote, a digit, a dash), and at the end of its
segment; "5.000", "TP. Hà Nội" stay inside one sentence (no space after the dot, or a known abbreviation before
it). Clauses split a sentence at ";". Offsets always index ``doc.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..document import Document
from ..resources import data_path, read_table

#: End of a sentence inside a segment: the punctuation, then the white space before the next sentence (which must
#: start with an upper-case letter or a digit, after an optional opening quote or dash).
_SENT_END = re.compile(r"(?<=[.!?…])(?P<close>[\"”’»)]*)\s+(?=[\"“‘«(\-–•]?\s*(?P<first>\w))")
_ABBREV_BEFORE = re.compile(r"(?:^|\s)(?:tp|tt|tx|p|q|ts|ths|gs|pgs|bs|ks|đ/c|th\.s|v\.v|st|n\.d)\.$", re.IGNORECASE)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def sentences(doc: Document, kinds: tuple[str, ...] = ()) -> list[Span]:
    """Sentence spans of the content segments (of ``kinds`` when given), in text order, stripped of white space."""
    out: list[Span] = []
    for seg in doc.content_segments(*kinds):
        out.extend(split_sentences(doc.text, seg.start, seg.end))
    return out


def split_sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentence spans of ``text[start:end]``."""
    spans: list[Span] = []
    pos = start
    for m in _SENT_END.finditer(text, start, end):
        first = m.group("first")
        if not (first.isupper() or first.isdigit()):
            continue
        before = text[max(start, m.start() - 8):m.start()]
        if _ABBREV_BEFORE.search(before):
            continue
        spans.append(Span(pos, m.start() + len(m.group("close"))))
        pos = m.end()
    spans.append(Span(pos, end))
    return [s for s in (strip(text, s.start, s.end) for s in spans) if s.end > s.start]


def strip(text: str, start: int, end: int, chars: str | None = None) -> Span:
    """The span without leading/trailing white space (or ``chars``)."""
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip(chars))
    right = len(piece.rstrip(chars))
    if right <= left:
        return Span(start, start)
    return Span(start + left, start + right)


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
