"""Group roles: who leads the emulation bloc or cluster (Trưởng khối, Phó trưởng khối, Cụm trưởng, Cụm phó).

The press says it in a few ways, each read here as a pattern around the role word (models/lexicons/group_roles.tsv
maps "Khối trưởng", "Khối phó", "Trưởng cụm", "Phó trưởng cụm" … onto the canonical labels):

- the holder before a link: "bầu X làm Trưởng khối", "do X làm Trưởng khối", "X được bầu làm Cụm trưởng",
  "X là đơn vị Trưởng khối", and the next ones of the same sentence: "…, Y làm Cụm phó";
- the holder before a bracket: "X (Khối trưởng)", and before ", đơn vị …": "X – đơn vị trưởng khối";
- a person's title before the role: "Đồng chí Y, Phó Trưởng Ban Dân vận Tỉnh ủy, Trưởng khối năm 2024" (the holder
  is the title's organization);
- the holder after the role: "giới thiệu Trưởng cụm thi đua năm 2024 là X và Phó trưởng cụm là Y".

The holder is an organization as written. When the text names a person ("đồng chí Y, Chủ tịch Công đoàn Z là
Cụm trưởng") the holder is that person's organization: from the people extractor's titles when it found the
person, else the organization after the position head of the apposition. A leadership board stands for its
organization ("Ban Giám đốc Khu di tích X" → "Khu di tích X"). A role named with another bloc ("…, Khối trưởng Khối
thi đua Y" said of a guest) is not a role of the article's bloc (the first one it names). Cue words are data
(group_role_cues.tsv).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..clean import fold
from ..document import Document
from ..schema import GroupRole, Organization, Person
from ..segment import strip_span
from .clauses import Span, sentences
from . import cues
from .cues import cue_regex
from .organizations import key_of, same_organization

_CUES = "group_role_cues.tsv"


@lru_cache(maxsize=1)
def _roles() -> tuple[dict[str, str], re.Pattern]:
    roles = {fold(s): c for s, c in cues.table("group_roles.tsv", 2)}
    return roles, re.compile(rf"(?<![\w])(?P<role>{cues.alternation(roles)})(?:\s+thi\s+đua)?(?![\w])")


#: A residential block or a cluster of villages, not an emulation group: "Trưởng khối 7", "trưởng khối phố".
_NOT_GROUP = re.compile(r"\s*(?:\d|số\s*\d|phố|dân cư|[a-z]\b)")
_LINK_BEFORE = re.compile(
    r"(?:(?:tiếp tục|vẫn|cũng|sẽ|đã)\s+)*(?:được\s+)?(?:(?:bầu|chọn|bình chọn|lựa chọn|giới thiệu|phân công|giao|cử|suy tôn|công nhận)\s+)?"
    r"(?:làm|là|giữ vai trò|giữ chức)\s+(?:đơn\s+vị\s+)?$"
)
_PAREN_BEFORE = re.compile(r"\(\s*(?:là\s+)?(?:đơn\s+vị\s+)?$")
_PAREN_AFTER = re.compile(r"(?:\s+(?:năm|nhiệm kỳ)[^()]{0,20})?\s*\)")
_UNIT_BEFORE = re.compile(r"\s*[,–\-]\s*(?:là\s+)?đơn\s+vị\s+$")
_RIGHT_LINK = re.compile(r"(?:\s+(?:năm học|năm|nhiệm kỳ)\s+[\d\s–\-]+?)?\s*(?:là|:)\s+")
#: "X – Trưởng khối thi đua …", "X, Cụm trưởng Cụm thi đua số 2": an apposition, only with the group named.
_APPOS_BEFORE = re.compile(r"\s*[,–\-]\s*$")
_GROUP_AFTER = re.compile(r"\s+(?:khối|cụm)\s+thi\s+đua")
#: "bàn giao nhiệm vụ Trưởng khối năm 2025 cho X": the holder follows "cho".
_HANDOVER_BEFORE = re.compile(r"(?:bàn giao|chuyển giao|giao|trao)\s+(?:(?:nhiệm vụ|vai trò|cờ)\s+)?$")
_HANDOVER_LINK = re.compile(r"(?:\s+(?:năm học|năm|nhiệm kỳ)\s+[\d\s–\-]+?)?\s+cho\s+")
_RIGHT_STOP = re.compile(r"\s*(?:[,;.()]|\s(?:và|cùng|với)\s|$)")
#: "… kiêm Tổng Giám đốc …": a second position of the same person.
_CONCURRENT = re.compile(r"(?<![\w])kiêm\s*$")
#: A parenthesized abbreviation after a name: "Tổng công ty Đầu tư Phát triển Vàm Cỏ (VCD)".
_ABBREV_AFTER = re.compile(r"^(?P<name>.+?)\s*\((?P<abbr>[^\W\d_][\w&.-]{1,15})\)$")
_NEXT_ITEM = re.compile(r"[^,;]*?(?:,|\svà\s|;)")
_TRAIL = re.compile(r"\s+(?:năm học|năm|nhiệm kỳ)\s+[\d\s–\-]+$")
_EDGE = " ,;:–-\t\n"
#: How far before a role word its holder is looked for (characters): keeps every sentence linear.
_WINDOW = 300


def _role_matches(doc: Document) -> list[tuple[int, int, str]]:
    table, rx = _roles()
    out = []
    for m in rx.finditer(doc.folded):
        if doc.in_noise(m.start(), m.end()) or _NOT_GROUP.match(doc.folded, m.end()):
            continue
        out.append((m.start(), m.end(), table[" ".join(m.group("role").split())]))
    return out


def _last_cue(folded: str, start: int, end: int, kind: str) -> int | None:
    """End offset of the last cue of ``kind`` in ``folded[start:end]``."""
    last = None
    for m in cue_regex(_CUES, kind).finditer(folded, start, end):
        last = m.end()
    return last


def _strip_lead(doc: Document, start: int, end: int) -> int:
    """Drop leading words that are not part of the holder's name (time adverbs, "đơn vị", boards)."""
    changed = True
    while changed and start < end:
        changed = False
        start = strip_span(doc.text, start, end, _EDGE).start
        for kind in ("lead", "board"):
            m = cue_regex(_CUES, kind).match(doc.folded, start, end)
            if m and m.end() < end:
                start, changed = m.end(), True
    return start


