"""Segment and tokenize: segments (headings, paragraphs, list items, captions, noise), sentences, and words.

Segments follow the page's lines: a hard-wrapped paragraph (a long line cut without final punctuation) is joined
with the next line. Numbered and dashed list items, headings and captions stay segments of their own.
Words come from underthesea's ``word_tokenize`` (with ``use_token_normalize=False``, which keeps the source
spelling) and are aligned back to the canonical text, so the spaCy ``Doc`` built from them has ``doc.text ==
text`` and exact character offsets.

Sentences come from :func:`sentence_spans`, a light splitter on the canonical text that knows the abbreviations of
the genre ("PGS.TS.", "TP.", "Th.S."): the extractors read them, and they are ``token.is_sent_start`` in the Doc.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, NamedTuple, Sequence

from .clean import NoiseRegion


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    kind: str  # labels.SEGMENT_KINDS


LIST_ITEM = re.compile(r"^\s*(?:\(?\d{1,2}[.)](?!\d)|\(?[a-zđ][.)]|[-–—•+*·●○▪➢✓]|\d{1,2}\s*[-–])\s*\S")
_TERMINAL = ".!?…:;\"”’)»"
_CAPTION_START = re.compile(r"^\(?\s*(ảnh|hình|clip|video)(\s*\d+)?\s*[:.)-]", re.IGNORECASE)
_LINE = re.compile(r"[^\n]*")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, stripped of surrounding white space."""
    out = []
    for m in _LINE.finditer(text):
        s, e = m.start(), m.end()
        line = text[s:e]
        if not line.strip():
            continue
        s += len(line) - len(line.lstrip())
        e -= len(line) - len(line.rstrip())
        out.append((s, e))
    return out


def _in_noise(start: int, end: int, noise: Sequence[NoiseRegion]) -> bool:
    return any(r.start <= start and end <= r.end for r in noise)


def segment(text: str, noise: Sequence[NoiseRegion] = ()) -> list[Segment]:
    """Segments of the whole text, in order; noise regions become segments of kind ``noise``."""
    blocks: list[list[int]] = []  # [start, end, is_noise]
    for s, e in _lines(text):
        is_noise = _in_noise(s, e, noise)
        if blocks and not is_noise and not blocks[-1][2] and _continues(text, blocks[-1], s, e):
            blocks[-1][1] = e
            continue
        blocks.append([s, e, is_noise])
    segs: list[Segment] = []
    first_content = True
    for s, e, is_noise in blocks:
        if is_noise:
            segs.append(Segment(s, e, "noise"))
            continue
        segs.append(Segment(s, e, _kind(text[s:e], first_content)))
        first_content = False
    return segs


def _continues(text: str, prev: list[int], s: int, e: int) -> bool:
    """A hard-wrapped paragraph: the previous line is long, ends mid-sentence, and this line is not an item."""
    prev_text = text[prev[0]:prev[1]]
    line = text[s:e]
    if LIST_ITEM.match(line) or _CAPTION_START.match(line):
        return False
    if text.count("\n", prev[1], s) > 1:  # a blank line between: a new paragraph
        return False
    if _all_capitals(prev_text) != _all_capitals(line):  # an UPPER-CASE headline is a line of its own
        return False
    return len(prev_text) >= 60 and prev_text[-1] not in _TERMINAL and prev_text[-1].isalnum() and (
        line[:1].islower() or len(line) >= 60)


def _all_capitals(line: str) -> bool:
    """A line written in capitals (at least 8 letters): a headline or a banner."""
    if not line.isupper():  # no lower-case letter (a fast test first: most lines fail it)
        return False
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters)


def _kind(line: str, first: bool) -> str:
    if LIST_ITEM.match(line):
        return "list_item"
    if _CAPTION_START.match(line):
        return "caption"
    if _all_capitals(line):
        return "heading"
    if first and len(line) < 300 and line[-1] not in ".!?…":
        return "heading"
    if len(line) < 160 and line[-1] not in _TERMINAL:
        return "caption"
    return "paragraph"


# --------------------------------------------------------------------------------------------- sentences

class Span(NamedTuple):
    """A sentence (or a clause) as offsets into the text: ``text[start:end]``, no white space at either edge."""

    start: int
    end: int


