"""Meeting: whether the article reports a meeting, and its types, title, date, place, host, bloc and size.

The report test reads the lead the way an editor writes it: the first sentence after the title that reports an
event — a meeting noun with a lower-case event verb ("Ngày 21/11, tại tỉnh Lai Châu, Cụm thi đua … tổ chức Hội
nghị tổng kết …"), or an event action used as the verb ("Ngày 15/3, Công an tỉnh phát động …"), dated by a day or a
past cue ("Vừa qua, …"). A meeting named only as the circumstance of another action ("Tại Kỳ họp thứ 3, Quốc hội
đã thông qua Luật …") is not the event. The article is a meeting report when that sentence is not in the future
tense ("sẽ tổ chức", "dự kiến", "vào ngày 26/5 tới đây"); a lead dated only by "đã" also needs a meeting in the
title (an interview mentioning an old conference is not a report); when the lead reports no event, a titled
meeting reported in the body ("Tại Đại hội, các đại biểu đã bầu …") still counts. Explainers of the law,
profiles, notices and statistics have no such sentence.

Every other field comes from that lead sentence first (types also from the title, from sentences whose subject is
the meeting, and from photo captions — see models/lexicons/meeting_types.tsv for each cue's scope):
- date: the day in the lead sentence (made the one date of role ``meeting``); null when the lead gives no day
  ("Vừa qua, … tổ chức");
- location: the words after "tại" up to the comma or verb that ends them ("tại TP. Điện Biên Phủ, sáng 10/11 …"),
  else after a later mention of the meeting itself ("Lễ phát động thi đua tại Công an tỉnh"), or in the sentence
  after the lead whose subject is the meeting ("Hội nghị được tổ chức tại …", "Hội nghị do X chủ trì, diễn ra tại …");
- host: the subject of "tổ chức" once the opening source tag, date, place and adverbial are taken off, or "do X tổ
  chức / đăng cai", or "Hội nghị … của X"; a list of units "thuộc Cụm thi đua số 7" is hosted by the cluster; a
  subject-less "tại phòng họp X đã tổ chức" by X; else the bloc the meeting belongs to; else the title's subject
  before its event verb ("Bộ CHQS tỉnh X triển khai nhiệm vụ năm 2025" over a passive lead);
- emulation_group: "Khối thi đua …"/"Cụm thi đua …" as named in full (the lead's mention, or a fuller naming of it
  before the lead; without one in the lead, the first mention's fullest naming);
- participant_units: a counted unit noun after "lãnh đạo / đại diện / gồm / có …" ("16 đơn vị thuộc Khối thi
  đua", "đại diện 07 Công đoàn cơ sở", "Sở VHTTDL 7 tỉnh", "(14 đơn vị)"), else the units listed after "gồm" or
  "đơn vị thành viên:", or around a list's marked leader ("…, Thư viện tỉnh (Khối trưởng), …").
Each field's evidence is kept as offsets into the canonical text in ``meeting.evidence``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

from ..clean import fold
from ..document import Document
from ..labels import MEETING_TYPES
from ..schema import DateItem, Meeting, Record
from ..segment import abbreviation_dot, paragraphs, sentence_spans
from . import cues

_LEAD_PARAGRAPHS = 4  # paragraphs after the title searched for the lead sentence
_PHOTO_CREDIT = re.compile(cues.folded_pattern(r"(?:^|[\s(])ảnh(?:\s+minh\s+họa)?\s*:"))
_STATEMENT = re.compile(cues.folded_pattern(
    r"(?:[\"“]\s*)?(?:(?:tại|trong|qua)\s+(?:buổi\s+|phiên\s+)?(?:hội nghị|đại hội|lễ|giao ban|họp|cuộc họp|"
    r"buổi lễ)|(?:hội nghị|đại hội|buổi lễ|lễ|cuộc họp)\s+(?:cũng\s+)?(?:đã|đồng thời|thống nhất|nhất trí|tiến hành))"))
#: A meeting named as the circumstance of another action ("Tại hội nghị, …", "trong Hội nghị …"), not as the event
_CIRCUMSTANCE_BEFORE = re.compile(cues.folded_pattern(rf"(?<![{cues.WORD_CHARS}])(?:tại|trong|qua|ở)\s+(?:buổi\s+|phiên\s+)?$"))
_OPENING_REACH = 60  # a date this close to the start of a sentence opens it ("ĐBP - Tại TP. X, sáng 10/11 …")
_SHORT_CAPTION = 120  # a one-sentence paragraph shorter than this, after the lead, is read as a photo caption
_TAI = re.compile(rf"(?<![{cues.WORD_CHARS}])tại\s+")
_CUA = re.compile(rf"(?<![{cues.WORD_CHARS}])của\s+")
_DO_ORGANIZED = re.compile(cues.folded_pattern(
    rf"(?<![{cues.WORD_CHARS}])do\s+([^()]{{3,150}}?)\s+(?:chủ trì\s+|phối hợp\s+)?(?:tổ chức|đăng cai)"))
_GROUP = re.compile(cues.folded_pattern(rf"(?<![{cues.WORD_CHARS}])(?:khối|cụm)\s+thi\s+đua"))
_ORGANIZE = re.compile(cues.folded_pattern(rf"(?<![{cues.WORD_CHARS}])(?:tổ\s+chức|đăng\s+cai)(?![{cues.WORD_CHARS}])"))
_AGENCY_TAG = re.compile(r"\s*(?:\([A-ZĐ0-9./\-\s]{2,12}\)|[A-ZĐ]{2,8}\s*[-–])\s*")
#: A news source opening the lead: "(Baonghean.vn) - ", "(NTO) ", "QĐND - " (before a day, a place or an opener)
_SOURCE_TAG = re.compile(r"\s*(?:\([^()\n]{2,30}\)\s*[-–]?|[^\s,()]{2,25}\s[-–])\s+(?=(?i:sáng|chiều|trưa|tối|ngày|hôm|"
                         r"tại|vừa|mới|trong|\d))")
#: "Trong 2 ngày" before the dates of a two-day meeting; a day opening a sentence without a year ("Chiều 21-11")
_SPAN_OF_DAYS = re.compile(cues.folded_pattern(r"(?:trong|trải qua)\s+(?:\d+|hai|ba|bốn)\s+(?=ngày)"))
_DAY_OPENING_AT = re.compile(cues.folded_pattern(
    r"(?:(?P<tod>sáng|trưa|chiều tối|chiều|tối|đêm)\s+(?:nay\s*)?(?:ngày\s+)?|ngày\s+|hôm\s+(?:nay|qua)\s*)"
    r"(?:\(?\s*(?:ngày\s+)?\d{1,2}\s?[/.-]\s?\d{1,2}(?:\s?[/.-]\s?\d{4})?\s*\)?)?(?!\d)"))
_YEAR_SPAN = re.compile(cues.folded_pattern(
    r"(?:(?:\d+|sáu|chín)\s+tháng\s+(?:đầu|cuối)\s+năm\s+(?:\d{4})?|quý\s+[ivx\d]+(?:\s*năm\s*|/)?\d{0,4}|"
    r"(?:năm học|niên khóa|nhiệm kỳ|giai đoạn|năm)\s+\(?(?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)\d\d)?)"))
_DAY_OPENING = re.compile(cues.folded_pattern(
    r"\W{0,3}(?:(?:sáng|trưa|chiều tối|chiều|tối|đêm)\s+(?:ngày\s+)?|ngày\s+|hôm\s+)\d{1,2}\s?[/.-]\s?\d{1,2}(?!\d)"))
_TITLE_STOP = re.compile(cues.folded_pattern(r"\s(?:tại|với sự|do|nhằm|vào|đã|diễn ra|được)(?![\w])"))
_PERIOD_OF_YEARS = re.compile(cues.folded_pattern(r"(?:năm học|niên khóa|nhiệm kỳ|giai đoạn|năm)(?![\w])"))
_LIST_SPLIT = re.compile(r"\s*(?:,|;|\s+và\s+)\s*")


# ------------------------------------------------------------------------------------------- lexicons

@lru_cache(maxsize=None)
def _phrases(kind: str) -> re.Pattern:
    return cues.cue_regex("meeting_phrases.tsv", kind)


@lru_cache(maxsize=1)
def _type_cues() -> tuple[tuple[str, str, re.Pattern], ...]:
    rows = cues.table("meeting_types.tsv")
    out = []
    for label in MEETING_TYPES:
        for scope in ("lead", "statement", "body", "review"):
            phrases = [r[1] for r in rows if r[0] == label and r[2] == scope]
            if phrases:
                out.append((label, scope, cues.phrase_regex(phrases)))
    return tuple(out)


def _nouns() -> re.Pattern:
    return cues.cue_regex("meeting_nouns.tsv", "noun")


def _actions() -> re.Pattern:
    return cues.cue_regex("meeting_nouns.tsv", "action")


def _not_nouns() -> re.Pattern:
    return cues.cue_regex("meeting_nouns.tsv", "not")


# ------------------------------------------------------------------------------------------- lead

@dataclass
class _Lead:
    title: tuple[int, int] | None
    sentence: tuple[int, int] | None  # the sentence that reports the meeting
    paragraphs: list[tuple[int, int]]  # content paragraphs after the title (hard-wrapped lines joined)
    sentences: list[tuple[int, int]]
    lead_end: int  # end of the lead region (title and the paragraphs up to the lead sentence's)
    future: bool = False
    weak: bool = False  # the lead sentence is dated only by "đã": the title must name the meeting too
    body_report: bool = False
    statements: list[tuple[int, int]] = field(default_factory=list)
    captions: list[tuple[int, int]] = field(default_factory=list)


def _meeting_words(folded: str, s: int, e: int, skip: list[int] | None = None) -> list[re.Match]:
    """Meeting nouns and event actions in folded[s:e], without the look-alikes ("lễ hội") and without those inside
    ``skip`` (the place: "tại Hội trường Trung tâm Hội nghị tỉnh")."""
    nots = [(m.start(), m.end()) for m in _not_nouns().finditer(folded, s, e)]
    if skip:
        nots.append((skip[0], skip[1]))
    found = []
    for rx in (_nouns(), _actions()):
        for m in rx.finditer(folded, s, e):
            if not any(a <= m.start() < b for a, b in nots):
                found.append(m)
    return sorted(found, key=lambda m: m.start())


def _event_verb(doc: Document, s: int, e: int) -> re.Match | None:
    """An event verb written in lower case ("tổ chức", not the "Tổ chức" of "Phòng Tổ chức cán bộ")."""
    for m in cues.cue_regex("event_verbs.tsv").finditer(doc.folded, s, e):
        if doc.text[m.start()].islower():
            return m
    return None


def _reports_event(doc: Document, s: int, e: int, dates: list[DateItem]) -> str | None:
    """Whether a sentence reports a held event, and how firmly: ``"strong"`` for a meeting word with a lower-case
    event verb and a day date or a strong past cue ("Ngày 21/11, X tổ chức Hội nghị …", "Vừa qua, X tổ chức …"), or
    an event action used as the verb of such a sentence ("Ngày 15/3, Công an tỉnh phát động …"); ``"weak"`` when only
    "đã" dates it ("X đã tổ chức Hội nghị …", also said in passing of an old meeting); None otherwise."""
    folded = doc.folded
    words = [w for w in _meeting_words(folded, s, e) if not _CIRCUMSTANCE_BEFORE.search(folded, max(s, w.start() - 12),
                                                                                           w.start())]
    if not words or _is_capitals(doc.text[s:e]):
        return None  # "Tại Kỳ họp thứ 3 …, Quốc hội đã thông qua Luật …": the meeting is only a circumstance
    dated = (any(s <= d.start < e and d.precision == "day" and d.role not in ("publication", "document")
                 for d in dates)
             or bool(_DAY_OPENING.match(folded, s, e)))  # "Sáng 20-9, …" even when no year could be given to it
    strong_past = bool(cues.cue_regex("past_cues.tsv", "strong").search(folded, s, e))
    if _event_verb(doc, s, e) is not None:
        if dated or strong_past:
            return "strong"
        return "weak" if cues.cue_regex("past_cues.tsv", "weak").search(folded, s, e) else None
    acted = any(_actions().fullmatch(folded, m.start(), m.end()) and doc.text[m.start()].islower() for m in words)
    opened = (any(s <= d.start < s + _OPENING_REACH and d.precision == "day" and d.role == "meeting" for d in dates)
              or bool(_DAY_OPENING.match(folded, s, e)))
    return "strong" if acted and (opened or strong_past) else None


def _is_future(folded: str, s: int, e: int) -> bool:
    return bool(cues.cue_regex("future_cues.tsv").search(folded, s, e))


def _future_around_event(folded: str, s: int, e: int, dates: list[DateItem]) -> bool:
    """Whether the lead sentence announces an event to come: a future cue before the event words ("X sẽ tổ chức Hội
    nghị …", "Theo kế hoạch, …"), or a far-reaching one ("dự kiến", "tới đây") in a sentence that does not open with
    the day of the event ("Họ sẽ được tuyên dương tại hội nghị vào ngày 26/5 tới đây"), or right after a date
    ("vào ngày 10/1 tới"). A later cue of the report's content ("Ngày 12/3, X tổ chức hội nghị triển khai công tác
    chuẩn bị Đại hội tới đây"; "… theo đó ngành sẽ tập trung …") does not count."""
    words = _meeting_words(folded, s, e)
    first = words[0].start() if words else e
    if cues.cue_regex("future_cues.tsv", "near").search(folded, s, first):
        return True
    opened = (any(s <= d.start < s + _OPENING_REACH and d.precision == "day" for d in dates)
              or bool(_DAY_OPENING.match(folded, s, e)))
    if not opened and cues.cue_regex("future_cues.tsv", "anywhere").search(folded, s, e):
        return True
    return any(s <= d.start < e and d.precision == "day" and _DATE_THEN_FUTURE.match(folded, d.end, e)
               for d in dates)


_DATE_THEN_FUTURE = re.compile(cues.folded_pattern(r"\s*(?:tới đây|sắp tới|tới)(?=\s*[,.;:)]|\s*$)"))


def _paragraphs(doc: Document) -> tuple[tuple[int, int] | None, list[tuple[int, int]], list[tuple[int, int]]]:
    """Title, paragraphs (continued lines joined) and caption-like segments of the content: the segment that opens
    a paragraph (not the first one, a heading that was or opened the title) is one when it is a caption, holds a
    photo credit, or is a short single sentence after the first paragraph."""
    text = doc.text
    title, paras = paragraphs(text, doc.segments)
    opens = {p.start: i for i, p in enumerate(paras)}
    captions: list[tuple[int, int]] = []
    for k, seg in enumerate(doc.content_segments()):
        i = opens.get(seg.start)
        if i is None or k == 0 and seg.kind == "heading":
            continue
        if (seg.kind == "caption" or _PHOTO_CREDIT.search(doc.folded, seg.start, seg.end)
                or (i > 0 and seg.end - seg.start < _SHORT_CAPTION
                    and len(sentence_spans(text, seg.start, seg.end)) == 1)):
            captions.append((seg.start, seg.end))
    return title, paras, captions


_PROSE_END = re.compile(r"[.!?…:;](?:[\s\"”’)»]|$)")
_PROSE_WORDS = 20


def _first_prose(text: str, paras: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """The paragraphs up to the ``n``-th one written as prose (a sentence mark, or a long run of words): menu
    lines, section names and stamps that page chrome leaves before the article do not use up the lead window."""
    out, prose = [], 0
    for ps, pe in paras:
        out.append((ps, pe))
        chunk = text[ps:pe]
        if _PROSE_END.search(chunk) or len(chunk.split()) >= _PROSE_WORDS:
            prose += 1
            if prose >= n:
                break
    return out


def _lead(doc: Document, dates: list[DateItem]) -> _Lead:
    folded = doc.folded
    title, paras, captions = _paragraphs(doc)
    sentences = [sp for s, e in paras for sp in sentence_spans(doc.text, s, e)]
    lead = _Lead(title, None, paras, sentences, title[1] if title else 0, captions=captions)
    body_paras = [p for p in paras if not _PHOTO_CREDIT.search(folded, *p)]
    weak = None
    for ps, pe in _first_prose(doc.text, body_paras, _LEAD_PARAGRAPHS):
        for s, e in sentence_spans(doc.text, ps, pe):
            firmness = _reports_event(doc, s, e, dates)
            if firmness == "strong":
                lead.sentence, lead.lead_end = (s, e), pe
                break
            if firmness == "weak" and weak is None:
                weak = (s, e, pe)
        if lead.sentence:
            break
    if lead.sentence is None and weak is not None:
        lead.sentence, lead.lead_end, lead.weak = weak[:2], weak[2], True
    if lead.sentence is not None:
        lead.future = _future_around_event(folded, *lead.sentence, dates)
    for s, e in sentences:
        if _STATEMENT.match(folded, s, e):
            lead.statements.append((s, e))
    lead.body_report = bool(lead.statements) and not any(_is_future(folded, s, e) for s, e in lead.statements[:1])
    return lead


def _is_report(doc: Document, lead: _Lead) -> bool:
    folded = doc.folded
    title_future = lead.title is not None and _is_future(folded, *lead.title)
    if lead.sentence is not None:
        if lead.weak and (lead.title is None or not _meeting_words(folded, *lead.title)):
            return False
        return not lead.future and not title_future
    if title_future or lead.title is None:
        return False
    return lead.body_report and bool(_meeting_words(folded, *lead.title))


# ------------------------------------------------------------------------------------------- types

_SUBJECT_ADVERBS = re.compile(cues.folded_pattern(r"(?:\s+(?:đã|cũng|còn|tiếp tục|đồng thời))*\s+"))


def _host_statements(doc: Document, lead: _Lead, host: str | None) -> list[tuple[int, int]]:
    """Sentences after the lead whose subject is the host, named by words of its name ("Chi nhánh phát động đợt
    thi đua …" after "Agribank chi nhánh tỉnh X tổ chức hội nghị …"): where their verb starts, and their end."""
    if not host or lead.sentence is None:
        return []
    name = f" {' '.join(fold(host).split())} "
    out = []
    for s, e in lead.sentences:
        if s <= lead.sentence[0] or (s, e) in lead.captions:
            continue
        words = doc.text[s:min(e, s + 60)].split()[:4]
        if not words or not words[0][:1].isupper():
            continue
        for n in range(len(words), 0, -1):  # the longest run of the host's words opening the sentence
            subject = " ".join(fold(w) for w in words[:n])
            if re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)*", subject) and f" {subject} " in name:
                end = doc.text.index(words[n - 1], s) + len(words[n - 1])
                adv = _SUBJECT_ADVERBS.match(doc.folded, end, e)
                if adv:
                    out.append((adv.end(), e))
                break
    return out


def _types(doc: Document, lead: _Lead, main_noun: str | None,
           host: str | None = None) -> tuple[list[str], list[int] | None]:
    folded = doc.folded
    lead_spans = [sp for sp in (lead.title, lead.sentence) if sp]
    statement_spans = lead_spans + lead.statements + lead.captions
    body_spans = [sp for sp in lead.paragraphs if not _in_plan_list(folded, *sp)]
    found: dict[str, tuple[int, int]] = {}
    for label, scope, rx in _type_cues():
        if scope == "review":
            continue
        spans = {"lead": lead_spans, "statement": statement_spans, "body": body_spans}[scope]
        for s, e in spans:
            m = rx.search(folded, s, e)
            if m and not _is_future(folded, s, m.start()):
                found.setdefault(label, (m.start(), m.end()))
                break
    for label, scope, rx in _type_cues():  # what the host did at the meeting, said after the lead
        if scope == "statement" and label not in found:
            for s, e in _host_statements(doc, lead, host):
                m = rx.match(folded, s, e)
                if m and not _is_future(folded, s, e):
                    found[label] = (m.start(), m.end())
                    break
    if "annual_review" not in found and "midterm_review" not in found:
        # a review without the word "tổng kết / sơ kết" ("Đánh giá kết quả phong trào thi đua năm 2022 … là nội
        # dung chính của hội nghị"): of a year, or of a part of one ("6 tháng đầu năm", "quý I")
        for label, scope, rx in _type_cues():
            if scope != "review":
                continue
            for s, e in lead_spans:
                m = rx.search(folded, s, e)
                if m and not _is_future(folded, s, m.start()):
                    part = _SUB_YEAR_PERIOD.search(folded, m.end(), min(e, m.end() + 80))
                    found["midterm_review" if part else "annual_review"] = (m.start(), m.end())
                    break
    if not found and main_noun in ("lễ", "buổi lễ") and _awards_given(doc, lead):
        found["award_ceremony"] = lead.sentence or lead.title
    types = [t for t in MEETING_TYPES if t in found] or ["other"]
    spans = [found[t] for t in types if t in found]
    evidence = [min(s for s, _ in spans), max(e for _, e in spans)] if spans else (
        list(lead.sentence) if lead.sentence else None)
    return types, evidence


_SUB_YEAR_PERIOD = re.compile(cues.folded_pattern(r"(?:\d+|sáu|chín)\s+tháng|quý\s+[ivx\d]+|giữa\s+(?:năm|kỳ|nhiệm kỳ)"))
_PLAN_LIST = re.compile(cues.folded_pattern(r"(?:thống nhất|dự kiến|kế hoạch)\s+tổ chức\s+(?:các\s+)?(?:hoạt động|hội nghị)"))


def _in_plan_list(folded: str, s: int, e: int) -> bool:
    """A paragraph listing the activities planned for the year ("thống nhất tổ chức các hoạt động định kỳ, gồm …")."""
    return bool(_PLAN_LIST.search(folded, s, e))


_AWARD_GIVEN = re.compile(cues.folded_pattern(
    r"(?:trao|trao tặng|được tặng|tặng|đón nhận)\s+(?:thưởng\s+)?(?:huân chương|huy chương|cờ thi đua|bằng khen|danh hiệu)"))


def _awards_given(doc: Document, lead: _Lead) -> bool:
    folded = doc.folded
    return any(_AWARD_GIVEN.search(folded, s, e) and not re.search(r"đề nghị", folded[s:e])
               for s, e in lead.paragraphs)


# ------------------------------------------------------------------------------------------- phrases

def _clause_end(doc: Document, start: int, limit: int, *, commas: str = "stop") -> int:
    """End of a name or place that starts at ``start``: the first comma, full stop or clause-stop word outside
    parentheses. ``commas="names"`` lets a comma go on before a capitalized word or a unit noun (bloc names)."""
    text, folded = doc.text, doc.folded
    stops = _phrases("clause_stop")
    depth = 0
    i = start
    if commas == "place":
        head = _phrases("place_head").match(folded, start)
        if head:
            i = head.end()
    while i < limit:
        ch = text[i]
        if ch == "\n":
            nxt = text[i + 1:i + 2]
            if not nxt or nxt == "\n" or nxt.isupper():
                return i
            i += 1
            continue
        if ch in "([":
            depth += 1
        elif ch in ")]":
            if depth == 0:
                return i
            depth -= 1
        elif depth == 0:
            if ch in ";:“\"":
                return i
            if ch == "." and (i + 1 >= limit or text[i + 1].isspace()) and not _abbrev_before(text, i):
                return i
            if ch == ",":
                if commas == "names" and _name_goes_on(doc, i + 1, limit):
                    i += 1
                    continue
                if commas == "place" and _higher_place_level(doc, i + 1, limit):
                    i += 1
                    continue  # "tại nhà văn hóa bản X, huyện Y": the place goes on
                return i
            if ch == " " and i > start and text[i + 1:i + 2].islower():
                if stops.match(folded, i + 1) and not _after_determiner(folded, start, i):
                    return i
            if ch in "-–" and text[i - 1:i] == " " and not _in_dash_compound(folded, i) and (
                    (commas == "place" and _is_dateish(folded, i + 1)) or text[i + 2:i + 3].islower()):
                return i - 1  # "… Trường THCS Lý Tự Trọng – đơn vị Cụm trưởng": an aside, not the name
        i += 1
    return limit


@lru_cache(maxsize=1)
def _dash_compounds() -> re.Pattern:
    """Lower-case words joined by a dash inside one name ("chính trị – xã hội"), any dash, any spacing."""
    rows = [fold(r[0]) for r in cues.table("meeting_phrases.tsv") if len(r) > 1 and r[1] == "dash_compound"]
    alts = [r"\s*[-–—]\s*".join(re.escape(w).replace(r"\ ", r"\s+") for w in re.split(r"\s*-\s*", r))
            for r in sorted(set(rows), key=len, reverse=True)]
    return re.compile(rf"(?<![{cues.WORD_CHARS}])(?:{'|'.join(alts)})(?![{cues.WORD_CHARS}])")


def _in_dash_compound(folded: str, i: int) -> bool:
    """Whether the dash at ``i`` joins the two halves of a dash compound."""
    return any(m.start() < i < m.end() for m in _dash_compounds().finditer(folded, max(0, i - 40), i + 40))


def _after_determiner(folded: str, start: int, i: int) -> bool:
    """The word before offset ``i`` is a determiner ("các tổ chức tín dụng": "tổ chức" is a noun there)."""
    m = _phrases("determiner").search(folded, max(start, i - 6), i)
    return bool(m) and m.end() == i


def _abbrev_before(text: str, i: int) -> bool:
    """"TP." "Tp." "Q." before a name: a dot that does not end the sentence."""
    return text[i] == "." and abbreviation_dot(text, i) and i + 2 < len(text) and text[i + 2:i + 3].isupper()


def _is_dateish(folded: str, i: int) -> bool:
    return bool(re.match(r"\s*\d", folded[i:i + 3]))


def _name_goes_on(doc: Document, i: int, limit: int) -> bool:
    j = i
    while j < limit and doc.text[j] == " ":
        j += 1
    if j >= limit:
        return False
    if doc.text[j].isupper():
        return not _phrases("clause_stop").match(doc.folded, j)
    if _phrases("name_continuation").match(doc.folded, j):
        return True
    # an enumeration of levels: "Cụm thi đua số 2 LĐLĐ các huyện, thị xã tỉnh X"
    levels = _phrases("level_continuation")
    return bool(levels.match(doc.folded, j)) and any(
        m.end() == i - 1 for m in levels.finditer(doc.folded, max(0, i - 16), i - 1))


@lru_cache(maxsize=1)
def _place_levels() -> re.Pattern:
    """Levels of the administrative divisions from the commune up (admin_levels.tsv, rank ≥ 2), each followed by a
    capitalized name: ", huyện Mường Tè", ", tỉnh Lai Châu"."""
    levels = [fold(r[0]) for r in cues.table("admin_levels.tsv", 2) if int(r[1]) >= 2 and r[0].islower()]
    return re.compile(rf"\s*(?:{cues.alternation(levels)})\s+")


def _higher_place_level(doc: Document, i: int, limit: int) -> bool:
    """A place qualifier after a comma (", huyện X"), which continues a place."""
    m = _place_levels().match(doc.folded, i, limit)
    return bool(m) and doc.text[m.end():m.end() + 1].isupper()


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" ,;:-–")


