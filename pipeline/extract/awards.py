"""Awards: each distinction given at the reported event, with its recipient, count and issuer.

An award statement is a form of distinction (models/lexicons/award_forms.tsv: Giấy khen, Bằng khen, Cờ thi đua,
Huân chương Lao động hạng Ba, Chiến sĩ thi đua cơ sở …) right after a verb of giving, receiving or recognizing
(award_cues.tsv). The verb says where the recipient is written:

- giving, active: "Giám đốc Sở tặng Giấy khen cho 15 tập thể và 27 cá nhân" — after "cho";
- giving, passive: "3 tập thể được UBND tỉnh tặng Cờ thi đua" — before "được";
- receiving: "Công ty X vinh dự đón nhận Huân chương Lao động hạng Nhì" — before the verb;
- recognizing: "57 cá nhân được công nhận danh hiệu Chiến sĩ thi đua cơ sở" — before "được".

Recipients are split into one award each when the text lists several ("đơn vị X và tập thể Phòng Y cùng 9 cá
nhân" → 3); a counted group ("9 cá nhân", "48 tập thể và cá nhân") keeps its count and kind, a person (honorific
or rank before a capitalized name, or a person the people extractor found) is an individual without the
honorific or the apposed title, any other unit is a collective. A group that names nobody ("các tập thể tiêu
biểu") is no award. Proposals and nominations ("đề nghị … tặng", "bình xét, suy tôn … gồm:"), goals ("phấn đấu
đạt Cờ thi đua") and past honours ("từng được tặng") are not awards. The same award repeated (a photo caption,
the headline) is one item; a caption or headline counts only for a form the body does not mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..clean import fold
from ..document import Document
from ..schema import Award, Organization, Person
from ..segment import Span, sentence_spans, strip_span
from .clauses import clauses
from . import cues
from .cues import cue_regex, cue_table

_CUES = "award_cues.tsv"


@dataclass(frozen=True)
class _Form:
    canonical: str
    recipients: str  # collective | individual | any
    suffix: str  # class | name | none


@dataclass
class _Recipient:
    text: str
    start: int
    end: int
    type: str
    count: int


@dataclass
class _Found:
    award: Award
    secondary: bool  # from a caption or a headline


# ------------------------------------------------------------------------------------------------ lexicons

@lru_cache(maxsize=1)
def _forms() -> tuple[dict[str, _Form], re.Pattern]:
    forms: dict[str, _Form] = {}
    for surface, canonical, recipients, suffix in cues.table("award_forms.tsv", 4):
        forms[fold(surface)] = _Form(canonical, recipients, suffix)
    return forms, re.compile(rf"(?<![\w])(?P<form>{cues.alternation(forms)})(?![\w])")


@lru_cache(maxsize=1)
def _classes() -> tuple[dict[str, str], re.Pattern]:
    classes = {fold(s): c for s, c in cues.table("award_classes.tsv", 2)}
    return classes, re.compile(rf"\s+hạng\s+(?P<cls>{cues.alternation(classes)})(?![\w])")


@lru_cache(maxsize=1)
def _verb_before() -> re.Pattern:
    """A verb of giving/receiving/recognizing right before the form ("tặng", "đón nhận", "công nhận danh hiệu")."""
    kinds = cue_table(_CUES)
    verbs = cues.alternation(kinds["give"] + kinds["receive"] + kinds["recognize"])
    return re.compile(rf"(?<![\w])(?P<verb>{verbs})(?:\s+đạt)?(?:\s+(?:danh\s+hiệu|thưởng))?\s*[“\"‘]?\s*$")


@lru_cache(maxsize=1)
def _counted() -> re.Pattern:
    kinds = cue_table(_CUES)
    nouns = cues.alternation(kinds["mixed"] + kinds["individual"] + kinds["collective"])
    return re.compile(rf"(?P<n>\d{{1,5}})\s+(?P<noun>{nouns})(?![\w])")


def _kind_of_noun(noun: str) -> str:
    kinds = cue_table(_CUES)
    noun = " ".join(noun.split())
    for kind, label in (("mixed", "mixed"), ("individual", "individual"), ("collective", "collective")):
        if noun in kinds[kind]:
            return label
    return "collective"


@lru_cache(maxsize=1)
def _org_heads() -> re.Pattern:
    """Head nouns of organization names, from the organizations recognizer's lexicon (org_heads.tsv)."""
    return re.compile(rf"(?:{cues.alternation(fold(r[0]) for r in cues.table('org_heads.tsv'))})(?![\w])")