def _person_org(people: list[Person], start: int, end: int) -> str | None:
    """The organization of the last person the text names inside ``[start, end)``."""
    best: tuple[int, str] | None = None
    for p in people:
        spans = [(m.start, m.end) for m in p.mentions] + [(t.start, t.end) for t in p.titles]
        inside = [s for s, e in spans if s < end and start < e]
        if not inside:
            continue
        org = next((t.organization for t in p.titles if t.organization), None)
        if org and (best is None or max(inside) > best[0]):
            best = (max(inside), org)
    return best[1] if best else None


def _open_paren(text: str, start: int, end: int) -> int | None:
    """Offset of the last "(" in ``[start, end)`` that is still open at ``end``."""
    depth = 0
    for i in range(end - 1, start - 1, -1):
        if text[i] == ")":
            depth += 1
        elif text[i] == "(":
            if depth == 0:
                return i
            depth -= 1
    return None


def _title_org(doc: Document, start: int, end: int) -> int | None:
    """Start of the organization after the last position head of an apposition ("…, Chủ tịch Công đoàn X",
    "Chủ tịch HĐQT kiêm Tổng Giám đốc Tổng công ty X")."""
    last = None
    for m in cue_regex(_CUES, "title").finditer(doc.folded, start, end):
        before = doc.text[start:m.start()].rstrip()
        if before and not before.endswith((",", "–", "-")) and not _CONCURRENT.search(doc.folded, start, m.start()):
            continue
        org = m.end()
        while org < end and doc.text[org] == " ":
            org += 1
        if org < end and doc.text[org].isupper():
            last = org
    return last


def _extend_with_orgs(orgs: list[Organization], start: int, end: int, floor: int) -> int:
    """Move ``start`` left to the start of an organization mention that ends at ``end`` (a name with commas)."""
    best = start
    for o in orgs:
        for m in o.mentions:
            if floor <= m.start < best and start < m.end and abs(m.end - end) <= 1:
                best = m.start
    return best


