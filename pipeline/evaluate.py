"""Score records against hand-made gold annotations (``spec/gold-format.md``), field by field.

``thidua evaluate --gold DIR --records FILE`` scores a ``records.jsonl``; ``--baseline`` also runs the
off-the-shelf baseline (:mod:`pipeline.baseline`) on the gold folder's articles and prints it beside;
``--misses`` also lists every disagreement (doc_id, field, the gold item missed or the record item added).

How we score
------------

* **Documents.** Every gold document is scored. A gold document with no record counts as an empty
  record (not a meeting report, nothing found). Records without a gold document are ignored; their
  number is reported. Several ``--gold`` folders are merged. A gold file is any ``*.json`` below a gold
  folder that holds a ``doc_id`` and ``is_meeting_report`` (so ``MANIFEST.json`` and the like are skipped).
* **is_meeting_report**: accuracy over all gold documents.
* Every other field is scored only over the gold documents that are meeting reports: the gold of the
  other documents is empty by definition.
* **Single-value fields** (accuracy; a null that the gold also has null counts as correct; a record with
  ``meeting: null`` has every meeting field null): ``meeting_date`` (``meeting.date``, the exact ISO string),
  ``time_of_day``, ``participant_units``, ``pledge_count`` (the number of ``pledges``), and, compared
  *fuzzily*, ``location``, ``host`` and ``emulation_group``.
* **Meeting types**: the share of documents whose set of labels is exactly the gold set, and for each of the
  eight labels precision / recall / F1 summed over documents.
* **List fields**: precision / recall / F1 micro-averaged over documents. Within a document gold and record
  items are paired one to one, greedily by best similarity, so a duplicate in the record is a false
  positive. A pair matches when:

  - ``people``: the names are equal after normalization (below), exactly;
  - ``person titles``: one (name, title) pair per title; the names are equal and the titles match fuzzily;
  - ``organizations``: the record's ``name`` matches the gold string fuzzily;
  - ``awards``: same form (normalized, exact), recipient fuzzy, same ``recipient_type`` and same ``count``;
    ``awards (form+recipient)`` is the looser line with only form and recipient;
  - ``group_roles``: same role (normalized, exact) and holder fuzzy;
  - ``references``: the gold string is split into kind and number ("Chỉ thị số 34-CT/TW" → "Chỉ thị",
    "34-CT/TW"); it matches a record reference of the same kind (compared without any diacritics, so the
    typo "Chỉ thi" is "Chỉ thị") and the same number (spaces removed, case folded, "TƯ" read as "TW",
    dashes unified, leading zeros dropped). When either side cannot be split, the whole texts are
    compared fuzzily.

* **Normalization** for every comparison: Unicode NFC, case folded, the old and new placement of tone
  marks made equal ("hoà" = "hòa", "thuỷ" = "thủy", "oè" = "òe"), dashes and quotes unified, "&" read as
  "và", spaces around punctuation removed, runs of spaces collapsed, punctuation at both ends stripped.
* **Fuzzy match**: two strings match when, normalized, they are equal once spaces are removed, or when
  ``rapidfuzz.fuzz.ratio`` is at least the threshold (``--threshold``, default 90) and three guards hold:
  both carry the same numbers ("Cụm thi đua số 1" ≠ "số 4", ratio 94; "số 02" = "số 2"), the same rank words
  ("Phó Giám đốc Sở Nội vụ" ≠ "Giám đốc Sở Nội vụ", ratio 90.2; likewise "nguyên", "quyền"), and no word of
  one stands where the other has a different word ("Công an tỉnh Quảng Nam" ≠ "Quảng Ninh", "Nguyễn Du"
  ≠ "Nguyễn Huệ", "hạng Ba" ≠ "hạng Nhì"): the strings may differ in words added or dropped and in a
  word's diacritics only. The ratio is also tried with parenthesized asides removed from both sides
  ("Bệnh viện X (BV X)" = "Bệnh viện X"). Why 90: legitimate variation (a trailing or missing comma,
  "Thi đua- Khen thưởng" / "Thi đua - Khen thưởng", tone placement, a trailing "tỉnh" on a long name)
  scores 93–100; a dropped word of a short name ("Bảo tàng Văn hóa Các dân tộc" against "... Việt Nam",
  87) or an abbreviation against the full name ("Bảo tàng CTLSĐBP", "Công ty CP" / "Cổ phần") does not
  match.
* P/R/F1 with nothing to divide by: precision is n/a when the record lists nothing, recall is n/a when
  the gold lists nothing; F1 is n/a when both are empty and 0 when only one is.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable

from rapidfuzz import fuzz

from .labels import MEETING_TYPES

DEFAULT_THRESHOLD = 90.0

#: Article files the baseline reads, beside a gold file or one folder up (the seeds keep gold in gold/).
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")

# ------------------------------------------------------------------------------------------ normalization

_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền, sắc, ngã, hỏi, nặng
_CHAR_MAP = str.maketrans({
    "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-", "\u2212": "-",
    "&": " và ", "\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u00a0": " ",
})
_EDGE_PUNCT = " \t\n.,;:!?-\"'"
_WORD = re.compile(r"\w+")
_WORDS = re.compile(r"[\w\u0300-\u036f]+")  # words of a normalized key, tone marks included
_SPACE_AROUND_PUNCT = re.compile(r"\s*([^\w\s])\s*")
_PAREN = re.compile(r"\([^()]*\)")
_NUMBER = re.compile(r"\d+")


def _fold_syllable(match: re.Match) -> str:
    decomposed = unicodedata.normalize("NFD", match.group(0))
    tones = "".join(c for c in decomposed if c in _TONE_MARKS)
    if not tones:
        return match.group(0)
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    return base + tones  # the tone mark kept as a separate last character: one place, whatever the spelling


def fold_tones(text: str) -> str:
    """Move each syllable's tone mark to one fixed place, so "hoà"/"hòa" and "thuỷ"/"thủy" compare equal."""
    return _WORD.sub(_fold_syllable, text)


