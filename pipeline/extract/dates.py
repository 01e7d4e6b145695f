"""Dates: every date expression, normalized to ISO with its precision and role.

Candidates are found by our own patterns (models/lexicons/date_patterns.tsv) on the folded text, with offsets, so
fractions ("3/5 đơn vị", "22/22 đ/c"), money, times and document numbers ("91/2017/NĐ-CP") are never dates; a
numeric day-month without a year ("21-11", "6.10") needs "ngày"/"hôm" or a time-of-day word before it. Each
candidate is then normalized: numeric forms by their groups, worded forms ("ngày 7 tháng 4 năm 2022") by dateparser
(``languages=["vi"]``, ``DATE_ORDER="DMY"``, only ever on the candidate, cached).

A date without a year takes it from the article, HeidelTime-style: from the publication date (the page stamp, a
noise region of kind ``timestamp``, a date line under the title, or ``source.published``) — its year, one less when
the date would lie after publication in a past-tense sentence, one more for a future-tense one before it; without
a publication date, from the period the meeting reviews or opens ("tổng kết … năm 2020" on "21/11" → 2020;
"nhiệm kỳ 2020 – 2025" on "21/5" → 2020; "năm học 2017-2018" on "25-5" → 2018), else from the other dates.
Each inference adds a warning.

Roles (labels.DATE_ROLES): ``publication`` (stamps), ``document`` (right after a document number: "Chỉ thị số
34-CT/TW ngày 7/4/2014"), ``anniversary`` (a dated range in parentheses: "(22/12/1944 – 22/12/2019)"), ``period``
(month or year precision, "từ ngày 9/10 đến 22/12/2019", "giai đoạn 2016-2020"), ``meeting`` (the first day-date of a
sentence that reports an event, not in the future tense), ``other``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..clean import fold
from ..document import Document
from ..schema import DateItem
from ..segment import paragraphs, sentence_spans
from . import cues

# ------------------------------------------------------------------------------------------- patterns


@lru_cache(maxsize=1)
def _tod_words() -> dict[str, str]:
    return {fold(w): label for w, label in cues.table("time_of_day.tsv")}


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern], ...]:
    tod = rf"(?<![\w])(?P<tod>{cues.alternation(_tod_words())})\s+"
    daycue = r"(?<![\w])(?:ngày|hôm)"
    out = []
    for name, rx in cues.table("date_patterns.tsv", 2):
        rx = cues.folded_pattern(rx.replace("{TOD}", tod).replace("{DAYCUE}", daycue))
        out.append((name, re.compile(rx)))
    return tuple(out)


#: A document number just before a date: "Chỉ thị số 34-CT/TW ngày", "Kế hoạch số 15/KH-SYT, ngày", "Nghị định
#: 91/2017/NĐ-CP ngày": a token with a digit and an upper-case code after "/" or "-".
_DOC_NUMBER_BEFORE = re.compile(r"\d[\w.]*(?:[ ]?[/-][ ]?[\w.&]+)*[/-][ ]?[A-ZĐ][\w/.\-&]*[ \t]*,?[ \t]*(?:ban hành[ \t]+)?$")
#: What a page's date line holds besides the date: a time, a weekday, a view counter.
_STAMP_CHROME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?|(?i:thứ\s+\w+|chủ\s+nhật)\s*,?|(?i:lượt\s+(?:xem|đọc)|views?)\s*:?\s*[\d.,]+")
_BARE_NUMBER_BEFORE = re.compile(r"\bsố[ \t]+\d[\w/.\-]*[ \t]*,?[ \t]*$")
_PUBLICATION_LABEL = re.compile(cues.folded_pattern(r"(ngày đăng|đăng ngày|cập nhật|ngày cập nhật|xuất bản|date)\s*:?\s*$"))
_RANGE_JOIN = re.compile(cues.folded_pattern(r"\s*(?:[-–—]|đến|tới)\s*(?:ngày\s+)?$"))
_FROM_BEFORE = re.compile(cues.folded_pattern(r"(?:^|\s)từ\s*$"))
_SUB_YEAR = re.compile(cues.folded_pattern(r"(?:quý\s+[ivx\d]+|tháng\s+(?:đầu|cuối)|tháng|\d+\s+tháng(?:\s+(?:đầu|cuối))?)\s*(?:năm\s*)?$"))
_ROLE_WORD_IN_ITEM = re.compile(cues.folded_pattern(r"^(nhiệm kỳ|năm học|niên khóa|giai đoạn)"))


@dataclass
class _Cand:
    start: int
    end: int
    name: str
    day: int | None
    month: int | None
    year: int | None
    year2: int | None = None
    tod: str | None = None
    value: str | None = None
    precision: str = "day"
    role: str | None = None
    year_inferred: bool = False
    range_start: bool = False  # the first date of a range ("(22/12/1944 – 22/12/2019)"): not a year anchor
    back: int = 0  # days before publication of a relative day ("hôm qua": 1)
    in_stamp: bool = False  # inside a page's timestamp (a noise region of kind "timestamp")


# ------------------------------------------------------------------------------------------- finding

def _find(doc: Document) -> list[_Cand]:
    folded = doc.folded
    taken = bytearray(len(folded) + 1)  # characters already in a date of a higher-priority pattern
    stamps = [(r.start, r.end) for r in doc.noise if r.kind == "timestamp"]
    stamp_starts = [a for a, _ in stamps]
    found: list[_Cand] = []
    windows = _digit_windows(folded)
    for name, rx in _patterns():
        spans = windows if r"\d" in rx.pattern else [(0, len(folded))]  # "sáng nay", "hôm qua" have no digit
        for m in (m for ws, we in spans for m in rx.finditer(folded, ws, we)):
            s, e = m.start(), m.end()
            if taken.find(1, s, e) >= 0:
                continue
            i = bisect.bisect_right(stamp_starts, s) - 1
            in_stamp = i >= 0 and stamps[i][0] <= s and e <= stamps[i][1]
            if not in_stamp and doc.in_noise(s, e):
                continue
            c = _candidate(doc, name, m)
            if c is None:
                continue
            c.in_stamp = in_stamp
            taken[s:e] = b"\x01" * (e - s)
            found.append(c)
    found.sort(key=lambda c: c.start)
    return found


_DIGITS = re.compile(r"\d+")
_WINDOW_BEFORE, _WINDOW_AFTER = 40, 40  # longer than any date's words before ("sáng thứ Sáu (ngày ") or after its digits


def _digit_windows(folded: str) -> list[tuple[int, int]]:
    """Stretches of text around digits, cut at spaces (within a bounded reach): every date lies inside one, so the
    patterns (whose optional openings would otherwise be tried at every character) only run there."""
    windows: list[list[int]] = []
    n = len(folded)
    for m in _DIGITS.finditer(folded):
        we = min(n, m.end() + _WINDOW_AFTER)
        stop = min(n, we + _WINDOW_AFTER)
        while we < stop and not folded[we].isspace():
            we += 1
        if windows and m.start() - _WINDOW_BEFORE <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], we)
            continue
        ws = max(0, m.start() - _WINDOW_BEFORE)
        floor = max(0, ws - _WINDOW_BEFORE)
        while ws > floor and not folded[ws - 1].isspace():
            ws -= 1
        windows.append([ws, we])
    return [(ws, we) for ws, we in windows]


def _candidate(doc: Document, name: str, m: re.Match) -> _Cand | None:
    g = m.groupdict()
    day = int(g["d0"]) if g.get("d0") else int(g["d"]) if g.get("d") else None  # "25, 26/9": the first day
    month = int(g["m"]) if g.get("m") else None
    year = int(g["y"]) if g.get("y") else None
    year2 = int(g["y2"]) if g.get("y2") else None
    if g.get("s1") and g.get("s2") and g["s1"] != g["s2"]:
        return None  # "12/3-2020" is not a date form of the press
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    if name == "iso" and not _is_leading_stamp(doc, m.start()):
        return None
    if year2 is not None and not (year or 0) < year2 <= (year or 0) + 10:
        return None
    start, end = m.start(), m.end()
    text = doc.text[start:end]
    if text != text.strip():
        return None
    tod = _tod_words().get(" ".join(g["tod"].split())) if g.get("tod") else None
    precision = "day" if day is not None or name == "relative" else "month" if month is not None else "year"
    c = _Cand(start, end, name, day, month, year, year2, tod, precision=precision)
    if name == "relative":
        c.back = 1 if g.get("yesterday") else 0
        return c
    if name.startswith("words") and year is not None:
        c.value = _parse_words(doc.folded[start:end], day, month, year)
    elif year is not None:
        c.value = _iso(year, month, day)
    if year is not None and c.value is None:
        return None
    return c


def _is_leading_stamp(doc: Document, pos: int) -> bool:
    """An ISO date on the first line of the text (a scraper's "date 2020-10-06" header)."""
    nl = doc.text.find("\n")
    return pos < (nl if nl >= 0 else len(doc.text)) and pos < 40


def _iso(year: int, month: int | None, day: int | None) -> str | None:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _dateparser_parse(text: str) -> dt.date | None:
    import dateparser

    settings = {"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"}
    got = dateparser.parse(text, languages=["vi"], settings=settings)
    return got.date() if got else None


def _parse_words(folded_item: str, day: int | None, month: int | None, year: int) -> str | None:
    """A worded date ("ngày 7 tháng 4 năm 2022"), normalized by dateparser on the candidate alone."""
    m = re.search(r"\d{1,2}\s+tháng\s+\d{1,2}.*$", folded_item)
    got = _dateparser_parse(" ".join(m.group().split())) if m else None
    if got is not None and (got.day, got.month, got.year) == (day, month, year):
        return got.isoformat()
    return _iso(year, month, day)


# ------------------------------------------------------------------------------------------- context

@dataclass
class _Context:
    doc: Document
    sentences: list[tuple[int, int]]
    paragraphs: list[tuple[int, int]]
    title: tuple[int, int] | None
    _sent_starts: list[int] = field(default_factory=list)
    _para_starts: list[int] = field(default_factory=list)
    _event: dict[tuple[int, int], bool] = field(default_factory=dict)
    _future: dict[tuple[int, int], bool] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._sent_starts = [s for s, _ in self.sentences]
        self._para_starts = [s for s, _ in self.paragraphs]

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._sent_starts, pos) - 1
        if i >= 0 and self.sentences[i][0] <= pos < self.sentences[i][1]:
            return self.sentences[i]
        return pos, pos

    def paragraph_index(self, pos: int) -> int:
        i = bisect.bisect_right(self._para_starts, pos) - 1
        if i >= 0 and self.paragraphs[i][0] <= pos < self.paragraphs[i][1]:
            return i
        return -1

    def is_event(self, span: tuple[int, int]) -> bool:
        if span not in self._event:
            self._event[span] = _is_event_sentence(self.doc.folded, *span)
        return self._event[span]

    def is_future(self, span: tuple[int, int]) -> bool:
        if span not in self._future:
            self._future[span] = _is_future(self.doc.folded, *span)
        return self._future[span]