def _strip_role_parens(text: str) -> str:
    """Drop asides that are not part of a name ("(Khối trưởng)", "(do Hội Luật gia làm Trưởng khối)"); keep an
    abbreviation ("(LĐLĐ)", "(VHTTDL)", "(BV Phước Hải)")."""
    def keep(m: re.Match) -> str:
        inner = m.group(1)
        words = inner.split()
        if any(w[:1].islower() for w in words) or re.search(r"(?i)trưởng|phó", inner):
            return ""
        return m.group(0)
    return _clean(re.sub(r"\s*\(([^()]*)\)", keep, text))


# ------------------------------------------------------------------------------------------- location

def _location(doc: Document, lead: _Lead) -> tuple[str | None, list[int] | None]:
    """The place after "tại" in the lead sentence, else in the title."""
    for s, e in (sp for sp in (lead.sentence, lead.title) if sp and not _is_capitals(doc.text[sp[0]:sp[1]])):
        got = _place_after_tai(doc, s, e)
        if got:
            return got
    return None, None


def _location_of_named_meeting(doc: Document, lead: _Lead, title: str | None) -> tuple[str | None, list[int] | None]:
    """"Lễ phát động thi đua tại Công an tỉnh": a place right after a mention of the meeting itself anywhere in the
    article (a mention whose words are all words of the meeting's title, so another meeting's place is not taken)."""
    if not title:
        return None, None
    folded = doc.folded
    title_words = set(fold(title).split())
    for s, e in lead.sentences:
        if _is_future(folded, s, e):
            continue
        for m in _meeting_words(folded, s, e):
            if not _nouns().fullmatch(folded, m.start(), m.end()):
                continue
            t = _TAI.search(folded, m.end(), min(e, m.end() + 60))
            if not t or re.search(r"[,.;]", doc.text[m.end():t.start()]):
                continue
            if not set(folded[m.start():t.start()].split()) <= title_words:
                continue
            got = _place_after_tai(doc, t.start(), e)
            if got:
                return got
    return None, None