def normalize(text: str | None) -> str:
    """The comparison key of a string (see "Normalization" in the module docstring)."""
    if not text:
        return ""
    s = unicodedata.normalize("NFC", str(text)).casefold().translate(_CHAR_MAP)
    s = _SPACE_AROUND_PUNCT.sub(r"\1", s)
    s = " ".join(s.split()).strip(_EDGE_PUNCT)
    return fold_tones(s)


def _strip_diacritics(text: str) -> str:
    s = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if not unicodedata.combining(c))


def _word_replaced(a: str, b: str) -> bool:
    """True when a word of ``a`` stands where ``b`` has another one ("Nguyễn Du" / "Nguyễn Huệ").

    Words only added or dropped, and words that differ only in diacritics ("thi" / "thị"), do not count.
    """
    only_a, only_b = Counter(_WORDS.findall(a)), Counter(_WORDS.findall(b))
    only_a, only_b = only_a - only_b, only_b - only_a
    bare_a = Counter(_bare_word(w) for w in only_a.elements())
    bare_b = Counter(_bare_word(w) for w in only_b.elements())
    return bool(bare_a - bare_b) and bool(bare_b - bare_a)


def _bare_word(word: str) -> str:
    return (word.lstrip("0") or "0") if word.isdigit() else _strip_diacritics(word)


#: Words that change which position a title names: "Phó Giám đốc" is not "Giám đốc", "nguyên"/"quyền" neither.
_RANK_WORDS = ("phó", "nguyên", "quyền")


@lru_cache(maxsize=1)
def _rank_keys() -> frozenset[str]:
    return frozenset(normalize(w) for w in _RANK_WORDS)


def _rank_words(key: str) -> set[str]:
    """The rank words of a normalized key."""
    return {w for w in _WORDS.findall(key) if w in _rank_keys()}


def _numbers(key: str) -> list[str]:
    return sorted(n.lstrip("0") or "0" for n in _NUMBER.findall(key))