# ------------------------------------------------------------------------------------------------ helpers

_SEPARATOR = re.compile(r"\s*,\s*(?:và\s+|cùng\s+(?:với\s+)?)?|\s+và\s+|\s+cùng\s+(?:với\s+)?|\s*;\s*")
_CHO = re.compile(r"\s+cho\s+")
_CUA = re.compile(r"\s+(?:của|do)\s+")
_CUA_STOP = re.compile(
    r"\s*[,;.:()“”\"]|\s+(?:cho|vì|về|tại|trong|đã|được|có|nhân|theo|năm|giai đoạn|và\s+(?:trao|tặng))(?![\w])|$")
_PASSIVE_AFTER_FORM = re.compile(r"(?:\s+(?:của|do)\s+[^,;.]{1,80}?)?\s+(?:đã\s+)?được\s+(?:trao\s+tặng|trao|tặng)\s+cho\s+")
_COUNTED_OTHER = re.compile(r"(\d{1,5})\s+(?=[^\W\d_])")
_DAT_BEFORE = re.compile(r"(?<![\w])đạt\s+(?:danh\s+hiệu\s+)?[“\"‘]?\s*$")
_FORM_THEN_CHO = re.compile(r"(?:\s+(?:của|do)\s+[^,;:.]{1,80}?)?\s*(?:\s+cho\s+|:\s*)")
_ON_BEHALF = re.compile(r"thừa\s+(?:ủy|uỷ)\s+quyền\s+(?:của\s+)?")
_DUOC = re.compile(r"(?<![\w])được(?![\w])")
_WORD = re.compile(r"[^\W_]+")
_QUOTED_NAME = re.compile(r"\s*[“\"]([^”\"]{2,80})[”\"]")
_VI_NAME = re.compile(r"\s+(Vì\s+[^,;.()]{2,80}?)(?=\s+(?:cho|của|tại|đến)\s|[,;.()]|$)")
_AND_END = re.compile(r"(?<![\w])và$")
_ENUM_JOIN = re.compile(r"(?:và|còn)\s+")
_CLAUSE_COMMA = re.compile(r"\s*[,;]")
_LOWER_APPOSITION = re.compile(r",\s+(?=[^\W\d_])")
_TIME_FOLLOW = re.compile(r"\s*(?:\d|này|qua|nay)")
_EDGE = " ,;:.–-\t\n\"“”"
#: How far from the verb a recipient or giver is looked for (characters): keeps every statement linear.
_WINDOW = 300
#: Awards compared for repeats within one article at most (real articles list a few dozen at most).
_DEDUPE_LIMIT = 200


def _strip_span(text: str, start: int, end: int) -> Span:
    return strip_span(text, start, end, _EDGE)


def _form_at(doc: Document, m: re.Match) -> tuple[str, _Form, int]:
    """Canonical form (with its class or name) and the end of its surface text."""
    table, _ = _forms()
    form = table[" ".join(m.group("form").split())]
    end = m.end()
    name = form.canonical
    if form.suffix == "class":
        classes, rx = _classes()
        c = rx.match(doc.folded, end)
        if c:
            name = f"{name} hạng {classes[c.group('cls')]}"
            end = c.end()
    elif form.suffix == "name":
        q = _QUOTED_NAME.match(doc.text, end)
        v = _VI_NAME.match(doc.text, end)
        if q:
            name, end = f"{name} “{q.group(1).strip()}”", q.end()
        elif v:
            name, end = f"{name} {v.group(1).strip()}", v.end()
    return name, form, end


def _stop_at(doc: Document, start: int, end: int) -> int:
    """Where a recipient written from ``start`` ends: the first stop cue or the clause end."""
    m = cue_regex(_CUES, "stop").search(doc.folded, start, end)
    return m.start() if m else end


def _is_cap(text: str, pos: int) -> bool:
    return pos < len(text) and text[pos].isupper()


