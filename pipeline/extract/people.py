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
    return len(words) == 2 and words[0] in lexicons().family_names


def _title_org(t: TitleCandidate, rec: Recognition, by_span: dict[tuple[int, int], str]) -> str | None:
    if t.org is None:
        return None
    o = rec.orgs[t.org]
    return by_span.get((o.char_start, o.char_end))


def _add_title(titles: list[Title], new: Title) -> None:
    """Keep a title once: an equal one, or one that begins another title of the same person, is not added again."""
    key = name_key(new.title)
    for i, t in enumerate(titles):
        old = name_key(t.title)
        if old == key or old.startswith(key + " "):
            return
        if key.startswith(old + " "):
            titles[i] = new
            return
    titles.append(new)


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
    for p in short:
        words = name_key(p.text).split()
        fits = [g for key, g in groups.items() if key.split()[-len(words):] == words]
        if len(fits) == 1:
            fits[0].members.append(p)
    people: list[Person] = []
    for g in sorted(groups.values(), key=lambda g: min(m.char_start for m in g.members)):
        members = sorted(g.members, key=lambda m: m.char_start)
        full = next(m for m in members if _is_full(m))
        honorific = next((m.honorific for m in members if m.honorific and _is_full(m)), None)
        person = Person(name=" ".join(full.text.split()), honorific=honorific, source=full.source)
        for m in members:
            person.mentions.append(Mention(m.char_start, m.char_end, m.text))
            for t in m.titles:
                _add_title(person.titles, Title(title=t.text, organization=_title_org(t, rec, by_span),
                                                start=t.char_start, end=t.char_end))
        people.append(person)
    return people


def extract(doc: Document, organizations: list[Organization]) -> list[Person]:
    """Every named individual of the document, with honorific and titles (see the module docstring)."""
    return people_of(doc, organizations)