def _location_held_at(doc: Document, lead: _Lead) -> tuple[str | None, list[int] | None]:
    """"Hội nghị được tổ chức tại …", "Hội nghị do X chủ trì, diễn ra tại …": the sentence right after the lead
    sentence (in its paragraph, or opening the next one) whose subject is the meeting and which says where it was
    held."""
    if lead.sentence is None:
        return None, None
    folded = doc.folded
    at = next((i for i, (ps, pe) in enumerate(lead.paragraphs) if ps <= lead.sentence[0] < pe), None)
    if at is None:
        return None, None
    nxt = [sp for ps, pe in lead.paragraphs[at:at + 2] if (ps, pe) not in lead.captions
           for sp in sentence_spans(doc.text, ps, pe) if sp[0] >= lead.sentence[1]]
    for s, e in nxt[:1]:
        words = _meeting_words(folded, s, min(e, s + 20))
        if not words or words[0].start() != s or not _nouns().fullmatch(folded, words[0].start(), words[0].end()):
            continue
        if _is_future(folded, s, e):
            continue
        m = _phrases("held_at").search(folded, words[0].end(), e)
        if m:
            got = _place_after_tai(doc, m.end() - len("tại"), e)
            if got:
                return got
    return None, None


def _opening_time_of_day(doc: Document, sentence: tuple[int, int]) -> str | None:
    """The time of day of a lead that opens with a day no year could be given to ("Chiều 21-11, …")."""
    s, e = sentence
    m = _DAY_OPENING_AT.search(doc.folded, s, min(e, s + _OPENING_REACH))
    if not m or not m.group("tod") or not re.search(r"\d|nay", m.group()):
        return None
    labels = {fold(w): label for w, label in cues.table("time_of_day.tsv")}
    return labels.get(" ".join(m.group("tod").split()))