def similarity(a: str | None, b: str | None) -> float:
    """Fuzzy similarity 0–100 of two normalized strings; 0 when their numbers differ or a word is replaced."""
    ka, kb = normalize(a), normalize(b)
    if not ka or not kb:
        return 0.0
    best = 0.0
    variants = [(ka, kb)]
    pa, pb = normalize(_PAREN.sub(" ", ka)), normalize(_PAREN.sub(" ", kb))
    if (pa, pb) != (ka, kb) and pa and pb:
        variants.append((pa, pb))
    for x, y in variants:
        if x.replace(" ", "") == y.replace(" ", ""):
            return 100.0
        if _numbers(x) == _numbers(y) and _rank_words(x) == _rank_words(y) and not _word_replaced(x, y):
            best = max(best, fuzz.ratio(x, y))
    return best


def fuzzy_equal(a: str | None, b: str | None, threshold: float = DEFAULT_THRESHOLD) -> bool:
    return similarity(a, b) >= threshold


# ------------------------------------------------------------------------------------------ references

_REFERENCE = re.compile(r"^(?P<kind>\D+?)\s*(?:\bsố\b\s*)?(?P<number>\d.*)$", re.IGNORECASE)


def reference_key(kind: str | None, number: str | None) -> tuple[str, str] | None:
    """(kind, number) comparison key of a document reference, or None when either part is empty."""
    k = " ".join(_strip_diacritics(unicodedata.normalize("NFC", kind or "")).casefold().split())
    k = re.sub(r"\s+so$", "", k)  # a trailing "số"
    n = unicodedata.normalize("NFC", number or "").casefold().translate(_CHAR_MAP)
    n = "".join(n.split()).replace("tư", "tw").strip(_EDGE_PUNCT)
    n = re.sub(r"^0+(?=\d)", "", n)
    if not k or not n:
        return None
    return k, n


def parse_reference(text: str | None) -> tuple[str, str] | None:
    """Split "Chỉ thị số 34-CT/TW" into its comparison key ("chi thi", "34-ct/tw"); None when it has no number."""
    m = _REFERENCE.match(" ".join(unicodedata.normalize("NFC", text or "").split()))
    if not m:
        return None
    return reference_key(m.group("kind"), m.group("number"))


# ------------------------------------------------------------------------------------------ results

@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(bool(ok))

    def to_dict(self) -> dict[str, Any]:
        return {"metric": "accuracy", "correct": self.correct, "total": self.total, "accuracy": self.value}


@dataclass
class PRF:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None and r is None:
            return None
        if p is None or r is None or p + r == 0:
            return 0.0
        return 2 * p * r / (p + r)

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.tp += tp
        self.predicted += predicted
        self.gold += gold

    def to_dict(self) -> dict[str, Any]:
        return {"metric": "prf", "tp": self.tp, "predicted": self.predicted, "gold": self.gold,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


#: Field keys in display order, with the label shown in the table.
FIELDS: tuple[tuple[str, str], ...] = (
    ("is_meeting_report", "is_meeting_report"),
    ("meeting_types", "meeting_types (exact set)"),
    *((f"meeting_type:{t}", f"  {t}") for t in MEETING_TYPES),
    ("meeting_date", "meeting_date"),
    ("time_of_day", "time_of_day"),
    ("location", "location"),
    ("host", "host"),
    ("emulation_group", "emulation_group"),
    ("participant_units", "participant_units"),
    ("pledge_count", "pledge_count"),
    ("people", "people"),
    ("person_titles", "person titles"),
    ("organizations", "organizations"),
    ("awards", "awards"),
    ("awards_loose", "awards (form+recipient)"),
    ("group_roles", "group_roles"),
    ("references", "references"),
)

_ACCURACY_FIELDS = {"is_meeting_report", "meeting_types", "meeting_date", "time_of_day", "location", "host",
                    "emulation_group", "participant_units", "pledge_count"}


@dataclass
class Miss:
    """A disagreement in one field of one document: gold items the record lacks, record items the gold lacks.

    For a single-value field ``missed`` holds the gold value and ``extra`` the record's.
    """
    doc_id: str
    field: str
    missed: list = field(default_factory=list)
    extra: list = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "field": self.field, "missed": _jsonable(self.missed),
                "extra": _jsonable(self.extra)}


def _jsonable(value: Any) -> Any:
    if isinstance(value, (list, tuple, set)):
        items = sorted(value) if isinstance(value, set) else value
        return [_jsonable(v) for v in items]
    return value


