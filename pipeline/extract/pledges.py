"""Pledges: the enumerated clauses of pledges, commitments, agreed contents and adopted task lists.

Two shapes are read, both only when the sentence that introduces them says the units agree, commit or set out to
do something (a cue of models/lexicons/pledge_cues.tsv: "thống nhất", "cam kết", "giao ước", "nhiệm vụ",
"chỉ tiêu", "phương hướng" …) and does not say it is something else (results achieved, award proposals, the
standards of a law):

- a block of list items after an introducing line ending with ":" — numbered ("1.", "1)", "a)"), dashed or
  bulleted ("-", "–", "•"); an explanatory paragraph between two items of the same kind does not end the block,
  and items of another kind inside it are sub-items;
- "; "-separated items after a colon inside one sentence ("nhiệm vụ trọng tâm 6 tháng cuối năm, đó là: a; b.").

Items that only name a document or a meeting the conference adopted ("Quy chế hoạt động", "Kế hoạch hoạt động
của Cụm") are not pledged content, so a list of adopted documents counts 0; an inline list needs two items left,
so a single sentence of agreement counts 0. Prose that is not enumerated is never split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Document
from ..schema import Pledge
from ..segment import Segment, Span, sentence_spans
from ..segment import strip_span as strip
from .cues import cue_regex

_CUES = "pledge_cues.tsv"

_MARKER = re.compile(
    r"\s*(?:\(?(?P<num>\d{1,2})\s*[.)](?!\d)|\(?(?P<alpha>[a-zđ])[.)]|(?P<bullet>[-–—•+*·●○▪➢✓])|"
    r"(?P<numdash>\d{1,2})\s*[-–])\s*"
)
_ITEM_EDGE = " \t\n;,.:"
_DOCUMENT_ITEM_MAX_WORDS = 16


@dataclass
class _Item:
    start: int
    end: int
    family: str
    number: int | None


def _list_item(doc: Document, seg: Segment) -> _Item | None:
    m = _MARKER.match(doc.text, seg.start, seg.end)
    if not m:
        return None
    if m.group("num") or m.group("numdash"):
        family, number = "num", int(m.group("num") or m.group("numdash"))
    elif m.group("alpha"):
        family, number = "alpha", ord(m.group("alpha")) - ord("a") + 1
    else:
        family, number = m.group("bullet").replace("—", "–"), None
    body = strip(doc.text, m.end(), seg.end, _ITEM_EDGE)
    return _Item(body.start, body.end, family, number)


def _introduces(doc: Document, start: int, end: int) -> bool:
    """True when the introducing text ``[start, end)`` announces committed or agreed content."""
    folded = doc.folded
    if cue_regex(_CUES, "negative").search(folded, start, end):
        return False
    if cue_regex(_CUES, "commit").search(folded, start, end):
        return True
    for m in cue_regex(_CUES, "weak").finditer(folded, start, end):
        if not folded[max(start, m.start() - 4):m.start()].endswith("đã "):
            return True
    return False


def _names_a_document(doc: Document, start: int, end: int) -> bool:
    """An item that is the name of a document or meeting ("Quy chế hoạt động"), not a task."""
    m = cue_regex(_CUES, "document").match(doc.folded, start, end)
    return bool(m) and doc.text[start].isupper() and len(doc.text[start:end].split()) <= _DOCUMENT_ITEM_MAX_WORDS


_OPENS = re.compile(r"(?:[:：]|(?<![\w])(?:sau|sau đây|như sau|gồm|bao gồm))\s*[\"”]?\s*$")


def _opens_list(doc: Document, intro: Segment, sent: Span) -> bool:
    """The line before a list announces it: ends with ":" or "… như sau", or is a heading ("NỘI DUNG GIAO ƯỚC")."""
    return intro.kind == "heading" or bool(_OPENS.search(doc.folded, sent.start, sent.end))


def _last_sentence(doc: Document, seg: Segment) -> Span:
    return sentence_spans(doc.text, seg.start, seg.end)[-1]


def _blocks(doc: Document) -> list[list[_Item]]:
    """Blocks of list items introduced by a committing line ending with ':'."""
    segs = doc.content_segments()
    blocks: list[list[_Item]] = []
    i = 0
    while i < len(segs):
        seg = segs[i]
        first = _list_item(doc, seg) if seg.kind == "list_item" else None
        intro = segs[i - 1] if i > 0 else None
        if first is None or intro is None or intro.kind == "list_item":
            i += 1
            continue
        sent = _last_sentence(doc, intro)
        if not _opens_list(doc, intro, sent) or not _introduces(doc, sent.start, sent.end):
            i += 1
            continue
        items = [first]
        j = i + 1
        while j < len(segs):
            nxt = segs[j]
            item = _list_item(doc, nxt) if nxt.kind == "list_item" else None
            if item is not None:
                if item.family != first.family:
                    j += 1  # a sub-item of another kind
                    continue
                if item.number is not None and items[-1].number is not None and item.number != items[-1].number + 1:
                    break
                items.append(item)
                j += 1
                continue
            # an explanatory paragraph between two items of the block
            after = _list_item(doc, segs[j + 1]) if j + 1 < len(segs) and segs[j + 1].kind == "list_item" else None
            text = doc.text[nxt.start:nxt.end].rstrip()
            if after is not None and after.family == first.family and nxt.kind != "heading" and not text.endswith(":"):
                j += 1
                continue
            break
        blocks.append([it for it in items if not _names_a_document(doc, it.start, it.end)])
        i = j
    return blocks


def _top_level_semicolons(text: str, start: int, end: int) -> list[int]:
    """Offsets of ';' not inside quotes or brackets."""
    depth = 0
    quote = False
    out = []
    for k in range(start, end):
        ch = text[k]
        if ch in "(“":
            depth += 1
        elif ch in ")”" and depth:
            depth -= 1
        elif ch == '"':
            quote = not quote
        elif ch == ";" and not depth and not quote:
            out.append(k)
    return out


def _without_marker(doc: Document, part: Span) -> Span:
    """An inline item without its own number ("(1) tổ chức …" → "tổ chức …")."""
    m = _INLINE_MARKER.match(doc.text, part.start, part.end)
    return strip(doc.text, m.end(), part.end, _ITEM_EDGE) if m else part


_INLINE_MARKER = re.compile(r"\s*(?:\(\d{1,2}\)|\d{1,2}\)|\([a-zđ]\)|[a-zđ]\)|[-–•+])\s+")


def _inline_lists(doc: Document) -> list[list[Span]]:
    """"; "-separated items after a committing colon inside one sentence."""
    lists: list[list[Span]] = []
    for seg in doc.content_segments("paragraph", "caption"):
        for sent in sentence_spans(doc.text, seg.start, seg.end):
            colon = doc.text.find(":", sent.start, sent.end)
            if colon < 0:
                continue
            semis = _top_level_semicolons(doc.text, colon + 1, sent.end)
            if not semis:
                continue
            clause_start = max([sent.start] + [k + 1 for k in _top_level_semicolons(doc.text, sent.start, colon)])
            if not _introduces(doc, clause_start, colon):
                continue
            bounds = [colon] + semis + [sent.end]
            parts = [_without_marker(doc, strip(doc.text, bounds[k] + 1, bounds[k + 1], _ITEM_EDGE))
                     for k in range(len(bounds) - 1)]
            parts = [p for p in parts if p.end > p.start and not _names_a_document(doc, p.start, p.end)]
            if len(parts) >= 2:
                lists.append(parts)
    return lists


def extract(doc: Document) -> list[Pledge]:
    """The pledged or agreed clauses, numbered 1..n in text order."""
    spans: list[tuple[int, int]] = []
    for block in _blocks(doc):
        spans.extend((it.start, it.end) for it in block)
    for parts in _inline_lists(doc):
        spans.extend((p.start, p.end) for p in parts)
    spans = sorted(set(spans))
    return [Pledge(index=k, text=doc.text[s:e], start=s, end=e) for k, (s, e) in enumerate(spans, start=1)]