def _is_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)


_PLACE_ROLE = re.compile(cues.folded_pattern(
    r"\s*\(\s*(?:đơn vị\s+)?(?:khối trưởng|trưởng khối|khối phó|phó trưởng khối|cụm trưởng|trưởng cụm|cụm phó|"
    r"phó trưởng cụm)[^()]{0,20}\)\s*$"))


def _place_after_tai(doc: Document, s: int, e: int) -> tuple[str, list[int]] | None:
    folded = doc.folded
    for t in _TAI.finditer(folded, s, e):
        start = t.end()
        if _meeting_words(folded, start, min(e, start + 20)) and _meeting_words(folded, start, start + 20)[0].start() == start:
            continue  # "tại hội nghị", "tại buổi lễ"
        if start >= e or not (doc.text[start].isupper() or _phrases("place_head").match(folded, start)):
            continue
        end = _clause_end(doc, start, e, commas="place")
        role = _PLACE_ROLE.search(doc.folded, start, end)  # "tại huyện X (đơn vị Cụm trưởng)"
        if role:
            end = role.start()
        place = _clean(doc.text[start:end])
        if 2 <= len(place) <= 150:
            return place, [start, start + len(doc.text[start:end].rstrip(" ,;:-–"))]
    return None


# ------------------------------------------------------------------------------------------- host