def _name_end(text: str, pos: int, end: int) -> int | None:
    """End of a run of two to five capitalized words starting at ``pos`` (a person's name), else None."""
    count, last = 0, pos
    for w in _WORD.finditer(text, pos, end):
        if w.start() != last and text[last:w.start()] != " " or not w.group()[0].isupper() or count == 5:
            break
        count, last = count + 1, w.end()
    return last if count >= 2 else None


@lru_cache(maxsize=1)
def _family_names() -> frozenset[str]:
    """Vietnamese family names, from the people recognizer's lexicon (family_names.tsv)."""
    return frozenset(fold(r[0]) for r in cues.table("family_names.tsv"))


def _person_at(doc: Document, start: int, end: int, people: list[Person]) -> tuple[str, int, int] | None:
    """A person named at ``start``: one the people extractor found there, or a name after an honorific or rank,
    or a capitalized name opening with a Vietnamese family name."""
    for p in people:
        for mnt in p.mentions:
            at_start = start <= mnt.start < end and not doc.text[start:mnt.start].strip(" ,")
            if at_start or mnt.start <= start < mnt.end:
                return p.name, mnt.start, mnt.end
    pos = start
    while True:
        h = cue_regex(_CUES, "honorific").match(doc.folded, pos, end)
        if not h:
            break
        pos = h.end()
        while pos < end and doc.text[pos] in " .":
            pos += 1
    if pos == start:
        first = _WORD.match(doc.folded, pos, end)
        if not first or first.group() not in _family_names():
            return None
        if _org_heads().match(doc.folded, pos, end):
            return None
    name_end = _name_end(doc.text, pos, end)
    if name_end is None:
        return None
    return doc.text[pos:name_end], pos, name_end


def _starts_recipient(doc: Document, pos: int, end: int, first_word: str,
                      organizations: list[Organization]) -> bool:
    """True when a new recipient starts at ``pos`` (after a separator)."""
    folded = doc.folded
    if _counted().match(folded, pos, end) or cue_regex(_CUES, "honorific").match(folded, pos, end):
        return True
    unit = cue_regex(_CUES, "unit").match(folded, pos, end)
    if unit and _is_cap(doc.text, _strip_span(doc.text, unit.end(), end)[0]):
        return True  # "… và tập thể Phòng Y"
    if not _is_cap(doc.text, pos):
        return False
    word = _WORD.match(folded, pos, end)
    if word and word.group() == first_word:
        return True  # "Phòng A và Phòng B"
    if _org_heads().match(folded, pos, end):
        return True
    if _person_at(doc, pos, end, []) is not None:
        return True
    return any(m.start == pos for o in organizations for m in o.mentions)


def _split(doc: Document, start: int, end: int, organizations: list[Organization]) -> list[tuple[int, int]]:
    """Split a recipient span at separators that start a new recipient."""
    unit = cue_regex(_CUES, "unit").match(doc.folded, start, end)
    first = _WORD.search(doc.folded, unit.end() if unit else start, end)
    first_word = first.group() if first else ""
    parts: list[tuple[int, int]] = []
    pos = start
    for m in _SEPARATOR.finditer(doc.folded, start, end):
        if m.start() < pos:
            continue
        if _starts_recipient(doc, m.end(), end, first_word, organizations):
            parts.append((pos, m.start()))
            pos = m.end()
    parts.append((pos, end))
    return [p for p in (_strip_span(doc.text, s, e) for s, e in parts) if p[1] > p[0]]


def _is_adverbial(doc: Document, start: int, end: int) -> bool:
    """A fronted adverbial ("Dịp này", "Năm 2020", "Với những thành tích …"), not a recipient."""
    folded = doc.folded
    if cue_regex(_CUES, "stop").search(folded, start, end):
        return True
    t = cue_regex(_CUES, "time").match(folded, start, end)
    if t and _TIME_FOLLOW.match(folded, t.end(), end):
        return True
    lead = cue_regex(_CUES, "lead").fullmatch(folded, start, end)
    return bool(lead)


def _strip_lead(doc: Document, start: int, end: int) -> int:
    while True:
        m = cue_regex(_CUES, "lead").match(doc.folded, start, end)
        if not m or m.end() >= end:
            return start
        s, _ = _strip_span(doc.text, m.end(), end)
        if s == start:
            return start
        start = s