def _context(doc: Document) -> _Context:
    """The title (read as a paragraph too), the paragraphs and their sentences."""
    title, paras = paragraphs(doc.text, doc.segments)
    paras = ([title] if title else []) + paras
    sentences = [sp for s, e in paras for sp in sentence_spans(doc.text, s, e)]
    return _Context(doc, sentences, paras, title)


def _is_future(folded: str, s: int, e: int) -> bool:
    return bool(cues.cue_regex("future_cues.tsv").search(folded, s, e))


def _is_event_sentence(folded: str, s: int, e: int) -> bool:
    """A sentence about an event: a meeting noun or action (not a look-alike such as "lễ hội") or an event verb."""
    nots = [(n.start(), n.end()) for n in cues.cue_regex("meeting_nouns.tsv", "not").finditer(folded, s, e)]
    for kind in ("noun", "action"):
        for m in cues.cue_regex("meeting_nouns.tsv", kind).finditer(folded, s, e):
            if not any(a <= m.start() < b for a, b in nots):
                return True
    return bool(cues.cue_regex("event_verbs.tsv").search(folded, s, e))


# ------------------------------------------------------------------------------------------- roles

def _publication(doc: Document, ctx: _Context, cands: list[_Cand]) -> _Cand | None:
    """Mark publication stamps; return the publication date to read years from."""
    first_event = next((s for s, e in ctx.sentences if ctx.is_event((s, e))
                        and not (ctx.title and ctx.title[0] <= s < ctx.title[1])), len(doc.text))
    seg_starts = [g.start for g in doc.segments]
    pub = None
    for c in cands:
        if c.year is None:
            continue
        stamp = (c.in_stamp or c.name == "iso"
                 or bool(_PUBLICATION_LABEL.search(doc.folded, max(0, c.start - 20), c.start)))
        if not stamp and c.start < first_event:
            i = bisect.bisect_right(seg_starts, c.start) - 1
            seg = doc.segments[i] if i >= 0 and doc.segments[i].end > c.start else None
            if seg is not None and seg.kind != "noise":
                stamp = _is_standalone(doc, seg.start, seg.end, c) or _ends_title(doc, ctx, c)
        if stamp:
            c.role = "publication"
            pub = pub or c
    return pub