#: The end of a sentence inside a segment: ".", "!", "?" or "…" (and closing quotes or brackets), then white space
#: before a word that starts with a capital or a digit (after an optional opening quote, bracket, dash or bullet).
_SENT_END = re.compile(r"(?<=[.!?…])(?P<close>[\"”’»)]*)\s+(?=[\"“‘«(\-–•]?\s*(?P<first>\w))")
#: The word before a full stop: everything back to white space, an opening bracket or quote (at most 15 chars).
_WORD_BEFORE_DOT = re.compile(r"(?:^|(?<=[\s(\"“‘«]))[^\s(\"“‘«]{1,15}$")


@lru_cache(maxsize=1)
def _dotted_abbreviations() -> frozenset[str]:
    from .resources import data_path, read_words

    return frozenset(w.lower() for w in read_words(data_path("lexicons/sentence_abbreviations.tsv")))


def abbreviation_dot(text: str, i: int) -> bool:
    """Whether the full stop at ``text[i]`` closes an abbreviation rather than a sentence: a known one
    (models/lexicons/sentence_abbreviations.tsv: "TP.", "ThS.", "Th.S.", "Đ/c."), a chain of them or of initials
    ("PGS.TS.", "M.T."). An acronym that is a name ("UBND.", "CAND."), a lone letter ("hạng A.") and a short word
    ("Nghệ An.") end a sentence."""
    m = _WORD_BEFORE_DOT.search(text, max(0, i - 15), i)
    if not m:
        return False
    word = m.group()
    known = _dotted_abbreviations()
    if word.lower() in known:
        return True
    parts = word.split(".")
    return len(parts) > 1 and all(p.lower() in known or (len(p) == 1 and p.isupper()) for p in parts)


def sentence_spans(text: str, start: int, end: int) -> list[Span]:
    """Sentences of ``text[start:end]`` (a segment, or segments joined where a line was cut mid-sentence).

    A sentence ends at ".", "!", "?" or "…" followed by white space and a capital or a digit: numbers ("1.200",
    "ngày 5.10") have no space after the dot, a lower-case word after it goes on the sentence, and an abbreviation
    (:func:`abbreviation_dot`) does not end one."""
    spans: list[Span] = []
    pos = start
    for m in _SENT_END.finditer(text, start, end):
        first = m.group("first")
        if not (first.isupper() or first.isdigit()):
            continue
        if text[m.start() - 1] == "." and abbreviation_dot(text, m.start() - 1):
            continue
        spans.append(Span(pos, m.start() + len(m.group("close"))))
        pos = m.end()
    spans.append(Span(pos, end))
    return [s for s in (strip_span(text, s.start, s.end) for s in spans) if s.end > s.start]


#: A line ending with one of these is not continued by the next line, even one in lower case.
_ENDS_PARAGRAPH = ".!?…:;\"”)"


def paragraphs(text: str, segments: Sequence[Segment]) -> tuple[Span | None, list[Span]]:
    """The title (a heading before any paragraph) and the paragraphs of the content (noise left out): a line cut
    mid-sentence ("… tại Hội" / "trường Nhà văn hoá xã …") is joined to the next one, which goes on in lower case.
    A first heading that goes on in lower case is no title but the start of the first paragraph."""
    title: Span | None = None
    paras: list[Span] = []
    for seg in segments:
        if seg.kind == "noise":
            continue
        goes_on = text[seg.start].islower()
        if title is None and seg.kind == "heading" and not paras:
            title = Span(seg.start, seg.end)
        elif title is not None and not paras and goes_on:
            paras.append(Span(title.start, seg.end))
            title = None
        elif paras and goes_on and text[paras[-1].end - 1] not in _ENDS_PARAGRAPH:
            paras[-1] = Span(paras[-1].start, seg.end)
        else:
            paras.append(Span(seg.start, seg.end))
    return title, paras


def strip_span(text: str, start: int, end: int, chars: str = "") -> Span:
    """The span without leading/trailing white space and ``chars`` (empty, at ``end``, when nothing is left)."""
    s, e = start, end
    while s < e and (text[s] in chars or text[s].isspace()):
        s += 1
    while e > s and (text[e - 1] in chars or text[e - 1].isspace()):
        e -= 1
    return Span(s, e)