def _holder_left(doc: Document, sent: Span, floor: int, anchor: int,
                 orgs: list[Organization], people: list[Person]) -> tuple[int, str] | None:
    """The holder written before ``anchor``, not before ``floor`` (the previous role of the sentence)."""
    text, folded = doc.text, doc.folded
    lo = max(sent.start, floor, anchor - _WINDOW)
    for ch in ":;":
        i = text.rfind(ch, lo, anchor)
        if i >= 0:
            lo = i + 1
    opened = _open_paren(text, lo, anchor)
    if opened is not None:  # "(do X làm …" : the holder is inside the bracket
        lo = opened + 1
    chosen = _last_cue(folded, lo, anchor, "choose")
    if chosen is not None:
        lo = chosen
    else:
        intro = _last_cue(folded, lo, anchor, "intro")
        if intro is not None:
            lo = intro
    if floor > sent.start and lo == max(sent.start, floor):  # after a previous role: skip to the next item
        m = _NEXT_ITEM.match(text, lo, anchor)
        if m:
            lo = m.end()
    end = strip_span(text, lo, anchor, _EDGE).end
    if end <= lo:
        return None
    start = _title_org(doc, lo, end)
    if start is None:
        start = lo
        if chosen is None:  # no verb: a list or a fronted adverbial; the holder is the last comma item
            cut = text.rfind(", ", lo, end)
            if cut >= 0:
                start = _extend_with_orgs(orgs, cut + 2, end, lo)
        org = _person_org(people, start, end)
        if org:  # the item names a person: the holder is the person's organization
            return start, org
    start = _strip_lead(doc, start, end)
    start = _skip_lower_words(text, start, end)
    return start, _clean(text[start:end])


def _skip_lower_words(text: str, start: int, end: int, most: int = 4) -> int:
    """"hội trường Trường THCS X" → "Trường THCS X": a few lower-case words before a name are not part of it."""
    pos, skipped = start, 0
    while pos < end and text[pos].islower() and skipped < most:
        space = text.find(" ", pos, end)
        if space < 0:
            return start
        pos, skipped = space + 1, skipped + 1
    return pos if pos < end and text[pos].isupper() else start


def _holder_right(doc: Document, sent: Span, pos: int, link: re.Pattern = _RIGHT_LINK) -> tuple[int, str] | None:
    m = link.match(doc.folded, pos, sent.end)
    if not m:
        return None
    start = _strip_lead(doc, m.end(), sent.end)
    limit = min(sent.end, start + _WINDOW)
    _, role_rx = _roles()
    pos = start
    while True:
        stop = _RIGHT_STOP.search(doc.folded, pos, limit)
        if not stop or not stop.group().strip() in ("và", "cùng", "với") or role_rx.search(
                doc.folded, stop.end(), min(limit, stop.end() + 40)):
            break
        pos = stop.end()  # "… là Sở Giáo dục và Đào tạo": "và" inside the name, no second role follows
    end = stop.start() if stop else limit
    return end, _clean(doc.text[start:end])


def _clean(holder: str) -> str:
    holder = " ".join(holder.split()).strip(_EDGE)
    holder = _TRAIL.sub("", holder)
    return holder


def _expand_abbreviation(holder: str, abbreviations: dict[str, str], orgs: list[Organization]) -> str:
    """"X (VCD)" → "X" (and remember VCD); a later "VCD" → "X"; an abbreviation the organizations extractor tied
    to its expansion → the expansion."""
    m = _ABBREV_AFTER.match(holder)
    if m:
        abbreviations[m.group("abbr")] = m.group("name")
        return m.group("name")
    if holder in abbreviations:
        return abbreviations[holder]
    for o in orgs:
        if o.abbreviation and o.abbreviation == holder:
            return o.name
    return holder


def _fullest(holder: str, orgs: list[Organization]) -> str:
    """A shortened name ("Liên hiệp hội") replaced by the one organization of the article it abbreviates."""
    words = fold(holder).split()
    fits = []
    for o in orgs:
        name = fold(o.name).split()
        if name == words:
            return holder
        if len(name) > len(words) and name[0] == words[0] and name[:len(words)] != words and _subsequence(words, name):
            fits.append(o.name)
    return fits[0] if len(fits) == 1 else holder


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


def _same_body(a: str, b: str) -> bool:
    """Two holders that name one organization ("TAND tỉnh", "Tòa án nhân dân (TAND) tỉnh Đắk Lắk")."""
    ka, kb = key_of(a), key_of(b)
    return same_organization(ka, kb) or same_organization(kb, ka)


