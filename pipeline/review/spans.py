"""Every extracted span of a record, checked against the text, layered and rendered as HTML marks.

Kinds are :data:`pipeline.labels.SPAN_LABELS` plus ``MEETING`` (evidence of a meeting field with no kind of
its own, e.g. the title or the period) and ``OTHER`` (an item with offsets in a list this page does not know).

Overlap policy: spans are *layered*. A span inside another is drawn as a mark inside the other's mark (a
pledge holding a date shows both). Two spans that cross (each starts inside the other and ends outside it) are
drawn by cutting the later one at the earlier one's end: the pieces carry the same ``data-of`` id, the first
piece holds the id and the label. Spans with the same start, end and kind are one mark listing every field
that points at it.
"""

from __future__ import annotations

import heapq
import html
import re
from dataclasses import dataclass, field
from typing import Any, Iterator

from ..labels import SPAN_LABELS

KINDS: tuple[str, ...] = SPAN_LABELS + ("MEETING", "OTHER")
_RANK = {k: i for i, k in enumerate(KINDS)}

#: Kind of the span that ``meeting.evidence[<field>]`` points at.
EVIDENCE_KINDS = {"location": "LOCATION", "date": "DATE", "time_of_day": "DATE", "host": "ORG",
                  "emulation_group": "ORG"}

#: Kind of the items of a top-level list of the record (items with ``start``/``end``).
LIST_KINDS = {"dates": "DATE", "pledges": "PLEDGE", "awards": "AWARD", "group_roles": "GROUP_ROLE",
              "references": "REFERENCE", "locations": "LOCATION"}


@dataclass
class FieldSpan:
    """One field of the record that points at characters of the text."""

    path: str  # e.g. "people[0].titles[1]", "meeting.evidence.location"
    kind: str
    start: Any
    end: Any
    surface: str | None  # the item's own copy of its text, when it has one


@dataclass
class Mark:
    """One highlighted range: a kind and the fields pointing at it."""

    id: str
    kind: str
    start: int
    end: int
    paths: list[str] = field(default_factory=list)


def _offsets(obj: dict) -> tuple[Any, Any]:
    return obj.get("start"), obj.get("end")


def field_spans(record: dict[str, Any]) -> Iterator[FieldSpan]:
    """Every field with offsets, with its kind."""
    known = {"people", "organizations", "meeting"} | set(LIST_KINDS)
    for i, p in enumerate(record.get("people") or []):
        for j, m in enumerate(p.get("mentions") or []):
            yield FieldSpan(f"people[{i}].mentions[{j}]", "PERSON", *_offsets(m), m.get("text"))
        for j, t in enumerate(p.get("titles") or []):
            if isinstance(t, dict) and "start" in t:
                yield FieldSpan(f"people[{i}].titles[{j}]", "TITLE", *_offsets(t), t.get("title"))
    for i, o in enumerate(record.get("organizations") or []):
        for j, m in enumerate(o.get("mentions") or []):
            yield FieldSpan(f"organizations[{i}].mentions[{j}]", "ORG", *_offsets(m), m.get("text"))
    meeting = record.get("meeting") or {}
    for name, span in (meeting.get("evidence") or {}).items():
        if isinstance(span, (list, tuple)) and len(span) == 2:
            yield FieldSpan(f"meeting.evidence.{name}", EVIDENCE_KINDS.get(name, "MEETING"), span[0], span[1], None)
    for key, kind in LIST_KINDS.items():
        for i, item in enumerate(record.get(key) or []):
            if isinstance(item, dict) and "start" in item:
                yield FieldSpan(f"{key}[{i}]", kind, *_offsets(item), item.get("text"))
    for key, value in record.items():
        if key in known or not isinstance(value, list):
            continue
        for i, item in enumerate(value):
            if isinstance(item, dict) and isinstance(item.get("start"), int) and isinstance(item.get("end"), int):
                yield FieldSpan(f"{key}[{i}]", "OTHER", *_offsets(item), item.get("text"))