@dataclass
class Scores:
    threshold: float
    documents: int = 0  # gold documents scored
    meeting_reports: int = 0  # of which the gold says they are meeting reports
    missing_records: int = 0  # gold documents with no record (scored as empty)
    records_without_gold: int = 0  # records ignored
    fields: dict[str, Accuracy | PRF] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)  # every disagreement, in document then field order

    def to_dict(self, misses: bool = False) -> dict[str, Any]:
        out = {
            "threshold": self.threshold,
            "documents": self.documents,
            "meeting_reports": self.meeting_reports,
            "missing_records": self.missing_records,
            "records_without_gold": self.records_without_gold,
            "fields": {k: v.to_dict() for k, v in self.fields.items()},
        }
        if misses:
            out["misses"] = [m.to_dict() for m in self.misses]
        return out


# ------------------------------------------------------------------------------------------ loading

def _is_gold(obj: Any) -> bool:
    return isinstance(obj, dict) and "doc_id" in obj and "is_meeting_report" in obj


def _gold_files(dirs: Iterable[Path]) -> Iterable[tuple[Path, dict]]:
    for d in dirs:
        d = Path(d)
        files = [d] if d.is_file() else sorted(d.rglob("*.json"))
        for f in files:
            try:
                obj = json.loads(f.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError):
                continue
            if _is_gold(obj):
                yield f, obj


def load_gold(dirs: list[Path]) -> dict[str, dict]:
    """doc_id -> gold annotation, from every gold ``*.json`` below the folders (merged; sorted order)."""
    gold: dict[str, dict] = {}
    for path, obj in _gold_files(dirs):
        doc_id = str(obj["doc_id"])
        if doc_id in gold and gold[doc_id] != obj:
            raise ValueError(f"two different gold annotations for {doc_id!r} (the second in {path})")
        gold[doc_id] = obj
    return gold


def gold_articles(dirs: list[Path]) -> dict[str, Path]:
    """doc_id -> the article file of each gold document (``<doc_id>.txt``/``.html`` beside it or one folder up)."""
    found: dict[str, Path] = {}
    for path, obj in _gold_files(dirs):
        doc_id = str(obj["doc_id"])
        for folder in (path.parent, path.parent.parent):
            hits = [folder / f"{doc_id}{s}" for s in ARTICLE_SUFFIXES if (folder / f"{doc_id}{s}").is_file()]
            if hits:
                found.setdefault(doc_id, hits[0])
                break
    return found


def load_records(path: Path) -> dict[str, dict]:
    """doc_id -> record, from a ``records.jsonl`` (blank lines skipped; a repeated doc_id: the last line wins)."""
    records: dict[str, dict] = {}
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: not a JSON line ({exc.msg})") from None
            if not isinstance(rec, dict) or "doc_id" not in rec:
                raise ValueError(f"{path}:{lineno}: a record needs a doc_id")
            records[str(rec["doc_id"])] = rec
    return records


# ------------------------------------------------------------------------------------------ matching

def _pair(gold: list, pred: list, scorer: Callable[[Any, Any], float | None]) -> tuple[set[int], set[int]]:
    """A one-to-one pairing, greedy by best score: (paired gold indices, paired record indices).

    ``scorer`` gives None for a pair that does not match.
    """
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            s = scorer(g, p)
            if s is not None:
                pairs.append((-s, i, j))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
    return used_g, used_p


def _count_matches(gold: list, pred: list, scorer: Callable[[Any, Any], float | None]) -> int:
    """Size of the one-to-one pairing of :func:`_pair`."""
    return len(_pair(gold, pred, scorer)[0])


def _text(value: Any) -> str | None:
    if value is None:
        return None
    s = str(value).strip()
    return s or None