def _strip_trail(doc: Document, start: int, end: int) -> int:
    """Drop trailing "đã", "vinh dự", "cũng", "được" before the verb."""
    end = _strip_span(doc.text, start, end)[1]
    changed = True
    while changed:
        changed = False
        for m in cue_regex(_CUES, "lead").finditer(doc.folded, start, end):
            if m.end() == end and m.start() > start:
                end = _strip_span(doc.text, start, m.start())[1]
                changed = True
                break
    return end


def _recipient(doc: Document, start: int, end: int, form: _Form, people: list[Person]) -> _Recipient | None:
    start = _strip_lead(doc, start, end)
    start, end = _strip_span(doc.text, start, end)
    if end <= start:
        return None
    folded = doc.folded
    event = cue_regex(_CUES, "event")
    if cue_regex(_CUES, "generic").match(folded, start, end) or event.fullmatch(folded, start, end) or (
            event.match(folded, start, end) and not _is_cap(doc.text, start)):
        return None
    c = _counted().match(folded, start, end)
    if c:
        cend = _strip_span(doc.text, start, _stop_at(doc, c.end(), end))[1]
        # "48 tập thể và cá nhân": the counted noun may continue with its pair
        return _Recipient(doc.text[start:c.end()], start, c.end(), _kind_of_noun(c.group("noun")),
                          int(c.group("n"))) if cend >= c.end() else None
    other = _COUNTED_OTHER.match(doc.text, start, end)
    if other and doc.text[other.end()].islower():  # "10 thợ giỏi": a counted group of a noun the lexicon does not know
        rtype = "individual" if form.recipients == "individual" else "collective"
        oend = _strip_span(doc.text, start, min(end, _stop_at(doc, start, end)))[1]
        return _Recipient(doc.text[start:oend], start, oend, rtype, int(other.group(1)))
    person = _person_at(doc, start, end, people)
    if person:
        name, ps, pe = person
        return _Recipient(name, ps, pe, "individual", 1)
    unit = cue_regex(_CUES, "unit").match(folded, start, end)
    if unit:
        after = _strip_span(doc.text, unit.end(), end)[0]
        if _is_cap(doc.text, after):
            start = after  # "đơn vị Bảo tàng X" → "Bảo tàng X"
    end = _cut_apposition(doc, start, end)
    if not _looks_named(doc.text[start:end]):
        return None
    text = " ".join(doc.text[start:end].split())
    if len(text) < 3 or len(text) > 160:
        return None
    rtype = "individual" if form.recipients == "individual" else "collective"
    return _Recipient(doc.text[start:end], start, end, rtype, 1)


def _looks_named(text: str) -> bool:
    """A unit's name: two capitalized words, an abbreviation, or a capitalized head with its number ("Công an huyện
    Đông Anh", "UBND xã", "Trung đoàn 852"), not a phrase that only starts a sentence ("Ở hàng đầu")."""
    words = text.split()
    caps = sum(1 for w in words if w[:1].isupper())
    numbered = words[:1] and words[0][:1].isupper() and any(w.isdigit() for w in words[1:])
    return caps >= 2 or bool(numbered) or any(len(w) >= 2 and w.isupper() for w in words)


def _cut_apposition(doc: Document, start: int, end: int) -> int:
    """"Công ty X, đơn vị dẫn đầu khối" → "Công ty X"; a place keeps its comma ("… khối 7, phường Hưng Bình")."""
    for m in _LOWER_APPOSITION.finditer(doc.text, start, end):
        if doc.text[m.end()].isupper():
            continue
        if not cue_regex(_CUES, "place").match(doc.folded, m.end(), end):
            return _strip_span(doc.text, start, m.start())[1]
    return end


def _issuer_of(doc: Document, pos: int, end: int) -> str | None:
    """"của X" right after the form."""
    m = _CUA.match(doc.folded, pos, end)
    if not m or not _is_cap(doc.text, m.end()):
        return None
    stop = _CUA_STOP.search(doc.folded, m.end(), end)
    s, e = _strip_span(doc.text, m.end(), stop.start() if stop else end)
    return " ".join(doc.text[s:e].split()) or None


