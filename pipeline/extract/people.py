"""People: every named individual of the article, with the honorific split off, the name in full and the titles.

The candidates come from :func:`pipeline.recognize.recognize`: a name after an honorific ("Đồng chí", "đ/c", "bà",
"Đại tá", "PGS.TS.", "Nhà giáo Ưu tú" …), a family-name-led name right before a title or right after a position,
each with the titles written after it ("<Name> – <title>, <title>", "<Name> (<title>)", "<Name>, <title>",
"… được bầu giữ chức <title>"). Here they become people:

* mentions of the same name are one person, with the titles of every mention (a title repeated, or contained in a
  longer one of the same person, is kept once);
* a short mention ("đồng chí Ngân", "đồng chí Thu Thảo", "ông Y Khim") joins the one person whose full name ends
  with it; a short mention that fits nobody is not a person of the article;
* each title keeps its surface text and offsets, and the organization it is held in (the name that
  :mod:`pipeline.extract.organizations` gave to that mention), or ``None``.

Bylines and photo credits are page chrome (:mod:`pipeline.clean`) and carry no honorific or title; names inside fixed
phrases or organization names ("phong cách Hồ Chí Minh", "Trường THPT Nguyễn Du") are left out by the recognizer.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..clean import fold
from ..document import Document
from ..recognize import PersonCandidate, Recognition, TitleCandidate, lexicons, recognize
from ..schema import Mention, Organization, Person, Title


def name_key(name: str) -> str:
    return " ".join(fold(name).split())


@dataclass
class _Group:
    full: PersonCandidate
    members: list[PersonCandidate] = field(default_factory=list)


def _is_full(p: PersonCandidate) -> bool:
    """A full name: three or more syllables, or two led by a family name."""
    words = name_key(p.text).split()
    if len(words) >= 3:
        return True
    lex = lexicons()
    # "H'Lim Byă": a Central Highlands prefix glued to the given name, then the clan name
    return len(words) == 2 and (words[0] in lex.family_names or
                                (lex.is_name_prefix(words[0]) and words[0] not in lex.name_prefixes))


def _inside(short: list[str], long: list[str]) -> bool:
    """``short`` begins or ends ``long`` (and is shorter): "Y Khim" in "Y Khim Niê", "Thu Thảo" in "Hoàng Thị Thu Thảo"."""
    return len(short) < len(long) and (long[:len(short)] == short or long[-len(short):] == short)


def _title_org(t: TitleCandidate, rec: Recognition, by_span: dict[tuple[int, int], str]) -> str | None:
    if t.org is None:
        return None
    o = rec.orgs[t.org]
    return by_span.get((o.char_start, o.char_end))


def _add_title(titles: list[Title], positions: list[str], new: Title, position: str) -> None:
    """Keep a title once: an equal one, one that begins another title of the same person, or the same position in
    the same organization written shorter ("Chủ tịch Liên hiệp hội" beside "Chủ tịch Liên hiệp các Hội Khoa học và
    Kỹ thuật") is not added again; the longer form stays."""
    key = name_key(new.title)
    for i, t in enumerate(titles):
        old = name_key(t.title)
        same_post = new.organization is not None and t.organization == new.organization and \
            positions[i] == position
        if old == key or old.startswith(key + " ") or (same_post and len(old) >= len(key)):
            return
        if key.startswith(old + " ") or same_post:
            titles[i] = new
            positions[i] = position
            return
    titles.append(new)
    positions.append(position)


def _position_of(t: TitleCandidate, rec: Recognition) -> str:
    """The position part of a title: its text before the organization it names."""
    if t.org is None:
        return name_key(t.text)
    o = rec.orgs[t.org]
    return name_key(t.text[:max(0, o.char_start - t.char_start)])


def people_of(doc: Document, organizations: list[Organization], rec: Recognition | None = None) -> list[Person]:
    rec = rec or recognize(doc)
    by_span = {(m.start, m.end): o.name for o in organizations for m in o.mentions}
    cands = [p for p in rec.people if not doc.in_noise(p.char_start, p.char_end)]
    groups: dict[str, _Group] = {}
    short: list[PersonCandidate] = []
    for p in cands:
        if _is_full(p):
            key = name_key(p.text)
            g = groups.setdefault(key, _Group(p))
            g.members.append(p)
        else:
            short.append(p)
    # a two-syllable "full" name that begins or ends a longer one is a short mention of it ("ông Y Khim")
    for key in sorted(groups, key=lambda k: len(k.split())):
        words = key.split()
        if len(words) != 2:
            continue
        fits = [k for k in groups if _inside(words, k.split())]
        if len(fits) == 1:
            groups[fits[0]].members.extend(groups.pop(key).members)
    for p in short:
        words = name_key(p.text).split()
        fits = [g for key, g in groups.items() if key.split()[-len(words):] == words]
        if len(fits) == 1:
            fits[0].members.append(p)
    people: list[Person] = []
    for g in sorted(groups.values(), key=lambda g: min(m.char_start for m in g.members)):
        members = sorted(g.members, key=lambda m: m.char_start)
        full = max((m for m in members if _is_full(m)), key=lambda m: (len(m.text.split()), -m.char_start))
        honorific = next((m.honorific for m in members if m.honorific and _is_full(m)), None)
        person = Person(name=" ".join(full.text.split()), honorific=honorific, source=full.source)
        positions: list[str] = []
        for m in members:
            person.mentions.append(Mention(m.char_start, m.char_end, m.text))
            for t in m.titles:
                _add_title(person.titles, positions, Title(title=t.text, organization=_title_org(t, rec, by_span),
                                                           start=t.char_start, end=t.char_end), _position_of(t, rec))
        people.append(person)
    return people


def extract(doc: Document, organizations: list[Organization]) -> list[Person]:
    """Every named individual of the document, with honorific and titles (see the module docstring)."""
    return people_of(doc, organizations)