def _is_standalone(doc: Document, s: int, e: int, c: _Cand) -> bool:
    """A short line that holds only a date (and a source name, a time, a "|"): a page's date line."""
    if e - s > 90 or c.precision != "day":
        return False
    rest = (doc.text[s:c.start] + " " + doc.text[c.end:e]).strip()
    rest = _STAMP_CHROME.sub(" ", rest)
    rest = rest.strip(" |-–,()[]:\t")
    if _is_event_sentence(fold(rest), 0, len(rest)):
        return False
    return len(rest) <= 45 and not rest.endswith(".") and "," not in rest


def _ends_title(doc: Document, ctx: _Context, c: _Cand) -> bool:
    """A date closing the title line ("… năm 2017 (29/11/2017)", "… Khối thi đua 8   18/7/2022")."""
    if ctx.title is None or not (ctx.title[0] <= c.start < ctx.title[1]):
        return False
    tail = doc.text[c.end:ctx.title[1]].strip(" )]")
    return c.precision == "day" and not tail


def _assign_roles(doc: Document, ctx: _Context, cands: list[_Cand]) -> None:
    folded = doc.folded
    for i, c in enumerate(cands):
        if c.role:
            continue
        before = doc.text[max(0, c.start - 60):c.start]
        if _DOC_NUMBER_BEFORE.search(before) or (folded.startswith("ngày", c.start)
                                                 and _BARE_NUMBER_BEFORE.search(before)):
            c.role = "document"
            continue
        if c.precision != "day":
            c.role = "period"
            continue
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        prev = cands[i - 1] if i > 0 else None
        if nxt is not None and _RANGE_JOIN.fullmatch(folded[c.end:nxt.start]) and nxt.precision == "day":
            kind = "anniversary" if _in_parens(doc, c.start, nxt.end) else "period"
            if kind == "anniversary" or _FROM_BEFORE.search(folded, max(0, c.start - 8), c.start):
                c.role = nxt.role = kind
                c.range_start = True
                continue
        if prev is not None and prev.role in ("period", "anniversary") and _RANGE_JOIN.fullmatch(
                folded[prev.end:c.start]):
            c.role = prev.role
            continue
    meeting_found = False
    for c in cands:
        if c.role or c.precision != "day":
            continue
        span = ctx.sentence(c.start)
        if ctx.is_future(span):
            c.role = "other"
        elif not meeting_found and ctx.is_event(span):
            c.role = "meeting"
            meeting_found = True
        else:
            c.role = "other"