def _issuer_span(doc: Document, start: int, end: int) -> str | None:
    start = _strip_lead(doc, start, end)
    end = _strip_trail(doc, start, end)
    s, e = _strip_span(doc.text, start, end)
    if e <= s or not _is_cap(doc.text, s):
        return None
    if cue_regex(_CUES, "honorific").match(doc.folded, s, e):
        return None
    return " ".join(doc.text[s:e].split())


def _proposal_before(doc: Document, sent: Span, clause: Span, form_start: int) -> bool:
    """A proposal cue before the form in its clause, or before a colon that opens the clause's list."""
    scope = clause.start
    colon = doc.text.rfind(":", max(sent.start, clause.start - _WINDOW), clause.start)
    if colon >= 0:
        scope = max(sent.start, colon - _WINDOW)
    if cue_regex(_CUES, "proposal").search(doc.folded, scope, form_start):
        return True
    if cue_regex(_CUES, "period").search(doc.folded, max(sent.start, form_start - 2 * _WINDOW), form_start) and not cue_regex(
            _CUES, "here").search(doc.folded, max(sent.start, form_start - 2 * _WINDOW), min(sent.end, clause.end + _WINDOW)):
        return True  # "Trong năm, 3 tập thể được tặng Bằng khen": a result of the period under review
    return bool(cue_regex(_CUES, "background").search(doc.folded, clause.start, form_start))


# ------------------------------------------------------------------------------------------------ statements

def _left_recipients(doc: Document, clause: Span, end: int, form: _Form, organizations: list[Organization],
                     people: list[Person], floor: int) -> list[_Recipient]:
    """Recipients written before the verb ("3 tập thể được …", "Công ty X đón nhận …"), after ``floor``."""
    text = doc.text
    start = max(clause.start, floor, end - _WINDOW)
    if start > clause.start and start == end - _WINDOW:  # cut at a separator, not inside a word
        sep = _SEPARATOR.search(doc.folded, start, end)
        start = sep.end() if sep else end
    colon = text.rfind(":", start, end)
    if colon >= 0:
        start = colon + 1
    end = _strip_trail(doc, start, end)
    before = text[start:end].rstrip()
    if not before or before.endswith(",") or _AND_END.search(doc.folded[start:end].rstrip()):
        return []  # "… tổ chức hội nghị và đón nhận …": the subject is elsewhere
    for m in cue_regex(_CUES, "event").finditer(doc.folded, start, end):
        if m.end() == end:
            return []  # "Lễ đón nhận Huân chương …" names the event
    parts = _split(doc, start, end, organizations)
    kept: list[tuple[int, int]] = []
    for s, e in reversed(parts):
        s = _strip_lead(doc, s, e)
        if _is_adverbial(doc, s, e):
            break
        kept.insert(0, (s, e))
    return _recipients_of(doc, kept, form, organizations, people)


def _right_recipients(doc: Document, start: int, end: int, form: _Form, organizations: list[Organization],
                      people: list[Person]) -> list[_Recipient]:
    """Recipients written after "cho"."""
    stop = _stop_at(doc, start, min(end, start + 2 * _WINDOW))
    return _recipients_of(doc, _split(doc, start, stop, organizations), form, organizations, people)


def _recipients_of(doc: Document, parts: list[tuple[int, int]], form: _Form, organizations: list[Organization],
                   people: list[Person]) -> list[_Recipient]:
    """The recipient of each part of a list; a title apposed to a person's name ("ông A, Giám đốc Sở X") is part
    of that recipient, not one of its own."""
    out: list[_Recipient] = []
    skip_titles = False
    for s, e in parts:
        if skip_titles and not _starts_recipient(doc, s, e, "", organizations):
            continue
        r = _recipient(doc, s, e, form, people)
        if r:
            out.append(r)
            skip_titles = r.type == "individual" and r.count == 1 and r.start > s
    return out