def _host(doc: Document, lead: _Lead, dates: list[DateItem], location_span: list[int] | None,
          group: str | None) -> tuple[str | None, list[int] | None]:
    if lead.sentence is None:
        return None, None
    folded, text = doc.folded, doc.text
    s, e = lead.sentence
    words = _meeting_words(folded, s, e, location_span)
    first_word = words[0].start() if words else e
    # "do X tổ chức"
    m = _DO_ORGANIZED.search(folded, s, e)
    if m:
        host = _strip_role_parens(text[m.start(1):m.end(1)])
        if host[:1].isupper():
            return host, [m.start(1), m.end(1)]
    # the subject of "tổ chức" / "khai mạc"
    verb = next((v for v in _ORGANIZE.finditer(folded, s, e)
                 if text[v.start()].islower() and not _after_determiner(folded, s, v.start() - 1)), None)
    if verb is None and words and _actions().fullmatch(folded, words[0].start(), words[0].end()) \
            and text[words[0].start()].islower():
        verb = words[0]  # an action as the verb: "Ngày 15/3, Công an tỉnh phát động …"
    if verb and (verb.start() <= first_word + 1 or not _meeting_words(folded, s, verb.start(), location_span)):
        subj_start = _skip_openers(doc, s, verb.start(), dates, location_span)
        subj_end = _trim_trailers(doc, subj_start, verb.start())
        subject = text[subj_start:subj_end]
        host = _host_from_subject(doc, subj_start, subject)
        if host:
            return host
        if subj_end <= subj_start and location_span and location_span[0] < verb.start():
            owner = _owner_of_place(doc, location_span)
            if owner:
                return owner
    # "Hội nghị … của X"
    for w in words:
        if not _nouns().fullmatch(folded, w.start(), w.end()):
            continue
        name_end = _clause_end(doc, w.end(), e)
        c = _CUA.search(folded, w.end(), name_end + 1)
        if c:
            start = c.end()
            end = _clause_end(doc, start, e, commas="names")
            host = _strip_role_parens(text[start:end])
            host = _group_of_list(host) or host
            if host[:1].isupper():
                return host, [start, end]
        break
    if group:
        return group, None
    return _host_in_title(doc, lead)


def _host_in_title(doc: Document, lead: _Lead) -> tuple[str | None, list[int] | None]:
    """"Bộ Chỉ huy Quân sự tỉnh X triển khai nhiệm vụ năm 2025" over a lead without a host: the title's capitalized
    subject before its event verb."""
    if lead.title is None or _is_capitals(doc.text[lead.title[0]:lead.title[1]]):
        return None, None
    s, e = lead.title
    folded, text = doc.folded, doc.text
    verbs = [m for rx in (_actions(), _phrases("title_verb")) for m in rx.finditer(folded, s, e)
             if text[m.start()].islower()]
    if not verbs:
        return None, None
    verb = min(verbs, key=lambda m: m.start())
    subject = text[s:verb.start()].strip()
    if re.search(r"[,:;\-–]", subject) or len(subject.split()) < 2 or _nouns().match(fold(subject)):
        return None, None
    got = _host_from_subject(doc, s, subject)
    return got if got else (None, None)


def _skip_openers(doc: Document, s: int, limit: int, dates: list[DateItem], location_span: list[int] | None) -> int:
    """Skip what opens a lead sentence before its subject: an agency tag, dates, "tại X", "Vừa qua"."""
    text, folded = doc.text, doc.folded
    pos = s
    for _ in range(6):
        while pos < limit and text[pos] in " ,\t\n-–":
            pos += 1
        m = _AGENCY_TAG.match(text, pos, limit) or _SOURCE_TAG.match(text, pos, limit)
        if m and m.end() > pos:
            pos = m.end()
            continue
        d = next((d for d in dates if d.start <= pos < d.end or d.start == pos), None)
        if d is not None:
            pos = d.end
            continue
        m = _SPAN_OF_DAYS.match(folded, pos, limit) or _DAY_OPENING_AT.match(folded, pos, limit)
        if m and m.end() > pos:
            pos = m.end()
            continue
        if location_span and pos <= location_span[0] <= pos + 5 and folded.startswith("tại", pos):
            pos = location_span[1]
            continue
        t = _TAI.match(folded, pos)
        if t:
            pos = _clause_end(doc, t.end(), limit, commas="place")
            continue
        m = _phrases("lead_opener").match(folded, pos)
        if m:
            pos = m.end()
            continue
        break
    return pos


def _trim_trailers(doc: Document, start: int, end: int) -> int:
    text, folded = doc.text, doc.folded
    trailers = _phrases("host_trailer")
    changed = True
    while changed and end > start:
        changed = False
        while end > start and text[end - 1] in " ,":
            end -= 1
        for m in trailers.finditer(folded, max(start, end - 20), end):
            if m.end() == end and (m.start() == start or text[m.start() - 1] == " "):
                end = m.start()
                changed = True
                break
    return end


#: The host's bloc role set off by commas: "Sở X, đơn vị Khối trưởng, chủ trì …", "Huyện Y, Cụm phó năm 2023, …"
_ROLE_APPOSITIVE = (r",\s*(?:là\s+)?(?:đơn vị\s+)?(?:(?:khối|cụm)\s+(?:trưởng|phó)|(?:phó\s+)?trưởng\s+(?:khối|cụm)|"
                    r"(?:khối|cụm)\s+phó)(?![\w])")


@lru_cache(maxsize=1)
def _boards() -> re.Pattern:
    """A leadership board before the body it leads (boards.tsv: "Ban Chấp hành", "Ban Thường vụ", "BCH" …)."""
    return re.compile(rf"(?:{cues.alternation(fold(r[0]) for r in cues.table('boards.tsv', 1))})\s+")