def _view_record(rec: dict | None) -> dict[str, Any]:
    """The comparable content of a record (None: the empty record)."""
    rec = rec or {}
    meeting = rec.get("meeting") or {}
    people = []
    for p in rec.get("people") or []:
        titles = [t.get("title") if isinstance(t, dict) else t for t in p.get("titles") or []]
        people.append((p.get("name"), [t for t in titles if t]))
    refs = []
    for r in rec.get("references") or []:
        key = reference_key(r.get("kind"), r.get("number")) or parse_reference(r.get("text"))
        text = r.get("text") or " ".join(x for x in (r.get("kind"), r.get("number")) if x)
        refs.append((key, text))
    return {
        "is_meeting_report": bool(rec.get("is_meeting_report")),
        "types": set(meeting.get("types") or []),
        "meeting_date": _text(meeting.get("date")),
        "time_of_day": _text(meeting.get("time_of_day")),
        "location": _text(meeting.get("location")),
        "host": _text(meeting.get("host")),
        "emulation_group": _text(meeting.get("emulation_group")),
        "participant_units": meeting.get("participant_units"),
        "pledge_count": len(rec.get("pledges") or []),
        "people": people,
        "organizations": [o.get("name") if isinstance(o, dict) else o for o in rec.get("organizations") or []],
        "awards": [(a.get("award"), a.get("recipient"), a.get("recipient_type"), a.get("count"))
                   for a in rec.get("awards") or []],
        "group_roles": [(r.get("role"), r.get("holder")) for r in rec.get("group_roles") or []],
        "references": refs,
    }


def _view_gold(g: dict) -> dict[str, Any]:
    people = [(p.get("name"), [t for t in p.get("titles") or [] if t]) for p in g.get("people") or []]
    return {
        "is_meeting_report": bool(g.get("is_meeting_report")),
        "types": set(g.get("meeting_types") or []),
        "meeting_date": _text(g.get("meeting_date")),
        "time_of_day": _text(g.get("time_of_day")),
        "location": _text(g.get("location")),
        "host": _text(g.get("host")),
        "emulation_group": _text(g.get("emulation_group")),
        "participant_units": g.get("participant_units"),
        "pledge_count": g.get("pledge_count") or 0,
        "people": people,
        "organizations": list(g.get("organizations") or []),
        "awards": [(a.get("award"), a.get("recipient"), a.get("recipient_type"), a.get("count"))
                   for a in g.get("awards") or []],
        "group_roles": [(r.get("role"), r.get("holder")) for r in g.get("group_roles") or []],
        "references": [(parse_reference(r), r) for r in g.get("references") or []],
    }


# ------------------------------------------------------------------------------------------ scoring