def _in_parens(doc: Document, s: int, e: int) -> bool:
    return doc.text[max(0, s - 2):s].strip().endswith("(") and doc.text[e:e + 2].strip().startswith(")")


# ------------------------------------------------------------------------------------------- years

def _anchor_year(doc: Document, ctx: _Context, c: _Cand, a: _Cand) -> tuple[int, str] | None:
    """The year the anchor ``a`` implies for the day-month ``c`` and why, or None."""
    folded = doc.folded
    month = c.month or 1
    if a.precision == "day":
        if a.role in ("document", "publication") or a.range_start:
            return None
        return (a.year, "the other dates of the article") if a.year else None
    if a.year is None:
        return None
    item = folded[a.start:a.end]
    sent_s, _ = ctx.sentence(a.start)
    before = folded[max(sent_s, a.start - 300):a.start]
    if a.precision == "month" or _SUB_YEAR.search(before) or a.name == "quarter":
        return a.year, "the period it opens or reviews"
    cue = None
    last = -1
    for kind in ("review", "open"):
        rx = cues.cue_regex("period_cues.tsv", kind)
        for m in rx.finditer(before):
            if m.start() > last:
                last, cue = m.start(), kind
    if _ROLE_WORD_IN_ITEM.match(item) and item.startswith("nhiệm kỳ"):
        cue = cue or "open"
    if a.year2 is not None:
        if cue == "open" or item.startswith("nhiệm kỳ"):
            return (a.year - 1 if month >= 11 else a.year), "the period it opens"
        return a.year2, "the period it reviews"
    if cue == "review":
        return (a.year if month >= 6 else a.year + 1), "the period it reviews"
    if cue == "open":
        return (a.year - 1 if month >= 11 else a.year), "the period it opens"
    return a.year, "the years the article mentions"