def problem(text: str, fs: FieldSpan) -> str | None:
    """Why this field cannot be highlighted, or None."""
    s, e = fs.start, fs.end
    if not (isinstance(s, int) and isinstance(e, int)) or isinstance(s, bool) or isinstance(e, bool):
        return "offsets are not whole numbers"
    if not 0 <= s < e <= len(text):
        return f"offsets {s}–{e} are outside the text (length {len(text)})" if e > len(text) or s < 0 \
            else f"empty or reversed span {s}–{e}"
    if fs.surface is not None and text[s:e] != fs.surface:
        return f"text[{s}:{e}] is not the item's text"
    return None


def build_marks(text: str, record: dict[str, Any]) -> tuple[list[Mark], dict[str, str], dict[str, str]]:
    """Marks in text order, ``field path → mark id`` and ``field path → problem`` for fields not highlighted."""
    by_range: dict[tuple[int, int, str], Mark] = {}
    problems: dict[str, str] = {}
    for fs in field_spans(record):
        why = problem(text, fs)
        if why:
            problems[fs.path] = why
            continue
        key = (fs.start, fs.end, fs.kind)
        if key not in by_range:
            by_range[key] = Mark("", fs.kind, fs.start, fs.end)
        by_range[key].paths.append(fs.path)
    marks = sorted(by_range.values(), key=lambda m: (m.start, -m.end, _RANK.get(m.kind, len(_RANK))))
    ids: dict[str, str] = {}
    for n, m in enumerate(marks, start=1):
        m.id = f"m{n}"
        for p in m.paths:
            ids[p] = m.id
    return marks, ids, problems


@dataclass
class Piece:
    start: int
    end: int
    mark: Mark
    first: bool


def layer(marks: list[Mark]) -> list[Piece]:
    """Cut crossing marks so that the pieces nest; pieces in document order, outer before inner."""
    heap = [(m.start, -m.end, _RANK.get(m.kind, 99), n, True) for n, m in enumerate(marks)]
    heapq.heapify(heap)
    open_ends: list[int] = []
    pieces: list[Piece] = []
    while heap:
        start, neg_end, rank, n, first = heapq.heappop(heap)
        end = -neg_end
        while open_ends and open_ends[-1] <= start:
            open_ends.pop()
        if open_ends and end > open_ends[-1]:
            cut = open_ends[-1]
            heapq.heappush(heap, (cut, -end, rank, n, False))
            end = cut
        pieces.append(Piece(start, end, marks[n], first))
        open_ends.append(end)
    return pieces


_EMPTY_CONT = re.compile(r'<mark class="ent k-[A-Z_]+ cont"[^>]*></mark>')


def _esc(s: str) -> str:
    return html.escape(s, quote=False)


def _open_tag(p: Piece) -> str:
    m = p.mark
    title = html.escape(f"{m.kind}: " + ", ".join(m.paths))
    if p.first:
        return f'<mark class="ent k-{m.kind}" id="{m.id}" data-of="{m.id}" data-kind="{m.kind}" title="{title}">'
    return f'<mark class="ent k-{m.kind} cont" data-of="{m.id}" title="{title}">'


def render_text(text: str, marks: list[Mark]) -> str:
    """The text as escaped HTML with nested ``<mark>`` elements (labels come from CSS, not from the text).

    Line breaks are kept outside marks: open marks are closed before a newline and continued after it, so a
    span over several paragraphs is drawn line by line, with no empty boxes on blank lines.
    """
    out: list[str] = []
    pos = 0
    stack: list[Piece] = []

    def emit(upto: int) -> None:
        nonlocal pos
        chunk = text[pos:upto]
        pos = upto
        if not stack or "\n" not in chunk:
            out.append(_esc(chunk))
            return
        lines = chunk.split("\n")
        for i, line in enumerate(lines):
            if i:
                out.append("</mark>" * len(stack) + "\n"
                           + "".join(_open_tag(Piece(p.start, p.end, p.mark, False)) for p in stack))
            out.append(_esc(line))

    def close_until(limit: int) -> None:
        while stack and stack[-1].end <= limit:
            emit(stack[-1].end)  # the piece is still open while its text is written
            stack.pop()
            out.append("</mark>")

    for p in layer(marks):
        close_until(p.start)
        emit(p.start)
        out.append(_open_tag(p))
        stack.append(p)
    close_until(len(text))
    emit(len(text))
    html_ = "".join(out)
    while True:  # continuation pieces left empty by blank lines
        html_, n = _EMPTY_CONT.subn("", html_)
        if not n:
            return html_