def _host_from_subject(doc: Document, start: int, subject: str) -> tuple[str, list[int]] | None:
    board = _boards().match(fold(subject))
    if board and subject[board.end():board.end() + 1].isupper():
        # "Ban Chấp hành Tỉnh đoàn X tổ chức …": the board stands for the body it leads (gold format)
        start, subject = start + board.end(), subject[board.end():]
    subject = subject.rstrip(" ,")
    if not subject or len(subject) > 220:
        return None
    if not subject[:1].isupper():
        # a place as the organizer: "huyện Văn Chấn đăng cai …", "thị xã A tổ chức …"
        level = _phrases("host_place_level").match(fold(subject))
        if not level or not subject[level.end():].lstrip()[:1].isupper():
            return None
    fs = fold(subject)
    g = _GROUP.search(fs)
    if g and g.start() > 0 and re.search(r"\bthuộc\s*$", fs[:g.start()]):
        host = _strip_role_parens(subject[g.start():])
        return host, [start + g.start(), start + len(subject)]
    cut = len(subject)
    affiliation = r",\s*thuộc\b" if g and g.start() == 0 else r",?\s(?:trực\s+)?thuộc\s"  # a bloc's "trực thuộc" is its name
    for rx in (affiliation, r"\s*:\s", r"\s[-–]\s+", _ROLE_APPOSITIVE):
        m = next((m for m in re.finditer(cues.folded_pattern(rx), fs)
                  if not (m.group().strip(" ")[:1] in "-–" and (  # a dash before a lower-case word: an aside
                      subject[m.end():m.end() + 1].isupper() or _in_dash_compound(fs, m.start() + m.group().index(
                          m.group().strip(" ")[:1]))))), None)
        if m:
            cut = min(cut, m.start())
    for m in _phrases("cut_before").finditer(fs):
        if m.start() > 0 and subject[m.start()].islower():
            cut = min(cut, m.start())
            break
    host = _strip_role_parens(subject[:cut]).rstrip(" (,-–")
    if not host or len(host) > 160:
        return None
    return host, [start, start + len(subject[:cut].rstrip(" ,"))]


def _group_of_list(host: str) -> str | None:
    """"Công đoàn cơ sở thuộc Cụm thi đua số 02" → the cluster holds the meeting."""
    fh = fold(host)
    g = _GROUP.search(fh)
    if g and g.start() > 0 and re.search(r"\bthuộc\s*$", fh[:g.start()]):
        return host[g.start():]
    return None


def _owner_of_place(doc: Document, span: list[int]) -> tuple[str, list[int]] | None:
    """"tại phòng họp Bảo tàng X đã tổ chức …" (no subject): the organization that owns the room holds it."""
    m = _phrases("place_prefix").match(doc.folded, span[0])
    if not m:
        return None
    start = m.end()
    while start < span[1] and doc.text[start] == " ":
        start += 1
    owner = _clean(doc.text[start:span[1]])
    if owner[:1].isupper():
        return owner, [start, span[1]]
    return None


# ------------------------------------------------------------------------------------------- bloc

def _group_mentions(doc: Document, lead: _Lead) -> list[tuple[int, int]]:
    out = []
    spans = ([lead.title] if lead.title else []) + lead.paragraphs
    for ps, pe in spans:
        for m in _GROUP.finditer(doc.folded, ps, pe):
            nxt = m.end() + len(doc.text[m.end():m.end() + 3]) - len(doc.text[m.end():m.end() + 3].lstrip())
            if not (doc.text[nxt:nxt + 1].isupper() or doc.text[nxt:nxt + 1].isdigit()
                    or _phrases("group_name_start").match(doc.folded, nxt)):
                continue
            end = _clause_end(doc, m.end() + 1, pe, commas="names")
            end = _trim_trailers(doc, m.start(), end)
            name_end = _strip_name_tail(doc, m.start(), end)
            if name_end - m.start() > len("khối thi đua"):
                out.append((m.start(), name_end))
    return out


def _strip_name_tail(doc: Document, start: int, end: int) -> int:
    text = doc.text
    while end > start and text[end - 1] in " ,-–":
        end -= 1
    m = re.search(r"\s+(?:và|năm|của)$", doc.folded[start:end])
    if m:
        end = start + m.start()
    return end


def _emulation_group(doc: Document, lead: _Lead, host: str | None) -> tuple[str | None, list[int] | None]:
    mentions = _group_mentions(doc, lead)
    if not mentions:
        return None, None
    text = doc.text

    def value(sp: tuple[int, int]) -> str:
        return _strip_role_parens(text[sp[0]:sp[1]])

    best = None
    if lead.sentence:
        s, e = lead.sentence
        in_lead = [sp for sp in mentions if s <= sp[0] < e]
        if in_lead:
            best = max(in_lead, key=lambda sp: sp[1] - sp[0])
    from_lead = best is not None
    if best is None:
        ranks = _phrases("group_rank_cue")
        mentions = [sp for sp in mentions
                    if not re.search(rf"(?:{ranks.pattern})\s*$", doc.folded[max(0, sp[0] - 25):sp[0]])]
        if not mentions:
            return None, None
        best = next((sp for sp in mentions if not _is_capitals(text[sp[0]:sp[1]])), mentions[0])
    # named in full before the lead (the title "Khối thi đua Nội chính tỉnh Vĩnh Long", the lead "… tỉnh"), or,
    # without a mention in the lead, the first mention's fullest naming
    key = fold(" ".join(text[best[0]:best[1]].split()))
    for sp in mentions:
        k = fold(" ".join(text[sp[0]:sp[1]].split()))
        if ((sp[0] < best[0] or not from_lead) and k.startswith(key + " ") and not _is_capitals(text[sp[0]:sp[1]])
                and sp[1] - sp[0] > best[1] - best[0]):
            best = sp
    return value(best), list(best)


# ------------------------------------------------------------------------------------------- size

@lru_cache(maxsize=1)
def _number_words() -> dict[str, int]:
    """Numbers written in words ("mười" → 10), folded (models/lexicons/meeting_numbers.tsv)."""
    return {fold(r[0]): int(r[1]) for r in cues.table("meeting_numbers.tsv")}


@lru_cache(maxsize=1)
def _count_pattern() -> re.Pattern:
    """A count (digits or a number in words) and a unit noun ("16 đơn vị", "mười trường", "5 LĐLĐ"), not a word
    that only starts like one ("356 hội viên")."""
    rows = cues.table("meeting_phrases.tsv")
    units = cues.alternation(fold(r[0]) for r in rows if r[1] == "unit")
    not_units = cues.alternation(fold(r[0]) for r in rows if r[1] == "not_unit")
    numbers = cues.alternation(_number_words())
    w = cues.WORD_CHARS
    return re.compile(rf"(?<![\d/.,{w}])(\d{{1,3}}|{numbers})\s+(?!(?:{not_units})(?![{w}]))(?:{units})(?![{w}])")


def _counts(doc: Document, start: int, end: int):
    """Counted units in ``doc.text[start:end]``; a number word written with a capital is a name, not a count
    ("Thị Đoàn Ba Đồn", "huyện Năm Căn")."""
    for m in _count_pattern().finditer(doc.folded, start, end):
        if m.group(1).isdigit() or not doc.text[m.start()].isupper():
            yield m


def _count_value(m: re.Match) -> int:
    n = m.group(1)
    return int(n) if n.isdigit() else _number_words()[" ".join(n.split())]


_COUNT_JOIN = re.compile(cues.folded_pattern(r"\s*(?:,|và|cùng)\s*"))


def _summed_count(doc: Document, m: re.Match, limit: int) -> tuple[int, int]:
    """The count of ``m`` with the counts of other kinds joined to it ("gồm 5 sở và 3 ban" → 8), and its end."""
    n, end = _count_value(m), m.end()
    while True:
        j = _COUNT_JOIN.match(doc.folded, end, limit)
        nxt = next(_counts(doc, j.end(), limit), None) if j else None
        if not nxt or nxt.start() != j.end():
            return n, end
        n, end = n + _count_value(nxt), nxt.end()