def _title_ending_at(people: list[Person], pos: int) -> tuple[int, str] | None:
    """(start, organization) of a person's title that ends at ``pos`` and names its organization."""
    for p in people:
        for t in p.titles:
            if t.organization and pos - 1 <= t.end <= pos:
                return t.start, t.organization
    return None


def _another_group(orgs: list[Organization], start: int, end: int) -> bool:
    """True when the bloc named with the role word at ``[start, end)`` is not the article's own bloc (the first
    bloc the article names)."""
    groups = [o for o in orgs if o.type == "emulation_group"]
    if len(groups) < 2:
        return False
    first = min(groups, key=lambda o: min(m.start for m in o.mentions))
    named = [o for o in groups if any(start <= m.start <= end + 2 for m in o.mentions)]
    return bool(named) and first not in named


def _plausible(holder: str) -> bool:
    return 3 <= len(holder) <= 150 and holder[0].isupper() and any(c.isalpha() for c in holder)


def extract(doc: Document, organizations: list[Organization], people: list[Person]) -> list[GroupRole]:
    """Leadership of the bloc or cluster, one item per (role, holder)."""
    text, folded = doc.text, doc.folded
    matches = _role_matches(doc)
    if not matches:
        return []
    found: list[GroupRole] = []
    seen: set[tuple[str, str]] = set()
    abbreviations: dict[str, str] = {}
    k = 0
    for sent in sentences(doc):
        floor = sent.start
        while k < len(matches) and matches[k][0] < sent.start:
            k += 1
        in_sentence = []
        while k < len(matches) and matches[k][0] < sent.end:
            in_sentence.append(matches[k])
            k += 1
        for rs, re_, role in in_sentence:
            item: tuple[int, int, str] | None = None
            window = max(sent.start, rs - _WINDOW)
            before = folded[window:rs]
            link = _LINK_BEFORE.search(before)
            paren = _PAREN_BEFORE.search(before)
            unit = _UNIT_BEFORE.search(before)
            named_group = "thi đua" in folded[rs:re_] or _GROUP_AFTER.match(folded, re_)
            if named_group and _another_group(organizations, rs, re_):
                floor = re_
                continue  # "…, Khối trưởng Khối thi đua Y": a guest who leads another bloc
            appos = _APPOS_BEFORE.search(before)
            person_appos = appos and not named_group and _title_ending_at(people, window + appos.start())
            if not named_group and not person_appos:
                appos = None
            handover = _HANDOVER_BEFORE.search(before)
            if paren and _PAREN_AFTER.match(folded, re_):
                anchor = window + paren.start()
                inner = _LINK_BEFORE.search(folded[anchor + 1:rs])  # "(do X làm Trưởng khối)"
                if inner:
                    got = _holder_left(doc, sent, anchor + 1, anchor + 1 + inner.start(), organizations, people)
                else:
                    got = _holder_left(doc, sent, floor, anchor, organizations, people)
                if got:
                    item = (got[0], _PAREN_AFTER.match(folded, re_).end(), got[1])
            elif person_appos:  # "Đồng chí X, Phó Trưởng Ban Y, Trưởng khối năm 2024": the title's organization
                item = (person_appos[0], re_, person_appos[1])
            elif unit or appos:
                got = _holder_left(doc, sent, floor, window + (unit or appos).start(), organizations, people)
                if got:
                    item = (got[0], re_, got[1])
            elif link:
                got = _holder_left(doc, sent, floor, window + link.start(), organizations, people)
                if got:
                    item = (got[0], re_, got[1])
            elif handover:
                got = _holder_right(doc, sent, re_, _HANDOVER_LINK)
                if got:
                    item = (rs, got[0], got[1])
            else:
                got = _holder_right(doc, sent, re_)
                if got:
                    item = (rs, got[0], got[1])
            floor = re_
            if not item or not _plausible(item[2]):
                continue
            start, end, holder = item
            holder = _expand_abbreviation(holder, abbreviations, organizations)
            holder = _fullest(holder, organizations)
            key = (role, fold(holder))
            if key in seen or any(r.role == role and _same_body(r.holder, holder) for r in found):
                continue
            seen.add(key)
            found.append(GroupRole(role=role, holder=holder, text=text[start:end], start=start, end=end))
    return found