def _statements(doc: Document, sent: Span, clause: Span, organizations: list[Organization],
                people: list[Person]) -> list[tuple[str, _Recipient, str | None, int, int]]:
    """(form, recipient, issuer, start, end) of each award stated in a clause."""
    _, rx = _forms()
    folded = doc.folded
    out = []
    floor = clause.start
    whole = clause
    for m in rx.finditer(folded, whole.start, whole.end):
        prev_floor, floor = floor, m.end()
        name, form, fend = _form_at(doc, m)
        if cue_regex(_CUES, "prize").match(folded, m.start(), whole.end):
            continue
        clause = _near(doc, whole, m.start(), fend)
        if _proposal_before(doc, sent, clause, m.start()):
            continue
        recipients: list[_Recipient] = []
        issuer = _issuer_of(doc, fend, clause.end) or _on_behalf(doc, sent, m.start())
        span_start = m.start()
        v = _verb_before().search(folded, clause.start, m.start())
        after = _PASSIVE_AFTER_FORM.match(folded, fend, clause.end)
        if v:
            verb = " ".join(v.group("verb").split())
            kinds = cue_table(_CUES)
            duoc = [d for d in _DUOC.finditer(folded, clause.start, v.start())]
            if verb in kinds["give"] and duoc and not _verb_in(doc, duoc[-1].end(), v.start()):
                d = duoc[-1]
                recipients = _left_recipients(doc, clause, d.start(), form, organizations, people, prev_floor)
                issuer = issuer or _issuer_span(doc, d.end(), v.start())
            elif verb in kinds["give"] or verb in kinds["recognize"] and _CHO.search(folded, fend, clause.end):
                cho = _CHO.search(folded, fend, clause.end)
                if cho and not _verb_in(doc, fend, cho.start()):
                    recipients = _right_recipients(doc, cho.end(), clause.end, form, organizations, people)
                    if verb in kinds["give"]:
                        issuer = issuer or _issuer_span(doc, _subject_start(doc, clause, v.start()), v.start())
            else:  # receive, recognize: the recipient is the subject
                left_end = duoc[-1].start() if verb in kinds["recognize"] and duoc else v.start()
                recipients = _left_recipients(doc, clause, left_end, form, organizations, people, prev_floor)
            span_start = min([v.start()] + [r.start for r in recipients])
        elif after:
            recipients = _right_recipients(doc, after.end(), clause.end, form, organizations, people)
        elif _DAT_BEFORE.search(folded, clause.start, m.start()):
            # "công nhận 20 cá nhân đạt danh hiệu Lao động tiên tiến"
            dat = _DAT_BEFORE.search(folded, clause.start, m.start())
            rec = None
            for r in cue_regex(_CUES, "recognize").finditer(folded, clause.start, dat.start()):
                rec = r
            if rec is not None and not _verb_in(doc, rec.end(), dat.start()):
                recipients = _right_recipients(doc, rec.end(), dat.start(), form, organizations, people)
                span_start = rec.start()
        elif _leads_clause(doc, clause, m.start()):
            # an elliptical clause after a giving one: "…; Bằng khen cho 3 tập thể", "- Giấy khen: 5 cá nhân"
            cho = _FORM_THEN_CHO.match(folded, fend, clause.end)
            if cho:
                recipients = _right_recipients(doc, cho.end(), clause.end, form, organizations, people)
        if not recipients:
            continue
        span_end = max([fend] + [r.end for r in recipients])
        for r in recipients:
            s, e = (span_start, span_end) if span_end - span_start <= _WINDOW else (
                min(m.start(), r.start), max(fend, r.end))
            if e - s > _WINDOW:
                s, e = r.start, r.end
            out.append((name, r, issuer, s, e))
    return out


def _near(doc: Document, clause: Span, form_start: int, form_end: int) -> Span:
    """The part of a clause a statement is read in: at most a window before and after the form."""
    start, end = clause.start, min(clause.end, form_end + 2 * _WINDOW)
    if form_start - start > _WINDOW:
        sep = _SEPARATOR.search(doc.folded, form_start - _WINDOW, form_start)
        start = sep.end() if sep else form_start
    return Span(start, end)


def _on_behalf(doc: Document, sent: Span, form_start: int) -> str | None:
    """"Thừa ủy quyền của Chủ tịch nước, ông X trao …": the issuer is the one who delegated."""
    ob = _ON_BEHALF.search(doc.folded, max(sent.start, form_start - _WINDOW), form_start)
    if not ob:
        return None
    stop = _CLAUSE_COMMA.search(doc.folded, ob.end(), form_start)
    return _issuer_span(doc, ob.end(), stop.start() if stop else ob.end())