def _participants(doc: Document, lead: _Lead) -> tuple[int | None, list[int] | None]:
    folded = doc.folded
    follows = _phrases("unit_follow")
    captions = set(lead.captions)
    order = ([lead.sentence] if lead.sentence else []) + [p for p in lead.paragraphs if p not in captions]
    order += [p for p in lead.paragraphs if p in captions]  # a short "Tới dự có lãnh đạo 5 LĐLĐ huyện." last
    for ps, pe in order:
        for m in _counts(doc, ps, pe):
            before = folded[max(ps, m.start() - 40):m.start()]
            after = re.sub(r"^\s*\([^()]{1,20}\)", "", folded[m.end():min(pe, m.end() + 40)]).lstrip(" ,")
            followed = bool(follows.match(after)) or after.startswith(":")
            in_lead = lead.sentence is not None and lead.sentence[0] <= m.start() < lead.sentence[1]
            lead_word, strong = _unit_lead(doc, before, m.start(), loose=followed)
            aside = bool(_MEMBERS_ASIDE.search(before))  # "các chi nhánh thành viên (14 đơn vị)"
            of_group = bool(_OF_GROUP.match(after))  # "10 đơn vị thuộc Khối thi đua …", "6 huyện trong cụm"
            if aside or of_group or (lead_word is not None and (strong or followed or in_lead)):
                n, end = _summed_count(doc, m, pe)
                if n >= 2:
                    return n, [m.start(), end]
        for m in _MEMBER_COUNT.finditer(folded, ps, pe):  # "Khối thi đua hiện có 12 thành viên"
            if int(m.group(1)) >= 2:
                return int(m.group(1)), [m.start(1), m.end()]
    listed = _listed_members(doc, lead)
    if listed[0] is None:
        listed = _members_around_leader(doc, lead)
    if listed[0] is None:
        listed = _count_in_title(doc, lead)
    return listed if listed[0] is not None else _members_of_a_ratio(doc, order)


def _count_in_title(doc: Document, lead: _Lead) -> tuple[int | None, list[int] | None]:
    """A title whose subject is the counted units of a meeting ("14 tổ chức tín dụng ký kết giao ước thi đua",
    "Khối thi đua X: 9 đơn vị sơ kết 6 tháng"): the count opens the title or its part after a colon or dash, and a
    meeting cue follows it."""
    if lead.title is None:
        return None, None
    folded = doc.folded
    ts, te = lead.title
    for m in _counts(doc, ts, te):
        opener = folded[ts:m.start()].strip()
        if opener and not opener.endswith((":", "-", "–")):
            continue
        rest = folded[m.end():te]
        if any(rx.search(rest) for _, _, rx in _type_cues()) or _actions().search(rest):
            n, end = _summed_count(doc, m, te)
            if n >= 2:
                return n, [m.start(), end]
    return None, None


_MEMBER_COUNT = re.compile(cues.folded_pattern(
    r"(?:khối|cụm)(?:\s+thi\s+đua)?[^.;:]{0,80}?\s(?:hiện\s+)?(?:có|gồm)\s+(\d{1,3})\s+(?:đơn vị\s+)?thành viên(?![\w])"))
_RATIO = re.compile(r"(?<![\d/.,])\d{1,3}/(?=\d{1,3}\s)")


def _members_of_a_ratio(doc: Document, spans: list[tuple[int, int]]) -> tuple[int | None, list[int] | None]:
    """"7/8 đơn vị trong khối hoàn thành …" with no other count: the whole is the number of members."""
    folded = doc.folded
    for ps, pe in spans:
        for r in _RATIO.finditer(folded, ps, pe):
            rest = folded[r.end():pe]  # the whole after the slash (matched on its own: no digit before it)
            m = _count_pattern().match(rest)
            if m and _OF_GROUP.match(rest[m.end():m.end() + 40].lstrip(" ,")) and _count_value(m) >= 2:
                return _count_value(m), [r.end(), r.end() + m.end()]
    return None, None


_OF_GROUP = re.compile(cues.folded_pattern(r"(?:thành viên\s+)?(?:thuộc|trực thuộc|trong|của)\s+(?:khối|cụm)(?![\w])"))
_MEMBERS_ASIDE = re.compile(cues.folded_pattern(r"(?:thành viên|trong (?:khối|cụm))\s*\(\s*$"))


def _unit_lead(doc: Document, before: str, count_start: int, loose: bool = False) -> tuple[str | None, bool]:
    """The participation word right before a count ("lãnh đạo 7 bệnh viện"), possibly across a few capitalized
    words ("gồm Sở VHTTDL 7 tỉnh"), or, when a member word follows the count (``loose``) or the word is a strong one
    (the units' heads or delegates), across a body's name ("lãnh đạo Hội Nông dân 13 tỉnh trong khối", "Chủ tịch
    Hội Nông dân 12 phường, xã"); and whether it is a strong one."""
    found, strong = None, False
    strongs = _phrases("unit_lead_strong")
    for lm in _unit_leads().finditer(before):
        tail = before[lm.end():]
        is_strong = bool(strongs.fullmatch(lm.group()))
        if re.fullmatch(r"\s*(?:,?\s*[^\s,.;]+){0,3}?\s*", tail) and (
                not tail.strip() or _capitalized_words(doc, count_start - len(tail), count_start)
                or ((loose or is_strong) and "," not in tail and doc.text[count_start - len(tail.lstrip())].isupper())):
            found, strong = " ".join(lm.group().split()), is_strong
    return found, strong


@lru_cache(maxsize=1)
def _unit_leads() -> re.Pattern:
    rows = cues.table("meeting_phrases.tsv")
    return cues.phrase_regex([r[0] for r in rows if r[1] in ("unit_lead", "unit_lead_strong")])


def _capitalized_words(doc: Document, s: int, e: int) -> bool:
    words = doc.text[s:e].split()
    return bool(words) and all(w[:1].isupper() for w in words)


#: Where a list of member units starts: "Cụm thi đua số 3 gồm A, B và C", "Cụm … gồm các Trung tâm Y tế: A, B",
#: "lãnh đạo các đơn vị thành viên: A, B", and in the lead only "… các tỉnh A, B, C thuộc Cụm thi đua số 7".
_LIST_AFTER = re.compile(cues.folded_pattern(
    r"(?:(?:khối|cụm)(?:\s+thi\s+đua)?[^.;:]{0,100}?\s+(?:gồm(?:\s+có)?|có\s+(?:\d{1,3}\s+)?(?:đơn vị\s+)?thành viên\s+là)"
    r"(?:\s*:|\s+các\s+[^,.;:]{1,40}:|\s+)\s*|"
    rf"(?<![{cues.WORD_CHARS}])(?:đơn vị|thành viên)(?:\s+thành viên)?(?:\s+(?:trong|của)\s+(?:khối|cụm))?\s*:\s*)"))
_LIST_IN_LEAD = re.compile(cues.folded_pattern(
    rf"(?<![{cues.WORD_CHARS}])các\s+(?:tỉnh|huyện|thành phố|đơn vị|trường)\s+(?=[^.;:]{{0,300}}\sthuộc\s+(?:khối|cụm))"))


def _listed_members(doc: Document, lead: _Lead) -> tuple[int | None, list[int] | None]:
    """Units listed by name as the members: "Cụm thi đua số 3 gồm A, B và C" → 3; searched in the lead sentence,
    then in the paragraphs up to the second after the lead's ("Cụm … có các thành viên: A, B, C", "Cụm … có 3
    thành viên là A, B và C")."""
    folded = doc.folded
    spans: list[tuple[tuple[int, int], bool]] = []
    if lead.sentence is not None:
        spans.append((lead.sentence, True))
    last = next((i for i, (ps, pe) in enumerate(lead.paragraphs) if ps <= (lead.sentence or (0, 0))[0] < pe), -1)
    spans += [(p, False) for p in lead.paragraphs[:last + 3]]
    for (s, e), in_lead in spans:
        matches = list(_LIST_AFTER.finditer(folded, s, e))
        if in_lead:
            matches += list(_LIST_IN_LEAD.finditer(folded, s, e))
        for m in sorted(matches, key=lambda m: m.start()):
            got = _count_list(doc, m.end(), e)
            if got:
                return got
    return None, None