def _infer_year(doc: Document, ctx: _Context, c: _Cand, anchors: list[_Cand], starts: list[int],
                pub: tuple[dt.date, str, bool] | None) -> tuple[int, str] | None:
    """The year of a day-month ``c``: from the publication date, else from the nearest anchors (dates and periods
    written with a year: ``anchors``, sorted, with their ``starts``), scope by scope."""
    s, e = ctx.sentence(c.start)
    if pub is not None:
        pdate, label, _ = pub
        year = pdate.year
        try:
            this = dt.date(year, c.month, min(c.day, 28) if c.month == 2 and c.day > 28 else c.day)
        except (TypeError, ValueError):
            return year, label
        future = ctx.is_future((s, e))
        if not future and (this - pdate).days > 3:
            year -= 1
        elif future and (pdate - this).days > 3:
            year += 1
        return year, label
    p_idx = ctx.paragraph_index(c.start)
    scopes = [(s, e)]
    if ctx.title:
        scopes.append(ctx.title)
    if p_idx >= 0:
        scopes.append(ctx.paragraphs[p_idx])
        last = ctx.paragraphs[min(len(ctx.paragraphs) - 1, p_idx + 3)]
        scopes.append((ctx.paragraphs[p_idx][1], last[1]))
    scopes.append((0, len(doc.text)))
    for lo, hi in scopes:
        near = _nearest(anchors, starts, lo, hi, c.start)
        for a in sorted(near, key=lambda a: (a.precision == "day", abs(a.start - c.start))):
            got = _anchor_year(doc, ctx, c, a)
            if got is not None:
                return got
    return None


def _nearest(cands: list[_Cand], starts: list[int], lo: int, hi: int, pos: int, limit: int = 40) -> list[_Cand]:
    """Up to ``limit`` candidates starting in [lo, hi), the nearest to ``pos`` first (cands sorted by start)."""
    first, end = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    i = min(max(bisect.bisect_left(starts, pos), first), end)
    left, right = i - 1, i
    out: list[_Cand] = []
    while len(out) < limit and (left >= first or right < end):
        if right < end and (left < first or starts[right] - pos <= pos - starts[left]):
            out.append(cands[right])
            right += 1
        else:
            out.append(cands[left])
            left -= 1
    return out


def _publication_date(doc: Document, pub: _Cand | None) -> tuple[dt.date, str, bool] | None:
    """The publication date, why, and whether its day is known (a month stamp gives the month's last day)."""
    if pub is not None and pub.year is not None:
        if pub.day is None:  # a month or a year: its last day, so no date inside it counts as "after publication"
            last = dt.date(pub.year + (pub.month or 12) // 12, (pub.month or 12) % 12 + 1, 1) - dt.timedelta(days=1)
            return last, f"the publication date {pub.value}", False
        return dt.date(pub.year, pub.month, pub.day), f"the publication date {pub.value}", True
    published = doc.source.published
    if published:
        m = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", published)
        if m:
            try:
                return (dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)),
                        f"the publication date {published[:10]}", m.group(3) is not None)
            except ValueError:
                return None
    return None


# ------------------------------------------------------------------------------------------- public

def extract(doc: Document, warnings: list[str]) -> list[DateItem]:
    """Every date expression of the article, normalized, with its role; inferred years are warned about."""
    cands = _find(doc)
    if not cands:
        return []
    ctx = _context(doc)
    pub_item = _publication(doc, ctx, cands)
    _assign_roles(doc, ctx, cands)
    pub = _publication_date(doc, pub_item)
    anchors = [a for a in cands if a.year is not None]
    starts = [a.start for a in anchors]
    for c in cands:
        if c.name == "relative":
            if pub is not None and pub[2]:
                day = pub[0] - dt.timedelta(days=c.back)
                c.year, c.month, c.day, c.year_inferred = day.year, day.month, day.day, True
                c.value = day.isoformat()
                warnings.append(f"date '{doc.text[c.start:c.end]}' at {c.start}: read as {c.value} from {pub[1]}")
            continue
        if c.year is not None:
            continue
        got = _infer_year(doc, ctx, c, anchors, starts, pub)
        if got is None:
            continue
        year, why = got
        c.year, c.year_inferred = year, True
        c.value = _iso(year, c.month, c.day)
        if c.value is not None:
            warnings.append(f"date '{doc.text[c.start:c.end]}' at {c.start}: year {year} inferred from {why}")
    items = []
    for c in cands:
        if c.value is None:
            continue
        items.append(DateItem(text=doc.text[c.start:c.end], value=c.value, precision=c.precision,
                              role=c.role or "other", start=c.start, end=c.end, year_inferred=c.year_inferred,
                              time_of_day=c.tod))
    return items