def score(gold: dict[str, dict], records: dict[str, dict], threshold: float = DEFAULT_THRESHOLD) -> Scores:
    """Score ``records`` (doc_id -> record) against ``gold`` (doc_id -> annotation); see the module docstring."""
    s = Scores(threshold=threshold)
    s.fields = {key: (Accuracy() if key in _ACCURACY_FIELDS else PRF()) for key, _ in FIELDS}
    f = s.fields
    s.records_without_gold = sum(1 for d in records if d not in gold)

    def fuzzy_scorer(g: str | None, p: str | None) -> float | None:
        sim = similarity(g, p)
        return sim if sim >= threshold else None

    def name_scorer(g: str | None, p: str | None) -> float | None:
        return 100.0 if normalize(g) and normalize(g) == normalize(p) else None

    def title_scorer(g: tuple, p: tuple) -> float | None:
        return fuzzy_scorer(g[1], p[1]) if name_scorer(g[0], p[0]) is not None else None

    def award_scorer(strict: bool) -> Callable[[tuple, tuple], float | None]:
        def scorer(g: tuple, p: tuple) -> float | None:
            if not normalize(g[0]) or normalize(g[0]) != normalize(p[0]):
                return None
            if strict and (g[2] != p[2] or g[3] != p[3]):
                return None
            return fuzzy_scorer(g[1], p[1])
        return scorer

    def role_scorer(g: tuple, p: tuple) -> float | None:
        if not normalize(g[0]) or normalize(g[0]) != normalize(p[0]):
            return None
        return fuzzy_scorer(g[1], p[1])

    def reference_scorer(g: tuple, p: tuple) -> float | None:
        if g[0] is not None and p[0] is not None:
            return 100.0 if g[0] == p[0] else None
        return fuzzy_scorer(g[1], p[1])

    def accuracy_add(doc_id: str, key: str, ok: bool, g_val: Any, p_val: Any) -> None:
        f[key].add(ok)
        if not ok:
            s.misses.append(Miss(doc_id, key, [g_val], [p_val]))

    def prf_add(doc_id: str, key: str, g_items: list, p_items: list,
                scorer: Callable[[Any, Any], float | None], show: Callable[[Any], Any] = lambda x: x) -> None:
        used_g, used_p = _pair(g_items, p_items, scorer)
        f[key].add(len(used_g), len(p_items), len(g_items))
        missed = [show(x) for i, x in enumerate(g_items) if i not in used_g]
        extra = [show(x) for j, x in enumerate(p_items) if j not in used_p]
        if missed or extra:
            s.misses.append(Miss(doc_id, key, missed, extra))

    for doc_id in sorted(gold):
        gv = _view_gold(gold[doc_id])
        if doc_id not in records:
            s.missing_records += 1
        rv = _view_record(records.get(doc_id))
        s.documents += 1
        accuracy_add(doc_id, "is_meeting_report", gv["is_meeting_report"] == rv["is_meeting_report"],
                     gv["is_meeting_report"], rv["is_meeting_report"])
        if not gv["is_meeting_report"]:
            continue
        s.meeting_reports += 1

        accuracy_add(doc_id, "meeting_types", gv["types"] == rv["types"], gv["types"], rv["types"])
        for label in MEETING_TYPES:
            g_has, p_has = label in gv["types"], label in rv["types"]
            f[f"meeting_type:{label}"].add(int(g_has and p_has), int(p_has), int(g_has))
        for key in ("meeting_date", "time_of_day", "participant_units", "pledge_count"):
            accuracy_add(doc_id, key, gv[key] == rv[key], gv[key], rv[key])
        for key in ("location", "host", "emulation_group"):
            g_val, p_val = gv[key], rv[key]
            ok = g_val == p_val if g_val is None or p_val is None else fuzzy_equal(g_val, p_val, threshold)
            accuracy_add(doc_id, key, ok, g_val, p_val)

        prf_add(doc_id, "people", [n for n, _ in gv["people"]], [n for n, _ in rv["people"]], name_scorer)
        g_pairs = [(n, t) for n, titles in gv["people"] for t in titles]
        p_pairs = [(n, t) for n, titles in rv["people"] for t in titles]
        prf_add(doc_id, "person_titles", g_pairs, p_pairs, title_scorer)
        prf_add(doc_id, "organizations", gv["organizations"], rv["organizations"], fuzzy_scorer)
        prf_add(doc_id, "awards", gv["awards"], rv["awards"], award_scorer(strict=True))
        f["awards_loose"].add(_count_matches(gv["awards"], rv["awards"], award_scorer(strict=False)),
                              len(rv["awards"]), len(gv["awards"]))
        prf_add(doc_id, "group_roles", gv["group_roles"], rv["group_roles"], role_scorer)
        prf_add(doc_id, "references", gv["references"], rv["references"], reference_scorer, show=lambda r: r[1])
    return s



# ------------------------------------------------------------------------------------------ output

def _short(x: float | None) -> str:
    if x is None:
        return "n/a"
    return f"{x:.2f}".lstrip("0") if x < 1 else "1.0"


def _cell(result: Accuracy | PRF) -> str:
    if isinstance(result, Accuracy):
        v = result.value
        return "n/a" if v is None else f"{v:.3f} ({result.correct}/{result.total})"
    f1 = result.f1
    head = "n/a" if f1 is None else f"{f1:.3f}"
    return f"{head} (P {_short(result.precision)} R {_short(result.recall)})"


def _item(value: Any) -> str:
    if isinstance(value, set):
        return "{" + ", ".join(sorted(value)) + "}"
    if isinstance(value, tuple):
        return " | ".join("-" if v is None else str(v) for v in value)
    return "null" if value is None else str(value)


def format_misses(scores: Scores) -> str:
    """One line per disagreement: ``doc_id  field  - gold item`` (missed) / ``+ record item`` (extra)."""
    lines = []
    for m in scores.misses:
        lines.extend(f"{m.doc_id}\t{m.field}\t-\t{_item(x)}" for x in m.missed)
        lines.extend(f"{m.doc_id}\t{m.field}\t+\t{_item(x)}" for x in m.extra)
    return "\n".join(lines) if lines else "(no misses)"


