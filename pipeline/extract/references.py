"""References: cited legal and policy documents by kind, number, issuer and date.

"Chỉ thị số 34-CT/TW ngày 7/4/2014 của Bộ Chính trị" → kind "Chỉ thị", number "34-CT/TW", issuer "Bộ Chính trị",
date "2014-04-07", text "Chỉ thị số 34-CT/TW". Only documents written with a number are references ("Nghị quyết
Đại hội XIII", "Luật Thi đua, khen thưởng năm 2022" are not). The kinds are data (models/lexicons/document_kinds.tsv):
a kind that may be cited by a bare number ("Chỉ thị 02") is marked so; the others need "số" or a coded number
("Kế hoạch 2021" is not a citation). A number keeps its code as written ("05- CT/TW"); a repeated citation is one
reference (its first mention), and a bare "Chỉ thị số 23" joins the full "Chỉ thị số 23-CT/TU" of the same article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..clean import fold
from ..document import Document
from ..schema import DateItem, Reference
from . import cues


@dataclass(frozen=True)
class _Kind:
    canonical: str
    bare_ok: bool


@dataclass
class _Citation:
    kind: str
    number: str
    start: int  # start of the kind
    end: int  # end of the number
    num_start: int
    coded: bool


@lru_cache(maxsize=1)
def _kinds() -> tuple[dict[str, _Kind], re.Pattern]:
    kinds: dict[str, _Kind] = {}
    for surface, canonical, bare in cues.table("document_kinds.tsv", 3):
        kinds[fold(surface)] = _Kind(canonical, bare.lower() == "yes")
    # kind, optional "số" / "số:" / ":", then the number's first digit
    rx = re.compile(rf"(?<![\w])(?P<kind>{cues.alternation(kinds)})(?P<so>\s*(?:số|so)\b)?\s*:?\s*(?=\d)")
    return kinds, rx


@lru_cache(maxsize=1)
def _issuer_codes() -> dict[str, str]:
    return {code: name for code, name in cues.table("issuer_codes.tsv", 2)}


_DIGITS = re.compile(r"\d{1,6}[a-zA-Z]?(?![\d,])")
#: A further part of a number: a separator, then a year or a code ("/2017", "-CT/TW", "- CT/TW", "/QĐ-UBND").
_PART = re.compile(r"(?:\s?[-–]\s?|\s?/\s?)(?P<part>\d{1,6}(?![\d,])|[^\W\d_][^\W_&]*(?:&[^\W_]+)?)")
_UNIT_AFTER = re.compile(r"\s*(?:năm|tháng|ngày|%|lần|điểm|nội dung|điều|khoản|đơn vị|người|tiêu chí|chỉ tiêu)\b")
_YEAR = re.compile(r"(?:19|20)\d\d$")

_DATE_GAP = re.compile(r"[\s,]*(?:(?:ban hành|ký)\s+)?(?:ngày\s+)?$")
_DATE_NUMERIC = re.compile(r"[\s,]*(?:(?:ban hành|ký)\s+)?ngày\s+(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})")
_DATE_WORDS = re.compile(r"[\s,]*(?:(?:ban hành|ký)\s+)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
_ISSUER_LEAD = re.compile(r"[\s,]*(?:của|do)\s+(?=\S)")
_ISSUER_STOP = re.compile(
    r"\s+(?:về|ngày|và|nhằm|quy định|hướng dẫn|khóa|khoá|năm|đã|đối với|tại|trong|cho|theo|với|là|để|ban hành|"
    r"thì|được|nay|cũng)(?![\w])|\s*[,;.:()“\"”‘’«»]|\s*[-–]\s|$"
)


def _parse_number(text: str, pos: int, limit: int) -> tuple[int, bool] | None:
    """End offset of the document number starting at ``pos`` and whether it carries a code or year part."""
    m = _DIGITS.match(text, pos, limit)
    if not m:
        return None
    end = m.end()
    coded = False
    while True:
        p = _PART.match(text, end, limit)
        if not p:
            break
        part = p.group("part")
        if not part[0].isdigit() and not part[0].isupper():
            break
        end = p.end()
        coded = True
    return end, coded


def _citations(doc: Document) -> list[_Citation]:
    table, rx = _kinds()
    text, folded = doc.text, doc.folded
    found: list[_Citation] = []
    for m in rx.finditer(folded):
        if doc.in_noise(m.start(), m.end()):
            continue
        kind = table[" ".join(m.group("kind").split())]
        parsed = _parse_number(text, m.end(), len(text))
        if not parsed:
            continue
        end, coded = parsed
        has_so = bool(m.group("so"))
        if not coded:
            number = text[m.end():end]
            if _YEAR.match(number) and not has_so:
                continue
            if _UNIT_AFTER.match(folded, end):
                continue
            if not has_so and not (kind.bare_ok and text[m.start()].isupper()):
                continue
        found.append(_Citation(kind.canonical, text[m.end():end], m.start(), end, m.end(), coded))
    return found


def _number_key(number: str) -> str:
    n = "".join(fold(number).split()).replace("–", "-").replace("tư", "tw")
    return re.sub(r"^0+(?=\d)", "", n)


def _date_after(doc: Document, end: int, dates: list[DateItem]) -> str | None:
    for d in dates:
        if end <= d.start <= end + 20 and _DATE_GAP.match(doc.folded[end:d.start]):
            return d.value
    for rx, order in ((_DATE_NUMERIC, (1, 2, 3)), (_DATE_WORDS, (1, 2, 3))):
        m = rx.match(doc.folded, end)
        if m:
            day, month, year = (int(m.group(i)) for i in order)
            if 1 <= day <= 31 and 1 <= month <= 12:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _skip_date(doc: Document, end: int) -> int:
    for rx in (_DATE_NUMERIC, _DATE_WORDS):
        m = rx.match(doc.folded, end)
        if m:
            return m.end()
    return end


def _issuer(doc: Document, cit: _Citation) -> str | None:
    pos = _skip_date(doc, cit.end)
    lead = _ISSUER_LEAD.match(doc.folded, pos)
    if lead and doc.text[lead.end()].isupper():
        stop = _ISSUER_STOP.search(doc.folded, lead.end(), min(len(doc.text), lead.end() + 120))
        if stop and stop.start() > lead.end():
            issuer = " ".join(doc.text[lead.end():stop.start()].split())
            if issuer:
                return issuer
    code = re.split(r"[-–/]", cit.number)[-1].strip()
    code = re.sub(r"\d+$", "", code)
    return _issuer_codes().get(code)


def extract(doc: Document, dates: list[DateItem]) -> list[Reference]:
    """Documents cited with a number, one per document (its first mention; a fuller number wins)."""
    cites = _citations(doc)
    groups: list[list[_Citation]] = []
    for c in cites:
        key = _number_key(c.number)
        for g in groups:
            head = g[0]
            if head.kind != c.kind:
                continue
            gkeys = {_number_key(x.number) for x in g}
            if key in gkeys or any(k.startswith(key + "-") or k.startswith(key + "/") or key.startswith(k + "-")
                                   or key.startswith(k + "/") for k in gkeys):
                g.append(c)
                break
        else:
            groups.append([c])
    refs: list[Reference] = []
    for g in groups:
        best = max(g, key=lambda c: (c.coded, len(_number_key(c.number)), -c.start))
        issuer = next((i for i in (_issuer(doc, c) for c in sorted(g, key=lambda c: c is not best)) if i), None)
        date = next((d for d in (_date_after(doc, c.end, dates) for c in sorted(g, key=lambda c: c is not best))
                     if d), None)
        refs.append(Reference(kind=best.kind, number=best.number, issuer=issuer, date=date,
                              text=doc.text[best.start:best.end], start=best.start, end=best.end))
    return refs