# --------------------------------------------------------------------------------------------- words

def _flex(token: str) -> str:
    """A regex matching ``token`` in the source with any run of white space where it has one space."""
    return r"\s+".join(re.escape(part) for part in token.split())


def align(tokens: Iterable[str], text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Character spans of ``tokens`` in ``text`` (searched in order, white space flexible).

    A token that cannot be found (the tokenizer rewrote it) is skipped; its characters stay untokenized and the
    Doc gets them from the gap filler, so offsets never drift.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for tok in tokens:
        if not tok.strip():
            continue
        idx = text.find(tok, pos)
        if idx == pos or (idx >= 0 and not text[pos:idx].strip()):
            spans.append((offset + idx, offset + idx + len(tok)))
            pos = idx + len(tok)
            continue
        m = re.compile(_flex(tok)).search(text, pos)
        if m and not text[pos:m.start()].strip():
            spans.append((offset + m.start(), offset + m.end()))
            pos = m.end()
    return spans


def word_spans(text: str, segments: Sequence[Segment]) -> list[tuple[int, int]]:
    """Word spans over the whole text: underthesea inside content segments, white-space words in noise."""
    from underthesea import word_tokenize

    spans: list[tuple[int, int]] = []
    for seg in segments:
        chunk = text[seg.start:seg.end]
        if seg.kind == "noise" or len(chunk) > 20000 and " " not in chunk[:20000]:
            spans.extend((seg.start + m.start(), seg.start + m.end()) for m in re.finditer(r"\S+", chunk))
            continue
        spans.extend(align(word_tokenize(chunk, use_token_normalize=False), chunk, seg.start))
    return _fill_gaps(text, spans)


def _fill_gaps(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every non-space character belongs to a word: characters the tokenizer dropped become words too."""
    out: list[tuple[int, int]] = []
    pos = 0
    for s, e in spans:
        if s > pos:
            out.extend((pos + m.start(), pos + m.end()) for m in re.finditer(r"\S+", text[pos:s]))
        out.append((s, e))
        pos = e
    out.extend((pos + m.start(), pos + m.end()) for m in re.finditer(r"\S+", text[pos:]))
    return out


def sentence_starts(text: str, segments: Sequence[Segment]) -> set[int]:
    """Character offsets where a sentence starts: each segment starts one, and :func:`sentence_spans` splits the
    content segments (the extractors' sentences)."""
    starts: set[int] = set()
    for seg in segments:
        starts.add(seg.start)
        if seg.kind != "noise":
            starts.update(s for s, _ in sentence_spans(text, seg.start, seg.end))
    return starts


# --------------------------------------------------------------------------------------------- spaCy

@lru_cache(maxsize=1)
def get_nlp():
    """A blank Vietnamese spaCy pipeline (no pyvi); Docs are built by :func:`make_doc`. Loaded once per process."""
    import spacy

    return spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})


def make_doc(text: str, segments: Sequence[Segment]):
    """A spaCy Doc over the whole text with underthesea words; ``doc.spans['segments']`` labels each segment."""
    from spacy.tokens import Doc

    nlp = get_nlp()
    spans = word_spans(text, segments)
    words: list[str] = []
    spaces: list[bool] = []
    idxs: list[int] = []  # character offset of each word
    prefix = text[: spans[0][0]] if spans else text
    if prefix:
        words.append(prefix)
        spaces.append(False)
        idxs.append(0)
    for i, (s, e) in enumerate(spans):
        words.append(text[s:e])
        idxs.append(s)
        nxt = spans[i + 1][0] if i + 1 < len(spans) else len(text)
        gap = text[e:nxt]
        if gap == " ":
            spaces.append(True)
        else:
            spaces.append(False)
            if gap:
                words.append(gap)
                spaces.append(False)
                idxs.append(e)
    starts = sentence_starts(text, segments)
    # sent_starts given to the constructor: setting token.is_sent_start one by one is quadratic in spaCy
    doc = Doc(nlp.vocab, words=words, spaces=spaces,
              sent_starts=[i == 0 or idx in starts for i, idx in enumerate(idxs)])
    doc.spans["segments"] = [
        doc.char_span(seg.start, seg.end, label=seg.kind, alignment_mode="expand") for seg in segments
    ]
    return doc