def format_table(columns: dict[str, Scores]) -> str:
    """A fixed-width table: field | metric | one column per system (e.g. {"thidua": s1, "baseline": s2})."""
    if not columns:
        return "(nothing scored)"
    names = list(columns)
    first = columns[names[0]]
    lines = [
        f"Scored {first.documents} gold documents ({first.meeting_reports} meeting reports; other fields "
        f"over those), fuzzy threshold {first.threshold:g}.",
        "Gold docs without a record (scored empty): "
        + ", ".join(f"{n} {columns[n].missing_records}" for n in names)
        + "; records without gold (ignored): "
        + ", ".join(f"{n} {columns[n].records_without_gold}" for n in names) + ".",
    ]
    rows = [("field", "metric", *names)]
    for key, label in FIELDS:
        result = first.fields[key]
        metric = "accuracy" if isinstance(result, Accuracy) else "F1"
        rows.append((label, metric, *(_cell(columns[n].fields[key]) for n in names)))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    lines.append(fmt.format(*rows[0]).rstrip())
    lines.append("  ".join("-" * w for w in widths))
    lines.extend(fmt.format(*r).rstrip() for r in rows[1:])
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------ command line

def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--gold", metavar="DIR", type=Path, action="append", required=True,
                        help="folder of gold annotations (<doc_id>.json beside <doc_id>.txt); repeatable, merged")
    parser.add_argument("--records", metavar="FILE", type=Path,
                        help="records.jsonl written by `thidua extract`")
    parser.add_argument("--baseline", action="store_true",
                        help="also run the off-the-shelf baseline (underthesea NER + dateparser) on the gold "
                             "articles and score it in its own column")
    parser.add_argument("--json", action="store_true", help="print the full scores as JSON instead of the table")
    parser.add_argument("--misses", action="store_true",
                        help="also list every disagreement, one per line: doc_id, field, '-' for a gold item the "
                             "record lacks or '+' for a record item the gold lacks, the item (tab-separated; "
                             "with --json: a 'misses' list)")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD,
                        help=f"fuzzy match threshold, rapidfuzz ratio 0-100 (default {DEFAULT_THRESHOLD:g})")


def run(args: argparse.Namespace) -> int:
    if not args.records and not args.baseline:
        print("thidua evaluate: give --records FILE, --baseline, or both", file=sys.stderr)
        return 2
    for d in args.gold:
        if not Path(d).exists():
            print(f"thidua evaluate: gold folder not found: {d}", file=sys.stderr)
            return 2
    try:
        gold = load_gold(args.gold)
    except ValueError as exc:
        print(f"thidua evaluate: {exc}", file=sys.stderr)
        return 2
    if not gold:
        print(f"thidua evaluate: no gold annotations (*.json with doc_id) under {', '.join(map(str, args.gold))}",
              file=sys.stderr)
        return 2
    columns: dict[str, Scores] = {}
    if args.records:
        try:
            records = load_records(args.records)
        except (OSError, ValueError) as exc:
            print(f"thidua evaluate: cannot read records: {exc}", file=sys.stderr)
            return 2
        columns["thidua"] = score(gold, records, args.threshold)
    if args.baseline:
        from .baseline import run_baseline

        articles = gold_articles(args.gold)
        missing = sorted(set(gold) - set(articles))
        if missing:
            print(f"thidua evaluate: no article file for {len(missing)} gold document(s), scored empty for the "
                  f"baseline: {', '.join(missing[:5])}{' …' if len(missing) > 5 else ''}", file=sys.stderr)
        baseline = run_baseline([articles[d] for d in sorted(articles)])
        columns["baseline"] = score(gold, baseline, args.threshold)
    if args.json:
        print(json.dumps({name: s.to_dict(misses=args.misses) for name, s in columns.items()},
                         ensure_ascii=False, indent=2))
    else:
        print(format_table(columns))
        if args.misses:
            for name, scores in columns.items():
                print(f"\nMisses of {name} (doc_id, field, - gold only / + record only, item):")
                print(format_misses(scores))
    return 0