def _leads_clause(doc: Document, clause: Span, form_start: int) -> bool:
    """The form opens its clause (after "và", "–" or lead words)."""
    start = _strip_lead(doc, clause.start, form_start)
    start = _strip_span(doc.text, start, form_start)[0]
    m = _ENUM_JOIN.match(doc.folded, start, form_start)
    return (m.end() if m else start) == form_start


def _verb_in(doc: Document, start: int, end: int) -> bool:
    """True when another giving verb stands in ``[start, end)`` (the phrase belongs to another statement)."""
    return bool(cue_regex(_CUES, "give").search(doc.folded, start, end))


def _subject_start(doc: Document, clause: Span, verb_start: int) -> int:
    """Start of the giver before an active verb: after the fronted adverbials of the clause ("Dịp này, …")."""
    start = clause.start
    colon = doc.text.rfind(":", start, verb_start)
    if colon >= 0:
        start = colon + 1
    while True:
        comma = doc.text.find(",", start, verb_start)
        if comma < 0:
            return start
        s, e = _strip_span(doc.text, start, comma)
        if not (_is_adverbial(doc, s, e) or _ON_BEHALF.match(doc.folded, s, e)):
            return start
        start = comma + 1


# ------------------------------------------------------------------------------------------------ dedupe

def _same_recipient(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    ka = re.sub(r"\b0+(\d)", r"\1", " ".join(fold(a).split()))
    kb = re.sub(r"\b0+(\d)", r"\1", " ".join(fold(b).split()))
    return ka == kb or ka in kb or kb in ka or fuzz.ratio(ka, kb) >= 90 or _abbreviates(a, b) or _abbreviates(b, a)


def _abbreviates(short: str, full: str) -> bool:
    """"Bảo tàng CTLSĐBP" shortens "Bảo tàng Chiến thắng lịch sử Điện Biên Phủ": after the words both share, an
    upper-case token spells the initials of the next words of the full name; what follows the token starts what
    follows them ("Phòng CSGT" = "Phòng Cảnh sát giao thông Công an tỉnh")."""
    sw, fw = short.split(), full.split()
    k = 0
    while k < min(len(sw), len(fw)) and fold(sw[k]) == fold(fw[k]):
        k += 1
    if k == len(sw) or not (len(sw[k]) >= 2 and sw[k].isupper()):
        return False
    rest = fw[k:]
    for n in range(2, len(rest) + 1):
        if fold("".join(w[0] for w in rest[:n])) == fold(sw[k]):
            tail, full_tail = fold(" ".join(sw[k + 1:])), fold(" ".join(rest[n:]))
            return full_tail == tail or full_tail.startswith(tail + " ") or not tail
    return False


def _same_form(a: str, b: str) -> bool:
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


def _dedupe(found: list[_Found]) -> list[Award]:
    body_forms = [f.award.award for f in found if not f.secondary]
    kept: list[_Found] = []
    for f in found:
        a = f.award
        if f.secondary and any(_same_form(a.award, b) for b in body_forms):
            continue
        dup = next((k for k in kept[:_DEDUPE_LIMIT] if _same_form(k.award.award, a.award)
                    and _same_recipient(k.award.recipient, a.recipient)), None)
        if dup is not None:
            award, issuer = max(a.award, dup.award.award, key=len), dup.award.issuer or a.issuer
            if _abbreviates(dup.award.recipient, a.recipient):  # the full name wins over its initials
                dup.award = a
            dup.award.award, dup.award.issuer = award, issuer
            continue
        kept.append(f)
    return [k.award for k in kept]


def extract(doc: Document, organizations: list[Organization], people: list[Person]) -> list[Award]:
    """Distinctions given at the event, one item per (form, recipient)."""
    _, rx = _forms()
    if not rx.search(doc.folded):
        return []
    found: list[_Found] = []
    for seg in doc.content_segments():
        secondary = seg.kind in ("caption", "heading")
        for sent in sentence_spans(doc.text, seg.start, seg.end):
            for clause in clauses(doc.text, sent):
                for name, r, issuer, s, e in _statements(doc, sent, clause, organizations, people):
                    award = Award(award=name, recipient=" ".join(r.text.split()), recipient_type=r.type,
                                  count=r.count, issuer=issuer, text=doc.text[s:e], start=s, end=e)
                    found.append(_Found(award, secondary))
    return _dedupe(found)
