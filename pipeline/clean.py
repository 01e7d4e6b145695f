"""Clean: recognize page chrome (regions that are not the article) without touching the text.

Nothing is removed: :func:`find_noise` returns regions of the canonical text, so every offset any later stage
produces still indexes the canonical text. Extractors skip noise regions; the dates extractor may read
``timestamp`` regions (a page's publication stamp) to infer years. Photo captions are not noise: they are
segments of their own (see :mod:`pipeline.segment`) because they often name people.

:func:`fold` gives the matching form of a text: same length, lower case, the two Vietnamese tone-mark placements
("hoà"/"hòa", "thuỷ"/"thủy") folded to one, so patterns match either spelling at the same offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .resources import data_path, read_table


@dataclass(frozen=True)
class NoiseRegion:
    start: int
    end: int
    kind: str  # labels.NOISE_KINDS


@dataclass(frozen=True)
class _Pattern:
    kind: str
    tail: bool
    regex: re.Pattern


@lru_cache(maxsize=1)
def _patterns() -> tuple[_Pattern, ...]:
    rows = read_table(data_path("noise_patterns.tsv"), columns=3)
    return tuple(_Pattern(kind, scope == "tail", re.compile(rx, re.IGNORECASE)) for kind, scope, rx in rows)


_LINE = re.compile(r"[^\n]*\n?")
#: A byline: a short last line of capitalized words or initials, optionally after "Tin, ảnh:" / "Bài, ảnh:".
#: The word is possessive (``*+``): with a plain ``*`` a long capitalized run ("AAAA…!") backtracks in O(n⁴).
_BYLINE = re.compile(
    r"^(?:(?:tin|bài|ảnh|tin và ảnh|bài và ảnh|tin, ảnh|bài, ảnh|theo)\s*[:：]\s*)?"
    r"(?:[A-ZĐÀ-Ỹ][\w.]*+\s*){1,4}(?:\([^()]{1,60}\))?\s*\.?$"
)
_BYLINE_PREFIX = re.compile(r"^(tin|bài|ảnh|tin và ảnh|bài và ảnh|tin, ảnh|bài, ảnh)\s*[:：]", re.IGNORECASE)


def find_noise(text: str) -> list[NoiseRegion]:
    """Regions of page chrome in ``text``, sorted, non-overlapping."""
    regions: list[NoiseRegion] = []
    pats = _patterns()
    lines: list[tuple[int, int, str]] = []
    for m in _LINE.finditer(text):
        if m.start() == m.end():
            break
        line = m.group().rstrip("\n")
        lines.append((m.start(), m.start() + len(line), line))
    tail_from: int | None = None
    tail_kind = ""
    seen_paragraph = False
    for start, end, line in lines:
        stripped = line.strip()
        lstart = start + (len(line) - len(line.lstrip()))
        if _is_long_paragraph(stripped):
            if tail_from is not None:
                regions.append(NoiseRegion(tail_from, _line_before(lines, lstart), tail_kind))
                tail_from = None
            seen_paragraph = True
            continue
        if tail_from is not None:
            continue
        for p in pats:
            if p.regex.match(stripped):
                if p.tail and seen_paragraph:
                    tail_from, tail_kind = lstart, p.kind
                else:
                    regions.append(NoiseRegion(lstart, lstart + len(stripped), p.kind))
                break
    if tail_from is not None:
        regions.append(NoiseRegion(tail_from, len(text.rstrip()), tail_kind))
    banner = _find_banner(lines, regions)
    if banner is not None:
        regions.append(banner)
    byline = _find_byline(lines, regions)
    if byline is not None:
        regions.append(byline)
    return _merge(regions)


#: A site's banner is short: the name of the agency or paper that runs the site ("SỞ TƯ PHÁP TỈNH X").
_BANNER_MAX_CHARS = 90
_BANNER_MAX_WORDS = 14


def _find_banner(lines: list[tuple[int, int, str]], regions: list[NoiseRegion]) -> NoiseRegion | None:
    """The site's banner: the page's first line when the site's menu or breadcrumb comes right after it ("TÒA ÁN
    NHÂN DÂN TỈNH X" over "Trang chủ | Giới thiệu | …"). It names the site, not a body of the report. A headline
    before a language switch or a stamp is not one (the article's title may open a page)."""
    body = [(s + (len(l) - len(l.lstrip())), l.strip()) for s, _, l in lines if l.strip()][:2]
    if len(body) < 2:
        return None
    (start, line), (nxt, _) = body
    if any(r.start <= start < r.end for r in regions) or len(line) > _BANNER_MAX_CHARS or \
            len(line.split()) > _BANNER_MAX_WORDS or line.endswith((".", ":")):
        return None
    if not any(r.start == nxt and r.kind == "navigation" for r in regions):
        return None
    return NoiseRegion(start, start + len(line), "navigation")


def _is_long_paragraph(line: str) -> bool:
    """Article prose, not chrome: a long line, or a sentence-length line ending with a full stop."""
    return len(line) >= 200 or (len(line) >= 120 and line.endswith("."))


def _line_before(lines: list[tuple[int, int, str]], start: int) -> int:
    """End offset of the last line that ends before ``start``."""
    end = 0
    for s, e, _ in lines:
        if e <= start:
            end = e
    return end


def _find_byline(lines: list[tuple[int, int, str]], regions: list[NoiseRegion]) -> NoiseRegion | None:
    """The reporter's byline: the last short content line made of capitalized words (e.g. "Minh Anh")."""
    def chrome(s: int, e: int) -> bool:
        return any(r.start <= s + 1 and e - 1 <= r.end for r in regions)

    body = [(s, e, l) for s, e, l in lines if l.strip() and not chrome(s, e)]
    # skip trailing chrome-only lines such as "." or share counters
    while body and re.fullmatch(r"[\W\d_]*", body[-1][2].strip()):
        body.pop()
    if len(body) < 3:
        return None
    start, end, line = body[-1]
    stripped = line.strip()
    words = stripped.split()
    # "Tin, ảnh: Tuấn Anh" is a credit; "Ảnh: Đồng chí … trao Cờ thi đua cho …" is a caption (content).
    credit = _BYLINE_PREFIX.match(stripped) and len(words) <= 6
    if credit or (len(words) <= 5 and _BYLINE.match(stripped) and not stripped.endswith(":")):
        lstart = start + (len(line) - len(line.lstrip()))
        return NoiseRegion(lstart, lstart + len(stripped), "byline")
    return None


def _merge(regions: list[NoiseRegion]) -> list[NoiseRegion]:
    out: list[NoiseRegion] = []
    for r in sorted(regions, key=lambda r: (r.start, -r.end)):
        if out and r.start < out[-1].end:
            if r.end > out[-1].end:
                out[-1] = NoiseRegion(out[-1].start, r.end, out[-1].kind)
            continue
        out.append(r)
    return out


# --------------------------------------------------------------------------------------------- matching form

#: Old-style tone placement on the second vowel of "oa", "oe", "uy" → the mark on the first vowel.
#: Both spellings occur in the same article ("Khánh Hoà", "Khánh Hòa"); matching must not care.
_TONES = {"\u0300": "grave", "\u0301": "acute", "\u0309": "hook", "\u0303": "tilde", "\u0323": "dot"}


def _build_tone_map() -> dict[str, str]:
    import unicodedata

    table: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y"), ("O", "A"), ("O", "E"), ("U", "Y"),
                          ("o", "A"), ("O", "a"), ("u", "Y"), ("U", "y"), ("o", "E"), ("O", "e")):
        for mark in _TONES:
            old = first + unicodedata.normalize("NFC", second + mark)
            new = unicodedata.normalize("NFC", first + mark) + second
            if len(old) == 2 and len(new) == 2:
                table[old] = new
    return table


_TONE_MAP = _build_tone_map()
_TONE_RE = re.compile("|".join(map(re.escape, sorted(_TONE_MAP, key=len, reverse=True))))


def fold_tone_marks(text: str) -> str:
    """'hoà' → 'hòa', 'thuỷ' → 'thủy', 'Khoẻ' → 'Khỏe'; same length, so offsets are kept."""
    return _TONE_RE.sub(lambda m: _TONE_MAP[m.group()], text)


def fold(text: str) -> str:
    """Matching form: tone marks folded and lower case, same length as ``text`` (offsets are kept)."""
    folded = fold_tone_marks(text)
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