_LEADER_MARK = re.compile(cues.folded_pattern(
    r"\(\s*(?:đơn vị\s+)?(?:khối trưởng|trưởng khối|cụm trưởng|trưởng cụm)[^()]{0,20}\)"))


def _members_around_leader(doc: Document, lead: _Lead) -> tuple[int | None, list[int] | None]:
    """A list of attending units that marks the bloc's leader ("…, Ban Giám đốc Khu di tích X (Khối trưởng), Bảo
    tàng Y (Khối phó), Bảo tàng Z"): the members run from the leader to the end of the list, or from the list's
    start to a leader named last."""
    folded, text = doc.folded, doc.text
    last = next((i for i, (ps, pe) in enumerate(lead.paragraphs) if ps <= (lead.sentence or (0, 0))[0] < pe), -1)
    for ps, pe in lead.paragraphs[max(0, last):last + 2]:
        for s, e in sentence_spans(text, ps, pe):
            mark = _LEADER_MARK.search(folded, s, e)
            if not mark:
                continue
            item_start = max(text.rfind(", ", s, mark.start()) + 2, text.rfind(": ", s, mark.start()) + 2, s)
            end = _list_end(doc, mark.end(), e)
            after = [x for x in _LIST_SPLIT.split(text[mark.end():end]) if x.strip()]
            if after:
                items = 1 + len(after)
                span = [item_start, end]
            else:
                colon = text.rfind(":", s, mark.start())
                if colon < 0:
                    continue
                items = len([x for x in _LIST_SPLIT.split(text[colon + 1:mark.end()]) if x.strip()])
                span = [colon + 1, mark.end()]
            if items >= 2 and all(x.strip()[:1].isupper() for x in after):
                return items, span
    return None, None


def _count_list(doc: Document, start: int, limit: int) -> tuple[int, list[int]] | None:
    end = _list_end(doc, start, limit)
    items = [x.strip() for x in _LIST_SPLIT.split(doc.text[start:end]) if x.strip()]
    heads = _phrases("place_head")
    if len(items) >= 2 and all(x[:1].isupper() or heads.match(fold(x)) for x in items):
        return len(items), [start, end]
    return None


def _outside_parentheses(text: str, start: int, limit: int) -> Iterator[tuple[int, str]]:
    """Offset and character of each character of ``text[start:limit]`` outside parentheses (the parentheses left
    out; a ")" that closes nothing is passed over)."""
    depth = 0
    for i in range(start, limit):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            yield i, ch


#: A word after a list of units that is no longer one of them ("…, Sở Y thuộc Khối …", "… đã ký giao ước").
_LIST_STOP = re.compile(cues.folded_pattern(r" (?:thuộc|tổ chức|đã|cùng|tham dự|về dự)\b"))


def _list_end(doc: Document, start: int, limit: int) -> int:
    """End of a list of units that starts at ``start``: a full stop, ";", ":" or a line end outside parentheses,
    or a word that goes on the sentence (:data:`_LIST_STOP`)."""
    text = doc.text
    for i, ch in _outside_parentheses(text, start, limit):
        if ch in ".;:\n" and not _abbrev_before(text, i) or ch == " " and _LIST_STOP.match(doc.folded, i):
            return i
    return limit


# ------------------------------------------------------------------------------------------- title, period

def _meeting_title(doc: Document, lead: _Lead, skip: list[int] | None) -> tuple[str | None, str | None, list[int] | None]:
    """The meeting's name as written ("Hội nghị tổng kết phong trào Thi đua yêu nước năm 2020") and its noun."""
    folded = doc.folded
    for sp in (lead.sentence, lead.title):
        if not sp:
            continue
        s, e = sp
        for w in _meeting_words(folded, s, e, skip):
            if not _nouns().fullmatch(folded, w.start(), w.end()):
                continue
            end = _title_end(doc, w.start(), e)
            title = _clean(doc.text[w.start():end])
            return title[:1].upper() + title[1:], " ".join(w.group().split()), [w.start(), end]
    return None, None, None


def _title_end(doc: Document, start: int, limit: int) -> int:
    """End of a meeting's name that starts at ``start``: punctuation or a line end outside parentheses (a line cut
    mid-name goes on in lower case), or a word that goes on the sentence (:data:`_TITLE_STOP`)."""
    text = doc.text
    for i, ch in _outside_parentheses(text, start, limit):
        if ch == "\n":
            if not text[i + 1:i + 2].islower():
                return i
        elif ch in ",.;:" and not _abbrev_before(text, i) or ch == " " and _TITLE_STOP.match(doc.folded, i):
            return i
    return limit


def _period(doc: Document, title_span: list[int] | None, lead: _Lead) -> str | None:
    for sp in (title_span, lead.title):
        if not sp:
            continue
        m = _YEAR_SPAN.search(doc.folded, sp[0], sp[1])
        if m:
            txt = " ".join(doc.text[m.start():m.end()].split())
            years = re.findall(r"(?:19|20)\d\d", txt)
            if _PERIOD_OF_YEARS.match(fold(txt)):
                return "-".join(years)
            return txt
    return None


def _meeting_date(dates: list[DateItem], lead: _Lead) -> DateItem | None:
    """The day of the lead sentence (the dates extractor's meeting date when it lies in the lead), made the one date
    of role ``meeting``; none when the lead gives no day ("Vừa qua, … tổ chức")."""
    chosen = None
    if lead.sentence is not None:
        s, e = lead.sentence
        chosen = next((d for d in dates if s <= d.start < e and d.precision == "day"
                       and d.role in ("meeting", "other")), None)
    if chosen is None:
        chosen = next((d for d in dates if d.role == "meeting" and d.start < lead.lead_end), None)
    for d in dates:
        if d.role == "meeting" and d is not chosen:
            d.role = "other"
    if chosen is not None:
        chosen.role = "meeting"
    return chosen


# ------------------------------------------------------------------------------------------- public

def extract(doc: Document, record: Record) -> tuple[bool, Meeting | None]:
    """Whether the article reports a meeting that took place, and that meeting's facts with their evidence."""
    lead = _lead(doc, record.dates)
    if not _is_report(doc, lead):
        for d in record.dates:
            if d.role == "meeting":
                d.role = "other"  # no meeting reported: no date is a meeting's
        return False, None
    meeting = Meeting()
    ev: dict[str, list[int]] = {}
    if meeting.time_of_day is None and lead.sentence is not None:
        meeting.time_of_day = _opening_time_of_day(doc, lead.sentence)
    meeting.location, loc_span = _location(doc, lead)
    if loc_span:
        ev["location"] = loc_span
    title, noun, title_span = _meeting_title(doc, lead, loc_span)
    meeting.title = title
    if meeting.location is None:
        meeting.location, loc_span = _location_of_named_meeting(doc, lead, title)
    if meeting.location is None:
        meeting.location, loc_span = _location_held_at(doc, lead)
        if loc_span:
            ev["location"] = loc_span
    if title_span:
        ev["title"] = title_span
    date = _meeting_date(record.dates, lead)
    if date is not None:
        meeting.date, meeting.date_precision, meeting.time_of_day = date.value, date.precision, date.time_of_day
        ev["date"] = [date.start, date.end]
    group, group_span = _emulation_group(doc, lead, None)
    meeting.host, host_span = _host(doc, lead, record.dates, loc_span, group)
    meeting.types, types_span = _types(doc, lead, noun, meeting.host)
    if types_span:
        ev["types"] = types_span
    if host_span:
        ev["host"] = host_span
    elif meeting.host and group_span:
        ev["host"] = group_span
    meeting.emulation_group = group
    if group_span:
        ev["emulation_group"] = group_span
    meeting.participant_units, units_span = _participants(doc, lead)
    if units_span:
        ev["participant_units"] = units_span
    meeting.period = _period(doc, title_span, lead)
    meeting.evidence = ev
    return True, meeting
