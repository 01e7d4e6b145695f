"""Organizations: every named organization of the article, once, in its fullest written form, with its mentions.

The candidates come from :func:`pipeline.recognize.recognize` (a head noun grown into a name, the owner written
after it, nested organizations, abbreviations defined in parentheses). Here they become organizations:

* **generic words are dropped** ("các đơn vị", a bare "Bảo tàng", "46 Công đoàn cơ sở"); a head that names one body
  on its own ("Tỉnh ủy", "HĐND") stays;
* **repeated and shortened mentions merge** into one organization: equal names, a name that is the beginning of a
  longer one ("Công an tỉnh" → "Công an tỉnh Nghệ An"), the same name with or without its place level ("Sở Y tế
  Đắk Lắk" = "Sở Y tế tỉnh Đắk Lắk"), a standard abbreviation or the initials of the full words ("Sở GD&ĐT" =
  "Sở Giáo dục và Đào tạo", "Bảo tàng CTLSĐBP" = "Bảo tàng Chiến thắng lịch sử Điện Biên Phủ"). A short form that
  could belong to two different organizations is kept apart;
* **the name** is the most informative mention (place levels and an affiliation tail "trực thuộc …" count for
  nothing), the first one written in the body of the article among equals;
* a place written once for a list of bodies is **shared**: "Thường trực HĐND, UBND, Ủy ban MTTQ xã Tân Hòa" names
  "HĐND xã Tân Hòa", "UBND xã Tân Hòa" and "Ủy ban MTTQ xã Tân Hòa" (bare heads joined by commas, "và" or a dash
  to a body that ends with its place; a head that carries the level itself takes the place's name only: "Tỉnh
  ủy, UBND tỉnh Ninh Bình" → "Tỉnh ủy Ninh Bình"); the mention stays the head as written;
* a bare head word ("Giám đốc Bảo tàng") becomes a mention of the one organization of that kind, when there is one;
* a name that runs into the end of a text cut off in mid-sentence is not listed (it may be cut too).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from ..clean import fold
from ..document import Document
from ..recognize import OrgCandidate, Recognition, lexicons, norm_of, recognize
from ..schema import Mention, Organization

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|\S")
_PAREN = re.compile(r"\([^()]*\)")
_SKIP = {"và", ",", "-", ".", "(", ")", ":", ";", "/", "'", '"', "“", "”"}
_AFFILIATION = ("thuộc",)
_LIST_GAP = re.compile(r"\s*(?:,|và|[-–—])\s*")  # between two bodies of one list ("HĐND, UBND", "HĐND – UBND")
_AFFILIATION_TAIL = re.compile(r"\s(?:trực\s+)?thuộc\s", re.IGNORECASE)  # "… trực thuộc Sở Y tế": the tail names whom the body belongs to, not the body


#: A Vietnamese syllable (initial consonants, vowels, a final): an abbreviation spelled like one ("TƯ") is that word
#: in a name written all in capitals ("SỞ TƯ PHÁP" is "Sở Tư pháp", not "Sở Trung ương pháp").
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnpqrstvx])?"
                       r"[aăâeêioôơuưy\u0300-\u0323àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]+"
                       r"(?:ng|nh|ch|[cmnpt])?")


class _Tok(NamedTuple):
    norm: str
    abbrev: bool  # written in capitals: may stand for the initials of several words


@dataclass
class _Cluster:
    members: list[int] = field(default_factory=list)  # indexes into the candidate list
    keys: list[tuple[_Tok, ...]] = field(default_factory=list)


@lru_cache(maxsize=1)
def _abbreviation_pattern() -> tuple[re.Pattern, dict[str, str]]:
    table = lexicons().abbreviations
    alternatives = sorted(table, key=len, reverse=True)
    rx = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in alternatives) + r")(?![\w&])")
    return rx, table


@lru_cache(maxsize=20_000)
def key_of(name: str, matching: bool = True) -> tuple[_Tok, ...]:
    """Comparison key of an organization name: standard abbreviations expanded, asides in parentheses and
    punctuation dropped, each word lower-cased and tone-folded. For matching (``matching``), words that do not
    tell two bodies apart are dropped too: a plural "các", "đơn vị", a leading "Trường"."""
    rx, table = _abbreviation_pattern()
    text = _PAREN.sub(" ", name)
    caps = text.isupper()
    text = rx.sub(lambda m: " " + m.group(1) + " " if caps and _SYLLABLE.fullmatch(fold(m.group(1)))
                  else " " + table[m.group(1)] + " ", text)
    out = []
    for m in _TOKEN.finditer(text):
        w = m.group()
        n = norm_of(w)
        if n in _SKIP or not (w[0].isalnum()):
            continue
        out.append(_Tok(n, len(w) >= 2 and w.isupper()))
    if not matching:
        return tuple(out)
    out = [t for k, t in enumerate(out) if not (t.norm == "đơn" and k + 1 < len(out) and out[k + 1].norm == "vị")
           and not (t.norm == "vị" and k > 0 and out[k - 1].norm == "đơn")
           and t.norm not in ("các", "những")]  # "các đơn vị Bảo tàng" = "Bảo tàng"
    if len(out) > 2 and out[0].norm == "trường":
        out = out[1:]  # "Trường THPT Nguyễn Du" = "THPT Nguyễn Du", "Trường Đại học X" = "Đại học X"
    return tuple(out)


@lru_cache(maxsize=1)
def _admin_words() -> frozenset[str]:
    return frozenset(w for key, rank in lexicons().admin.items() if rank >= 0 for w in key.split())


def core_of(key: tuple[_Tok, ...]) -> tuple[str, ...]:
    """The informative words of a key: without place levels and without an affiliation tail."""
    admin = _admin_words()
    out = []
    for i, t in enumerate(key):
        if t.norm in _AFFILIATION:
            if out and out[-1] == "trực":
                out.pop()
            break
        if t.norm in admin and lexicons().admin.get(t.norm, 0) > 0:
            continue
        out.append(t.norm)
    return tuple(out)


def _initials(tokens: tuple[_Tok, ...], start: int, abbrev: str) -> int | None:
    """End index when the words from ``start`` have ``abbrev`` (folded, letters only) as their initials."""
    target = "".join(c for c in abbrev if c.isalnum())
    got = ""
    k = start
    while k < len(tokens) and len(got) < len(target):
        got += tokens[k].norm[:1]
        k += 1
        if not target.startswith(got):
            return None
    return k if got == target else None


def _prefix_match(short: tuple[_Tok, ...], long: tuple[_Tok, ...]) -> bool:
    """True when ``short`` is the beginning of ``long``; a capitalized word of ``short`` may stand for the
    initials of several words of ``long``."""
    i = j = 0
    while i < len(short):
        if j >= len(long):
            return False
        if short[i].norm == long[j].norm:
            i += 1
            j += 1
            continue
        if short[i].abbrev:
            k = _initials(long, j, short[i].norm)
            if k is not None:
                i += 1
                j = k
                continue
        return False
    return True


@lru_cache(maxsize=20_000)
def _without_admin(key: tuple[_Tok, ...]) -> tuple[str, ...]:
    admin = _admin_words()
    return tuple(t.norm for t in key if t.norm not in admin)


def _is_branch_of(short: tuple[_Tok, ...], long: tuple[_Tok, ...]) -> bool:
    words = [t.norm for t in long]
    for k in range(len(words) - 1):
        if words[k] == "chi" and words[k + 1] == "nhánh":
            return "nhánh" not in [t.norm for t in short]
    return False


@lru_cache(maxsize=20_000)
def _admin_of(key: tuple[_Tok, ...]) -> frozenset[str]:
    admin = _admin_words()
    return frozenset(t.norm for t in key if t.norm in admin)


def _subsequence(short: tuple[_Tok, ...], long: tuple[_Tok, ...]) -> bool:
    it = iter(t.norm for t in long)
    return all(any(x == t.norm for x in it) for t in short)


@lru_cache(maxsize=100_000)
def same_organization(short: tuple[_Tok, ...], long: tuple[_Tok, ...], group: bool = False) -> bool:
    """True when the name with key ``short`` can be a shorter (or equal) mention of the one with key ``long``."""
    if not short or not long:
        return False
    if _prefix_match(short, long):
        # a branch is another body: "Ngân hàng Nhà nước Việt Nam" ≠ "… chi nhánh tỉnh Ninh Bình"
        return not _is_branch_of(short, long)
    if _without_admin(short) and _without_admin(short) == _without_admin(long) and \
            _admin_of(short) <= _admin_of(long):
        return True
    if group and len(short) >= 4 and _subsequence(short, long):
        return True
    if len(long) > len(short) and [t.norm for t in long[-len(short):]] == [t.norm for t in short]:
        return False  # the whole short name ends the long one: its parent body ("Trường Đại học X, Đại học Huế")
    # "Bệnh viện 108" = "Bệnh viện Trung ương Quân đội (TƯQĐ) 108": same head word, same distinctive last word;
    # not when the bodies are of two levels ("Công an huyện X" is the parent in "Công an xã Y, huyện X")
    return (len(short) >= 3 and short[:2] == long[:2] and short[-1].norm == long[-1].norm
            and short[-1].norm not in _admin_words() and _subsequence(short, long)
            and _first_level(short) in (None, _first_level(long)))


def _first_level(key: tuple[_Tok, ...]) -> str | None:
    """The first place level word of a key ("xã" in "Công an xã Y, huyện X")."""
    admin = lexicons().admin
    return next((t.norm for t in key if admin.get(t.norm, 0) > 0), None)


def _merge(cands: list[OrgCandidate], keys: list[tuple[_Tok, ...]]) -> list[_Cluster]:
    order = sorted(range(len(cands)), key=lambda i: (-len(keys[i]), cands[i].char_start))
    clusters: list[_Cluster] = []
    for i in order:
        group = cands[i].type == "emulation_group"
        hits = [c for c in clusters
                if any(same_organization(keys[i], k, group) for k in c.keys)]
        if len(hits) == 1:
            hits[0].members.append(i)
            hits[0].keys.append(keys[i])
        elif not hits:
            clusters.append(_Cluster([i], [keys[i]]))
        else:
            # a short form two organizations share ("UBND tỉnh" beside two provinces): kept on its own
            exact = [c for c in hits if any(k == keys[i] for k in c.keys)]
            target = exact[0] if len(exact) == 1 else None
            if target is None:
                clusters.append(_Cluster([i], [keys[i]]))
            else:
                target.members.append(i)
                target.keys.append(keys[i])
    return clusters


def _name_index(cands: list[OrgCandidate], names: list[str], cluster: _Cluster, keys: list[tuple[_Tok, ...]],
                heading_ends: set[int]) -> int:
    """The mention that names the organization: the most informative; among equals, written in full words rather
    than abbreviations (in a name all in capitals, the known abbreviations), in mixed case rather than all in
    capitals (a page's heading), standing alone rather than inside another name, with its head capitalized, in the
    body rather than in a heading, the longest (an affiliation tail "trực thuộc …" left aside), the first."""
    _, table = _abbreviation_pattern()

    def rank(i: int):
        c = cands[i]
        surface = _PAREN.sub(" ", names[i])
        caps = surface.isupper()
        abbreviated = sum(1 for m in _TOKEN.finditer(surface) if len(m.group()) >= 2 and m.group().isupper() and (
            not caps or (m.group() in table and not _SYLLABLE.fullmatch(fold(m.group())))))
        written = _AFFILIATION_TAIL.split(surface, maxsplit=1)[0]
        return (-len(core_of(keys[i])), abbreviated, caps, c.parent is not None, c.lower_head,
                c.char_start in heading_ends, -len(written.split()), c.char_start)
    return min(cluster.members, key=rank)


def _heading_starts(doc: Document) -> set[int]:
    """Offsets outside the sentences of the article: headings and short lines (they name things in capitals or
    in short)."""
    out: set[int] = set()
    for seg in doc.segments:
        if seg.kind in ("heading", "caption"):
            out.update(range(seg.start, seg.end))
    return out


def _with_defined_abbreviation(text: str, cands: list[OrgCandidate]) -> str:
    """A name that starts with an abbreviation the article defined in parentheses, with the words it stands for
    ("Agribank chi nhánh tỉnh X" after "Ngân hàng Nông nghiệp … Việt Nam (Agribank) chi nhánh tỉnh X")."""
    first = text.split(" ", 1)[0]
    for c in cands:
        if c.abbreviation and c.abbreviation == first and c.text != text:
            full = c.text.split("(", 1)[0].strip()
            if full:
                return full + text[len(first):]
    return text


@lru_cache(maxsize=1)
def _levels() -> tuple[re.Pattern, frozenset[str]]:
    """A regex of the place levels (rank ≥ 1) on folded text, and the first words of those levels."""
    levels = sorted((k for k, rank in lexicons().admin.items() if rank >= 1), key=len, reverse=True)
    rx = re.compile(r"(?<!\w)(?:" + "|".join(r"\s+".join(map(re.escape, k.split())) for k in levels) + r")(?!\w)")
    return rx, frozenset(k.split()[0] for k in levels)


def _place_tail(cand: OrgCandidate) -> tuple[str, str] | None:
    """(level, place) a named body ends with, right after its head and capitalized name words: "Ủy ban MTTQ Việt
    Nam tỉnh Ninh Bình" → ("tỉnh", "tỉnh Ninh Bình"). None when the place is not the body's own ("Phòng Nội vụ
    các huyện")."""
    rx, _ = _levels()
    words = list(_TOKEN.finditer(cand.text))
    n_head = len(cand.head.split())
    if not 0 < n_head < len(words):
        return None
    m = rx.search(fold(cand.text), words[n_head - 1].end())
    if m is None or any(not w[:1].isupper() for w in cand.text[words[n_head - 1].end():m.start()].split()):
        return None
    place = cand.text[m.start():]
    after = place[m.end() - m.start():].split()
    if not place[:1].islower() or (after and not after[0][:1].isupper()):
        return None  # a level word inside a body's name ("Ban Dân vận Tỉnh ủy"), not a place
    return m.group(), place


def _shared_places(text: str, cands: list[OrgCandidate]) -> list[str]:
    """The name each candidate stands for: its text, or a bare head given the place its list ends with."""
    names = [c.text for c in cands]
    _, level_words = _levels()
    order = sorted(range(len(cands)), key=lambda i: cands[i].char_start)
    chain: list[int] = []
    for a, b in zip(order, order[1:] + [None]):
        if cands[a].bare:
            chain.append(a)
        else:
            chain = []
            continue
        if b is None or not _LIST_GAP.fullmatch(text[cands[a].char_end:cands[b].char_start]):
            chain = []
            continue
        if cands[b].bare:
            continue
        tail = _place_tail(cands[b])
        for i in chain if tail else ():
            level, place = tail
            first = fold(cands[i].text.split()[0])
            if first not in level_words:
                names[i] = f"{cands[i].text} {place}"
            elif first == fold(level.split()[0]):  # "Tỉnh ủy" + "tỉnh Ninh Bình" → "Tỉnh ủy Ninh Bình"
                rest = place[len(level):].strip()
                names[i] = f"{cands[i].text} {rest}" if rest else names[i]
        chain = []
    return names


def organizations_of(doc: Document, rec: Recognition | None = None) -> list[Organization]:
    rec = rec or recognize(doc)
    cut = _cut_off_at(doc.text)
    cands = [o for o in rec.orgs if (o.listable or _may_share(o)) and not doc.in_noise(o.char_start, o.char_end)
             and o.char_end != cut and not _credit(doc.text, o)]
    names = _shared_places(doc.text, cands)
    # a head that names no body alone ("Đảng ủy") counts when a list of a place's bodies gave it its place ("Đảng
    # ủy, HĐND, UBND phường"; not "Đảng ủy, Bộ CHQS tỉnh": the party committee of that command)
    order = sorted(range(len(cands)), key=lambda i: cands[i].char_start)
    after = {a: next((b for b in order[k + 1:] if not cands[b].bare), None) for k, a in enumerate(order)}
    shared = [i for i, c in enumerate(cands) if c.listable or (
        names[i] != c.text and after[i] is not None and cands[after[i]].type in _PLACE_BODIES)]
    cands, names = [cands[i] for i in shared], [names[i] for i in shared]
    keys = [key_of(_with_defined_abbreviation(n, cands)) for n in names]
    keep = [i for i, k in enumerate(keys) if k]
    cands = [cands[i] for i in keep]
    names = [names[i] for i in keep]
    keys = [keys[i] for i in keep]
    clusters = _merge(cands, keys)
    headings = _heading_starts(doc)
    out: list[tuple[int, Organization]] = []
    for cl in clusters:
        name_i = _name_index(cands, names, cl, keys, headings)
        named = cands[name_i]
        members = sorted(cl.members, key=lambda i: cands[i].char_start)
        abbreviation = next((cands[i].abbreviation for i in members if cands[i].abbreviation), None)
        if abbreviation is None:
            abbreviation = _initials_used(cands, cl, keys)
        name = names[name_i][:1].upper() + names[name_i][1:]
        org = Organization(
            name=" ".join(name.split()) if "\n" in name else name,
            type=named.type,
            abbreviation=abbreviation,
            mentions=[Mention(cands[i].char_start, cands[i].char_end, cands[i].text) for i in members],
            source=named.source,
        )
        out.append((cands[members[0]].char_start, org))
    out.sort(key=lambda x: x[0])
    orgs = [o for _, o in out]
    _attach_bare(doc, rec, orgs)
    return orgs


_PLACE_BODIES = ("people_committee", "people_council", "front")  # the bodies every place has


def _may_share(cand: OrgCandidate) -> bool:
    """A bare head in capitals that may take the place a list of bodies ends with ("Đảng ủy, HĐND, UBND xã X")."""
    return cand.bare and not cand.generic and not cand.lower_head and not cand.same_type_owner and \
        cand.text[:1].isupper() and cand.type not in ("school", "unit_department")


_CREDIT_BEFORE = re.compile(r"(?:ảnh|nguồn|theo)\s*:\s*$", re.IGNORECASE)


def _credit(text: str, cand: OrgCandidate) -> bool:
    """A body named as the source of a photo or a text, alone in its parentheses or on its line ("(Ảnh: Báo X)",
    "Nguồn: Cổng TTĐT tỉnh"): a credit, not a body of the report."""
    before = text[max(0, cand.char_start - 12):cand.char_start]
    after = text[cand.char_end:cand.char_end + 2].lstrip(" ")
    return bool(_CREDIT_BEFORE.search(before)) and (not after or after[0] in ")\n")


def _cut_off_at(text: str) -> int | None:
    """End offset of a text cut off in mid-sentence (no final punctuation): a name running into it may be cut too
    ("… Ngân hàng Chính sách" at the end of a truncated page), so it is not listed."""
    stripped = text.rstrip()
    if not stripped or stripped[-1] in ".!?…:;)\"”'»":
        return None
    return len(stripped)


def _initials_used(cands: list[OrgCandidate], cl: _Cluster, keys: list[tuple[_Tok, ...]]) -> str | None:
    """An abbreviation a mention uses for words another mention writes in full ("Bảo tàng CTLSĐBP")."""
    for i in cl.members:
        for tok in _TOKEN.finditer(cands[i].text):
            w = tok.group()
            if len(w) < 3 or not w.isupper() or w in lexicons().abbreviations or cands[i].text.isupper():
                continue
            for j in cl.members:
                k = keys[j]
                if any(_initials(k, start, norm_of(w)) for start in range(len(k)) if not k[start].abbrev):
                    return w
    return None


def _attach_bare(doc: Document, rec: Recognition, orgs: list[Organization]) -> None:
    """A bare head word ("Giám đốc Sở", "Bảo tàng") is a mention of the one organization with that head."""
    known = {(m.start, m.end) for o in orgs for m in o.mentions}
    for c in rec.orgs:
        if not c.bare or c.generic or (c.char_start, c.char_end) in known or doc.in_noise(c.char_start):
            continue
        head = key_of(c.text)
        same = [o for o in orgs if o.type == c.type and _prefix_match(head, key_of(o.name))]
        if len(same) == 1:
            same[0].mentions.append(Mention(c.char_start, c.char_end, c.text))
            same[0].mentions.sort(key=lambda m: m.start)


def extract(doc: Document) -> list[Organization]:
    """Every named organization of the document (see the module docstring)."""
    return organizations_of(doc)
