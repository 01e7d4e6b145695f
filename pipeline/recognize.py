"""Recognize: where the people, their titles and the organizations of an article are.

A small spaCy pipeline does it, once per document (:func:`recognize`, cached on the :class:`~pipeline.document.Document`):

1. **Syllables.** The text is cut into syllables and punctuation marks (no underthesea: names, heads and titles are
   written syllable by syllable, and this costs a millisecond). Each token's ``NORM`` is its lower-case,
   tone-folded form (:func:`pipeline.clean.fold`; "&" reads "và", dashes are one dash), so "Hoà"/"Hòa" and
   "Thể Thao & Du Lịch"/"Thể thao và Du lịch" match alike. The Doc the ruler reads writes each run of white space
   as one space (so a name wrapped over two lines still matches); every token keeps its offsets in the canonical
   text.
2. **Cues** (spaCy ``SpanRuler``, phrase patterns on ``NORM``, into ``doc.spans["thidua_cues"]``): the closed
   classes of the genre, from the lexicons in ``models/lexicons/`` (labels :data:`pipeline.labels.CUE_LABELS`):
   honorifics, position heads, organization heads and the compounds that only look like one, leadership boards,
   official names with commas inside, place qualifiers, words that end a name, and names that are not people.
3. **Candidates** (component ``thidua_candidates``): rules grow the cues into ``ORG`` spans (a head and its name:
   "Sở" + "Văn hóa, Thể thao và Du lịch" + "tỉnh Lào Cai"; an organization written right after another one's name
   is its owner: "Phòng Tham mưu" + "Công an tỉnh"), ``PERSON`` spans (a name after an honorific, before a title,
   or after a position: "Thủ tướng Phạm Minh Chính") and ``TITLE`` spans (each position a person is given, with
   the organization it holds it in).
4. **NER, optional** (component ``thidua_ner``, only when ``THIDUA_NER=<backend>`` or
   ``recognize(doc, ner="<backend>")``): a statistical tagger of :mod:`pipeline.ner` (underthesea's CRF, or a
   spaCy ``ner`` trained on our corpus) as a second source of ``PERSON`` and ``ORG`` spans where the rules found
   nothing. It is off by default: measured on corpus/dev and the
   devset it does not raise the F1 of people or organizations and it makes extraction several times slower (see
   the README).

The result is a spaCy Doc whose text is the canonical text, with ``doc.spans["thidua"]`` holding the PERSON, TITLE
and ORG spans; ``span.id_`` (and the extension ``span._.source``) says which source found each one: ``"rule"`` or
``"ner"`` (:data:`pipeline.labels.SPAN_SOURCES`). The extractors read the same candidates as dataclasses
(:class:`Recognition`), which also keep what the spans cannot: an organization's type and nesting, a title's
organization, a person's honorific.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Sequence

from .clean import fold
from .labels import CUE_LABELS, SPAN_SOURCES
from .ner import backend_from_env, resolve
from .resources import data_path, read_table

SPANS_KEY = "thidua"
CUES_KEY = "thidua_cues"

HONORIFIC, POSITION, ORG_HEAD, NOT_ORG_HEAD, BOARD, ORG_NAME, ADMIN, STOP, NOT_PERSON = CUE_LABELS
RULE, NER = SPAN_SOURCES

#: Cue labels in the order they win a tie (same start, same length).
_PRIORITY = {NOT_ORG_HEAD: 0, BOARD: 1, POSITION: 2, ORG_NAME: 3, ORG_HEAD: 4, HONORIFIC: 5, NOT_PERSON: 6,
             ADMIN: 7, STOP: 8}

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|\S")
_LETTERS = re.compile(r"[^\W\d_]")
_DASHES = {"-", "–", "—", "‐", "‑", "−"}
_NORM_MAP = {"&": "và", **{d: "-" for d in _DASHES}}
#: Address words that need a capitalized name right after them to count as an honorific ("ông Hùng", not "bà con").
_PLURAL = {"các", "những", "mỗi", "từng", "cả"}
_ADDRESS_KINDS = {"address"}
_ROMAN = re.compile(r"[IVXL]+")
#: What "<n> … liền / liên tục" counts after a unit's head: years, terms, times ("Chi bộ 3 năm liền").
_SPANS = {"năm", "kỳ", "lần", "tháng", "khóa"}
#: Bodies that exist inside a unit and may be named after it with a lower-case noun ("Công đoàn bệnh viện").
_UNIT_BODY_TYPES = {"union", "youth_union", "party_body", "association"}
#: Those bodies, and agencies: their head may name the unit in full ("Đoàn trường"), and a person's name follows.
_UNIT_HEAD_TYPES = _UNIT_BODY_TYPES | {"agency"}


# ------------------------------------------------------------------------------------------ lexicons

@lru_cache(maxsize=200_000)
def norm_of(word: str) -> str:
    """The NORM of one token: lower case, tone marks folded, "&" → "và", dashes unified."""
    return _NORM_MAP.get(word) or fold(word)


@lru_cache(maxsize=20_000)
def norm_key(text: str) -> str:
    """The matching key of a phrase: the NORMs of its tokens, space-separated (cached: the rules ask for the keys of
    the same few words on every document)."""
    return " ".join(norm_of(m.group()) for m in _TOKEN.finditer(text))


@dataclass(frozen=True)
class OrgHead:
    type: str  # labels.ORG_TYPES
    keep_bare: bool  # the head alone names one body ("Tỉnh ủy", "HĐND")
    growth: str  # "name", "group" or "fixed"


_OTHER_HEAD = OrgHead("other", False, "name")  # a head missing from org_heads.tsv


@dataclass
class Lexicons:
    honorifics: dict[str, str]  # key -> kind
    family_names: frozenset[str]  # NORM of the first syllable
    middle_names: frozenset[str]
    positions: dict[str, str | None]  # key -> implied organization head
    org_heads: dict[str, OrgHead]
    head_exclusions: frozenset[str]
    boards: frozenset[str]
    org_names: frozenset[str]
    abbreviations: dict[str, str]  # surface abbreviation -> expansion
    admin: dict[str, int]  # key -> rank
    stopwords: dict[str, str]  # key -> scope ("all" or "name")
    not_person: frozenset[str]
    unit_nouns: frozenset[str] = frozenset()  # "bệnh viện", "nhà trường" after a body's head ("Công đoàn bệnh viện")
    position_scopes: frozenset[str] = frozenset()  # "chuyên môn" in "Phó Hiệu trưởng phụ trách chuyên môn"
    name_prefixes: frozenset[str] = frozenset()  # "y": a prefix word of a Central Highlands name ("Y Biêr Niê")
    joined_prefixes: tuple[str, ...] = ()  # "h'": a prefix glued to the given name ("H'Lim Byă")
    document_kinds: frozenset[str] = frozenset()  # "chỉ thị", "kế hoạch": a document cited after a body's name

    def is_name_prefix(self, norm: str) -> bool:
        """The NORM of a syllable that opens a Central Highlands name: "Y", or "H'…" joined to the given name."""
        if norm in self.name_prefixes:
            return True
        if "'" not in norm and "’" not in norm:
            return False
        norm = norm.replace("’", "'")
        return any(norm.startswith(p) and len(norm) > len(p) for p in self.joined_prefixes)

    def patterns(self) -> list[dict]:
        """SpanRuler phrase patterns: one per lexicon entry, labelled with its cue label."""
        out: list[dict] = []
        for label, keys in ((HONORIFIC, self.honorifics), (POSITION, self.positions), (ORG_HEAD, self.org_heads),
                            (NOT_ORG_HEAD, self.head_exclusions), (BOARD, self.boards), (ORG_NAME, self.org_names),
                            (ADMIN, self.admin), (STOP, self.stopwords), (NOT_PERSON, self.not_person)):
            out.extend({"label": label, "pattern": key} for key in sorted(keys))
        return out


def _table(name: str, columns: int | None = None) -> list[tuple[str, ...]]:
    return read_table(data_path(f"lexicons/{name}"), columns)


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    """The lexicons of ``models/lexicons/`` (loaded once per process)."""
    positions: dict[str, str | None] = {}
    for pos, head in _table("positions.tsv", 2):
        for variant in (pos, f"Phó {pos}"):
            positions.setdefault(norm_key(variant), None if head == "-" else head)
    heads = {norm_key(h): OrgHead(t, bare == "keep", growth) for h, t, bare, growth in _table("org_heads.tsv", 4)}
    return Lexicons(
        honorifics={norm_key(h): kind for h, kind in _table("honorifics.tsv", 2)},
        family_names=frozenset(norm_key(row[0]) for row in _table("family_names.tsv")),
        middle_names=frozenset(norm_key(row[0]) for row in _table("middle_names.tsv")),
        positions=positions,
        org_heads=heads,
        head_exclusions=frozenset(norm_key(row[0]) for row in _table("org_head_exclusions.tsv")),
        boards=frozenset(norm_key(row[0]) for row in _table("boards.tsv")),
        org_names=frozenset(norm_key(row[0]) for row in _table("org_names.tsv")),
        abbreviations={a: e for a, e in _table("abbreviations.tsv", 2)},
        admin={norm_key(w): int(rank) for w, rank in _table("admin_levels.tsv", 2)},
        stopwords={norm_key(w): scope for w, scope in _table("name_stopwords.tsv", 2)},
        not_person=frozenset(norm_key(row[0]) for row in _table("person_exclusions.tsv")),
        unit_nouns=frozenset(norm_key(row[0]) for row in _table("unit_nouns.tsv")),
        position_scopes=frozenset(norm_key(row[0]) for row in _table("position_scopes.tsv")),
        name_prefixes=frozenset(fold(p) for p, joined in _table("name_prefixes.tsv", 2) if joined != "yes"),
        joined_prefixes=tuple(fold(p) for p, joined in _table("name_prefixes.tsv", 2) if joined == "yes"),
        document_kinds=frozenset(norm_key(row[0]) for row in _table("document_kinds.tsv")),
    )


# ------------------------------------------------------------------------------------------ candidates

@dataclass
class OrgCandidate:
    start: int  # token indexes (syllables) of the compact Doc
    end: int
    head_end: int
    head: str  # NORM key of the head
    type: str
    char_start: int = 0
    char_end: int = 0
    text: str = ""
    bare: bool = False  # the head without any name
    keep_bare: bool = False
    generic: bool = False  # plural or counted ("các Sở", "46 Công đoàn cơ sở")
    lower_head: bool = False  # the head is written in lower case ("sở Nội vụ", "chi bộ")
    abbreviation: str | None = None  # defined in parentheses inside the name ("Liên đoàn Lao động (LĐLĐ)")
    parent: int | None = None  # index (in Recognition.orgs) of the organization whose name contains this one
    after_board: bool = False  # written after a leadership board ("Ban Thường vụ Tỉnh ủy")
    source: str = RULE
    same_type_owner: bool = False  # the owner in another organization's name, of the same kind

    @property
    def listable(self) -> bool:
        """An organization of the article on its own (spec: not generic, not a bare head word)."""
        if self.generic or self.same_type_owner:
            return False
        if self.bare:
            return self.keep_bare and not self.lower_head
        return True


@dataclass
class TitleCandidate:
    start: int
    end: int
    char_start: int = 0
    char_end: int = 0
    text: str = ""
    org: int | None = None  # index in Recognition.orgs of the organization the position is held in


@dataclass
class PersonCandidate:
    start: int  # the name
    end: int
    char_start: int = 0
    char_end: int = 0
    text: str = ""
    honorific: str | None = None
    honorific_start: int | None = None  # character offsets of the honorific
    titles: list[TitleCandidate] = field(default_factory=list)
    source: str = RULE

    @property
    def n_syllables(self) -> int:
        return len(self.text.split())


@dataclass
class Recognition:
    """What :func:`recognize` found in one document."""

    orgs: list[OrgCandidate]
    people: list[PersonCandidate]
    text: str
    _compact: object = None  # the Doc the ruler read (white-space runs as one space)
    _doc: object = None

    @property
    def doc(self):
        """spaCy Doc over the canonical text with the PERSON, TITLE and ORG spans in ``doc.spans["thidua"]`` and the
        cues in ``doc.spans["thidua_cues"]`` (built on first use: the extractors read the dataclasses)."""
        if self._doc is None:
            self._doc = _canonical_doc(self._compact.vocab, self.text, self._compact, self.orgs, self.people)
        return self._doc


# ------------------------------------------------------------------------------------------ tokens

def _shape(w: str) -> tuple[bool, bool, bool, bool, bool, bool]:
    """(capitalized, title case, all capitals, alphabetic, digits, lower case) of a token."""
    first = w[:1]
    cap = first.isupper()
    upper = len(w) >= 2 and w.isupper()
    return (cap, cap and (len(w) == 1 or not upper or not w[1:].isalpha()), upper, first.isalpha(), w.isdigit(),
            first.islower())


_SHAPES: dict[str, tuple[bool, bool, bool, bool, bool, bool]] = {}  # word -> _shape(word), for this process


def _shapes(words: Sequence[str]) -> list[tuple[bool, bool, bool, bool, bool, bool]]:
    """The shape of each word, computed once per distinct word (texts repeat their words, and each other's)."""
    for w in set(words).difference(_SHAPES):
        _SHAPES[w] = _shape(w)
    return list(map(_SHAPES.__getitem__, words))


class _Syllables:
    """The compact token view the rules read: text, NORM, shape and canonical offsets of every token."""

    def __init__(self, text: str, spans: Sequence[tuple[int, int]], breaks: Sequence[int] = (),
                 words: Sequence[str] | None = None, norms: Sequence[str] | None = None):
        self.text = text
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        self.words = words = list(words) if words is not None else [text[s:e] for s, e in spans]
        self.norms = list(norms) if norms is not None else list(map(norm_of, words))
        self.n = len(words)
        if words:
            self.cap, self.title, self.upper, self.alpha, self.digit, self.lower = map(
                list, zip(*_shapes(words)))
        else:
            self.cap, self.title, self.upper, self.alpha, self.digit, self.lower = [], [], [], [], [], []
        # a token that opens a new segment (heading, paragraph, caption ...) may not continue a name
        self.hard_break = [False] * self.n
        for b in breaks:
            i = bisect.bisect_left(self.starts, b)  # the first token at or after the break
            if 0 < i < self.n and self.ends[i - 1] <= b:
                self.hard_break[i] = True
        self.caps_line = self._caps_lines()

    def _caps_lines(self) -> list[bool]:
        """True for tokens of a line written in capitals (a heading): case says nothing there."""
        out = [False] * self.n
        i = 0
        while i < self.n:
            line_end = self.text.find("\n", self.starts[i])
            line_end = len(self.text) if line_end < 0 else line_end
            j = bisect.bisect_left(self.starts, line_end, i)  # the first token of the next line
            line = self.text[self.starts[i]:self.ends[j - 1]] if j > i else ""
            if line == line.upper() and len(_LETTERS.findall(line)) >= 8:
                for k in range(i, j):
                    out[k] = True
            i = j if j > i else i + 1
        return out


def _token_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _TOKEN.finditer(text)]


# ------------------------------------------------------------------------------------------ spaCy

class CompactTokenizer:
    """Syllables and punctuation as tokens, white-space runs written as one space; offsets kept in user_data."""

    def __init__(self, vocab):
        self.vocab = vocab
        self._norms: dict[str, str] = {}  # word -> its NORM, for every word seen by this tokenizer

    def __call__(self, text: str):
        from spacy.tokens import Doc

        matches = list(_TOKEN.finditer(text))
        words = [m.group() for m in matches]
        spans = [m.span() for m in matches]
        spaces = [a[1] != b[0] for a, b in zip(spans, spans[1:])]
        if spans:
            spaces.append(False)
        norms = self._norms
        for w in set(words).difference(norms):  # the NORM of a word is set once on its lexeme, for every Doc after
            norms[w] = self.vocab[w].norm_ = norm_of(w)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data["thidua_offsets"] = spans
        doc.user_data["thidua_words"] = words
        doc.user_data["thidua_norms"] = list(map(norms.__getitem__, words))
        return doc

    # spaCy calls these when it serializes a pipeline; the tokenizer has no settings to save
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs):
        return self

    def to_disk(self, path, **kwargs) -> None:
        pass

    def from_disk(self, path, **kwargs):
        return self


def _cue_ruler_class():
    from spacy.pipeline.span_ruler import SpanRuler

    class CueRuler(SpanRuler):
        """spaCy's SpanRuler (phrase patterns on NORM) that hands its matches on as (label, start, end) tuples in
        ``doc.user_data["thidua_cues"]`` instead of Span objects: the rules read tuples, and the spans are made once,
        on the Doc :attr:`Recognition.doc` returns (``doc.spans["thidua_cues"]``). Called on a Doc without that
        need (``cue_ruler.set_spans = True``), it fills ``doc.spans`` like the stock SpanRuler."""

        set_spans = False

        def __call__(self, doc):
            if self.set_spans:
                super().__call__(doc)
            labels = self._match_label_id_map
            found = {(labels[m_id]["label"], start, end) for m_id, start, end in self.phrase_matcher(doc)
                     if start != end}
            doc.user_data["thidua_cues"] = sorted(found, key=lambda m: (m[1], m[2], m[0]))
            return doc

    return CueRuler


def _make_cue_ruler(nlp, name: str, spans_key: str, phrase_matcher_attr: str, validate: bool, overwrite: bool):
    return _cue_ruler_class()(nlp, name, spans_key=spans_key, spans_filter=None, annotate_ents=False,
                              phrase_matcher_attr=phrase_matcher_attr, validate=validate, overwrite=overwrite,
                              scorer=None)


def _register() -> None:
    from spacy.language import Language
    from spacy.tokens import Span

    if "thidua_cue_ruler" not in Language.factories:
        Language.factory("thidua_cue_ruler", default_config={
            "spans_key": CUES_KEY, "phrase_matcher_attr": "NORM", "validate": False, "overwrite": True,
        }, func=_make_cue_ruler)

    if not Span.has_extension("source"):
        Span.set_extension("source", getter=lambda span: span.id_ or None)
    if "thidua_candidates" not in Language.factories:
        Language.component("thidua_candidates", func=_candidates_component)
    if "thidua_ner" not in Language.factories:
        Language.factory("thidua_ner", default_config={"backend": "underthesea"}, func=_make_ner)


_register_done = False


def _ensure_registered() -> None:
    global _register_done
    if not _register_done:
        _register()
        _register_done = True


@lru_cache(maxsize=3)
def get_nlp(ner: str | None = None):
    """The recognition pipeline: compact tokenizer, SpanRuler of cues, (an NER backend), candidates.

    Built once per process (and per NER backend; ``ner`` names one of :data:`pipeline.ner.BACKENDS`).
    """
    import spacy

    _ensure_registered()
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = CompactTokenizer(nlp.vocab)
    ruler = nlp.add_pipe("thidua_cue_ruler")
    ruler.add_patterns(lexicons().patterns())
    if ner:
        nlp.add_pipe("thidua_ner", config={"backend": ner})
    nlp.add_pipe("thidua_candidates")
    return nlp


def ner_enabled() -> bool:
    """Whether ``THIDUA_NER`` names an NER backend."""
    return backend_from_env() is not None


def recognize(document, ner: bool | str | None = None) -> Recognition:
    """Recognize the people, titles and organizations of a :class:`~pipeline.document.Document` (cached on it).

    ``ner``: None → the backend ``THIDUA_NER`` names (default none); True → underthesea; or a backend's name.
    """
    ner = resolve(ner)
    cache = vars(document).setdefault("_thidua_recognition", {})
    if ner not in cache:
        breaks = [s.start for s in document.segments]
        noise = [(r.start, r.end) for r in document.noise]
        cache[ner] = recognize_text(document.text, breaks=breaks, noise=noise, ner=ner)
    return cache[ner]


def recognize_text(text: str, breaks: Iterable[int] = (), noise: Iterable[tuple[int, int]] = (),
                   ner: bool | str | None = False) -> Recognition:
    """Recognize a plain text. ``breaks``: offsets where a new segment starts; ``noise``: page-chrome regions;
    ``ner``: as in :func:`recognize` (default: rules only)."""
    nlp = get_nlp(resolve(ner))
    compact = nlp.make_doc(text)
    compact.user_data["thidua_text"] = text
    compact.user_data["thidua_breaks"] = list(breaks)
    compact.user_data["thidua_noise"] = sorted(noise)
    for _, proc in nlp.pipeline:
        compact = proc(compact)
    orgs, people = compact.user_data["thidua_result"]
    return Recognition(orgs=orgs, people=people, text=text, _compact=compact)


def _canonical_doc(vocab, text: str, compact, orgs: list[OrgCandidate], people: list[PersonCandidate]):
    """A Doc whose text is exactly ``text`` (white space kept), with the cue and candidate spans copied onto it."""
    from spacy.tokens import Doc, Span

    offsets = compact.user_data["thidua_offsets"]
    words: list[str] = []
    spaces: list[bool] = []
    pos = 0
    for s, e in [*offsets, (len(text), None)]:  # each token, then the text after the last one
        gap = text[pos:s]  # white space (one space is the previous token's) or characters no token took
        if gap and words and gap[0] == " ":
            spaces[-1] = True
            gap = gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)
        if e is None:
            break
        words.append(text[s:e])
        spaces.append(False)
        pos = e
    doc = Doc(vocab, words=words, spaces=spaces)

    def span(cs: int, ce: int, label: str, source: str | None = None):
        sp = doc.char_span(cs, ce, label=label, alignment_mode="expand")
        if sp is not None and source:
            sp = Span(doc, sp.start, sp.end, label=label, span_id=source)
        return sp

    cues = []
    for label, start, end in compact.user_data.get("thidua_cues", ()):
        c = span(offsets[start][0], offsets[end - 1][1], label)
        if c is not None:
            cues.append(c)
    doc.spans[CUES_KEY] = cues
    found = []
    for o in orgs:
        if o.listable:
            found.append(span(o.char_start, o.char_end, "ORG", o.source))
    for p in people:
        found.append(span(p.char_start, p.char_end, "PERSON", p.source))
        for t in p.titles:
            found.append(span(t.char_start, t.char_end, "TITLE", p.source))
    doc.spans[SPANS_KEY] = sorted((s for s in found if s is not None), key=lambda s: (s.start, -s.end, s.label_))
    return doc


# ------------------------------------------------------------------------------------------ the rules

class _Cues:
    """Longest cue of each label starting at each token, and the overall winner at each token."""

    def __init__(self, doc, lex: Lexicons, norms: Sequence[str]):
        self.by_label: dict[str, dict[int, tuple[int, str]]] = {label: {} for label in CUE_LABELS}
        found = doc.user_data.get("thidua_cues")
        if found is None:  # a Doc the CueRuler did not see: read the SpanGroup
            found = [(sp.label_, sp.start, sp.end) for sp in doc.spans.get(CUES_KEY, [])]
        for label, start, end in found:
            table = self.by_label[label]
            prev = table.get(start)
            if prev is None or end > prev[0]:
                table[start] = (end, " ".join(norms[start:end]))
        n = len(doc)
        self.inside_exclusion = [False] * n  # inside (not at the start of) a compound that only looks like a head
        for start, (end, _) in self.by_label[NOT_ORG_HEAD].items():
            for k in range(start + 1, end):
                self.inside_exclusion[k] = True
        self.position_ends = {end for end, _ in self.by_label[POSITION].values()}
        # words of a compound that is no stop ("việc làm" holds "làm")
        self.not_stop = [False] * n
        for start, (end, key) in self.by_label[STOP].items():
            if lex.stopwords.get(key) == "keep":
                for k in range(start, end):
                    self.not_stop[k] = True
        # inside a board, a position or an honorific no organization starts, except the organization a position
        # names itself ("Trưởng ban Thi đua …": "ban" starts one)
        self.inside_other = [False] * n
        self.implied_starts: set[int] = set()  # where the organization a position names begins ("Trưởng ban| …")
        for label in (BOARD, POSITION, HONORIFIC):
            for start, (end, key) in self.by_label[label].items():
                implied = lex.positions.get(key) if label == POSITION else None
                skip = len(norm_key(implied).split()) if implied else 0
                if skip:
                    self.implied_starts.add(end - skip)
                for k in range(start + 1, end - skip):
                    self.inside_other[k] = True
        self.best: dict[int, tuple[str, int, str]] = {}
        for label, table in self.by_label.items():
            for start, (end, key) in table.items():
                cur = self.best.get(start)
                if cur is None or (end, -_PRIORITY[label]) > (cur[1], -_PRIORITY[cur[0]]):
                    self.best[start] = (label, end, key)
        heads = self.by_label[ORG_HEAD]
        for start, (b_end, b_key) in self.by_label[BOARD].items():
            cur = self.best.get(start)
            if cur and cur[0] == ORG_HEAD and cur[1] > b_end and heads.get(b_end, (0,))[0] > cur[1]:
                # "Ban Chấp hành Trung ương Đoàn": the board, then the body it leads ("Trung ương Đoàn"), not the
                # head "Ban Chấp hành Trung ương" cutting the body's name
                self.best[start] = (BOARD, b_end, b_key)

    def at(self, label: str, i: int) -> tuple[int, str] | None:
        return self.by_label[label].get(i)

    def winner(self, i: int) -> tuple[str, int, str] | None:
        return self.best.get(i)


class _Rules:
    """The candidate rules over one document (see the module docstring, step 3)."""

    MAX_LOW_AFTER_CAP = 5
    MAX_LOW_AFTER_HEAD = 4
    MAX_LOW_GROUP = 8

    def __init__(self, syl: _Syllables, cues: _Cues, lex: Lexicons, noise: Sequence[tuple[int, int]]):
        self.s = syl
        self.c = cues
        self.lex = lex
        self.noise = noise
        self.orgs: list[OrgCandidate] = []
        self.org_at: dict[int, int] = {}  # start token -> index in self.orgs (outermost candidate first found)
        self.noisy = [False] * syl.n
        for a, b in noise:  # the tokens that start inside a noise region
            i, j = bisect.bisect_left(syl.starts, a), bisect.bisect_left(syl.starts, b)
            self.noisy[i:j] = [True] * (j - i)
        self.board_ends = {end for end, _ in cues.by_label[BOARD].values()}
        fam = lex.family_names
        self.family_start = [False] * syl.n
        title, alpha, cap, caps_line = syl.title, syl.alpha, syl.cap, syl.caps_line
        self.family_starts: list[int] = [
            i for i, nm in enumerate(syl.norms[:-1]) if title[i] and alpha[i + 1] and cap[i + 1] and not caps_line[i]
            and (nm in fam or (alpha[i] and lex.is_name_prefix(nm)))]
        for i in self.family_starts:
            self.family_start[i] = True

    # -------------------------------------------------------------- token tests

    def in_noise(self, i: int) -> bool:
        return self.noisy[i]

    def is_cap_word(self, i: int) -> bool:
        return self.s.alpha[i] and self.s.cap[i]

    def is_stop(self, i: int, group: bool = False) -> bool:
        hit = self.c.at(STOP, i)
        if not hit:
            return False
        if not (self.s.lower[i] or self.s.caps_line[i]) or self.c.not_stop[i]:
            return False
        return not (group and self.lex.stopwords.get(hit[1]) == "name")

    def stop_word_at(self, i: int) -> bool:
        """A word that ends a name, in any case ("Giấy khen" after "và"); not a compound marked "keep"."""
        hit = self.c.at(STOP, i)
        return bool(hit) and self.lex.stopwords.get(hit[1]) != "keep"

    def is_admin(self, i: int) -> tuple[int, int] | None:
        """(end, rank) of a place qualifier written in lower case ("tỉnh", "thành phố"), or "TP"."""
        hit = self.c.at(ADMIN, i)
        if not hit:
            return None
        if not (self.s.lower[i] or self.s.caps_line[i] or hit[1].startswith("tp") or self.capital_branch(i, hit[1])):
            return None
        rank = self.lex.admin.get(hit[1], 0)
        return None if rank < 0 else (hit[0], rank)

    def capital_branch(self, i: int, key: str) -> bool:
        """"Chi nhánh" written with a capital right after a brand or its abbreviation ("Agribank Chi nhánh thành
        phố Cần Thơ", "… (BIDV) Chi nhánh Cần Thơ"): the branch connector all the same."""
        s = self.s
        return key == self._BRANCH and i > 0 and not s.hard_break[i] and s.starts[i] > s.ends[i - 1] and \
            (s.words[i - 1] == ")" or (s.alpha[i - 1] and s.cap[i - 1] and not self.c.winner(i - 1)))

    _BRANCH = norm_key("chi nhánh")

    def head_at(self, i: int) -> tuple[int, str] | None:
        """(end, key) of an organization head starting at ``i`` that wins over every other cue there."""
        w = self.c.winner(i)
        if not w or w[0] != ORG_HEAD:
            return None
        return w[1], w[2]

    def honorific_at(self, i: int) -> tuple[int, str] | None:
        w = self.c.winner(i)
        if w and w[0] == HONORIFIC:
            return w[1], w[2]
        hit = self.c.at(HONORIFIC, i)
        if hit and w and w[0] == POSITION and w[1] == hit[0] and hit[0] < self.s.n and self.s.title[hit[0]] \
                and self.s.alpha[hit[0]]:
            return hit  # "Bác sĩ Lê Văn A": a word both an occupation and an honorific, before a name
        return None

    def position_at(self, i: int) -> tuple[int, str] | None:
        if i >= self.s.n:
            return None
        w = self.c.winner(i)
        if w and w[0] == POSITION:
            return w[1], w[2]
        if i + 1 < self.s.n and (self.s.norms[i] == "nguyên" or self.acting_at(i)):
            w = self.c.winner(i + 1)  # "nguyên Chủ tịch UBND xã" (former), "quyền Cục trưởng Cục …" (acting)
            if w and w[0] == POSITION:
                return w[1], w[2]
        return None

    def acting_at(self, i: int) -> bool:
        """"quyền" (acting) opening a title: first after punctuation or a break ("…, quyền Giám đốc Sở", "Quyền
        Chủ tịch …"), not the end of a word ("ủy quyền", "chính quyền")."""
        s = self.s
        return s.norms[i] == "quyền" and (i == 0 or s.hard_break[i] or not s.alpha[i - 1])

    def board_at(self, i: int) -> int | None:
        w = self.c.winner(i)
        return w[1] if w and w[0] == BOARD else None

    def starts_person(self, i: int) -> bool:
        """A family name followed by another capitalized syllable: a person, not more of a name."""
        return self.family_start[i]

    def opens_person(self, i: int) -> bool:
        """An honorific followed by a capitalized name ("và ông Lương …"); a capitalized address word inside a run
        of capitalized syllables ("Mai Anh Tuấn") is a syllable of the name."""
        hon = self.honorific_at(i)
        if not hon:
            return False
        k = hon[0]
        while k < self.s.n and self.s.words[k] in (".", ",") and k - hon[0] < 2:
            k += 1
        if k >= self.s.n or not self.is_cap_word(k):
            return False
        if self.lex.honorifics.get(hon[1]) in _ADDRESS_KINDS and self.s.cap[i] and i > 0 and \
                self.is_cap_word(i - 1) and not self.s.hard_break[i]:
            return False
        return True

    def opens_other(self, i: int) -> bool:
        """Something that cannot be the next word of an organization's name."""
        w = self.c.winner(i)
        if w and w[0] in (ORG_HEAD, BOARD, POSITION):
            return True
        return self.opens_person(i)

    # -------------------------------------------------------------- organizations

    def find_orgs(self) -> None:
        s = self.s
        done = 0  # tokens before this are inside an organization already built
        for i in sorted(self.c.by_label[ORG_HEAD]):
            if i < done:
                continue
            head = self.head_at(i)
            if head is None or i in self.org_at or self.c.inside_exclusion[i] or self.c.inside_other[i] \
                    or self.glued(i) or self.in_noise(i):
                continue
            if s.lower[i] and not s.caps_line[i] and not self.lower_head_ok(i, head[0]):
                continue
            idx = self.build_org(i, head)
            done = max(i + 1, self.orgs[idx].end)
        for o in self.orgs:  # "lãnh đạo UBND, Phòng Nội vụ các huyện": a head listed with bodies of every place
            if o.bare and o.end + 1 < s.n and (s.words[o.end] == "," or s.norms[o.end] == "và") and \
                    not s.hard_break[o.end + 1]:
                nxt = self.org_at.get(o.end + 1)
                if nxt is not None and self.orgs[nxt].generic and not self.orgs[nxt].bare:
                    o.generic = True
        self.find_branches()

    def find_branches(self) -> None:
        """A brand written in title case before "chi nhánh" and a place ("Agribank chi nhánh huyện Năm Căn"): the
        branch of an enterprise, though no head word names it."""
        s = self.s
        branch = norm_key("chi nhánh")
        # the token before each "chi nhánh" cue (every branch the test below accepts starts one)
        before = sorted(start - 1 for start, (_, key) in self.c.by_label[ADMIN].items() if key == branch and start > 0)
        for i in before:
            if i >= s.n - 2:
                break
            if not (s.alpha[i] and s.title[i] and not s.upper[i]) or not self._branch_at(i + 1) or \
                    self.c.winner(i) is not None or self.starts_person(i) or self.in_noise(i) or \
                    self.covered_by_org(i) or i in self.org_at:
                continue
            j = self.is_admin(i + 1)[0]
            adm = self.is_admin(j) if j < s.n else None
            if adm and adm[1] > 0:
                j = adm[0]
            place = j
            while j < s.n and self.is_cap_word(j) and not s.hard_break[j] and not self.in_noise(j):
                j += 1
            if j == place:
                continue
            cand = OrgCandidate(start=i, end=j, head_end=i + 1, head=s.norms[i], type="enterprise",
                                char_start=s.starts[i], char_end=s.ends[j - 1])
            cand.text = s.text[cand.char_start:cand.char_end]
            self.org_at[i] = len(self.orgs)
            self.orgs.append(cand)

    def is_count(self, i: int) -> bool:
        """A number that counts what follows ("46 Công đoàn cơ sở"), not the end of a date or a year."""
        s = self.s
        if not s.digit[i] or len(s.words[i]) > 3:
            return False
        return not (i > 0 and s.starts[i] == s.ends[i - 1] and s.words[i - 1] in ("/", "-", ".", ":"))

    def glued(self, i: int) -> bool:
        """A head written inside a document number ("Quyết định số 12/QĐ-UBND") is no organization."""
        s = self.s
        return i > 0 and s.starts[i] == s.ends[i - 1] and s.words[i - 1] in ("-", "/", "_", ".")

    def lower_head_ok(self, i: int, end: int) -> bool:
        """A head written in lower case counts before a capitalized name ("sở Nội vụ", "ban Thi đua") or right
        after a position ("Bí thư chi bộ")."""
        s = self.s
        if i in self.c.implied_starts and i + 1 < end:
            return True  # "Phó Trưởng ban Dân vận Tỉnh ủy": the head the position names, in its case
        nxt = self.head_at(end) if end < s.n and s.cap[end] and not s.hard_break[end] else None
        if nxt and nxt[1].split()[:end - i] == s.norms[i:end]:
            return False  # "Trưởng ban Ban Quản lý …": the word is the position's, the body is named after it
        if end < s.n and not s.hard_break[end] and (s.cap[end] or self.c.at(ORG_NAME, end)):
            # "quốc Hội …" is no head: a head in lower case is in lower case throughout
            return all(s.lower[k] or s.upper[k] for k in range(i, end))
        info = self.lex.org_heads.get(self.c.winner(i)[2])
        if info and info.growth == "group" and end < s.n and s.norms[end] in ("các", "số"):
            return True  # "khối thi đua các đơn vị trường học"
        return i in self.c.position_ends

    def build_org(self, i: int, head: tuple[int, str], parent: int | None = None,
                  plural_ok: bool = False) -> int:
        s = self.s
        end, key = head
        info = self.lex.org_heads.get(key, _OTHER_HEAD)
        idx = len(self.orgs)
        cand = OrgCandidate(start=i, end=end, head_end=end, head=key, type=info.type, keep_bare=info.keep_bare,
                            lower_head=s.lower[i] and not s.caps_line[i], parent=parent)
        prev = i - 1
        if prev >= 0 and not s.hard_break[i]:
            if s.norms[prev] in _PLURAL or self.is_count(prev):
                cand.generic = not plural_ok
            cand.after_board = i in self.board_ends
        self.orgs.append(cand)
        self.org_at.setdefault(i, idx)
        if info.growth == "fixed":
            cand.end = self.grow_fixed(end, cand)
        else:
            cand.end = self.grow(end, cand, idx, group=info.growth == "group")
        cand.bare = cand.end == cand.head_end and info.growth != "fixed"
        if cand.bare and cand.lower_head and end - i > 1 and s.cap[i + 1]:
            cand.lower_head = False  # "Trưởng phòng Tổ chức cán bộ": a head that names the department in full
        if cand.bare and cand.end < s.n and s.norms[cand.end] in ("các", "những") and not s.hard_break[cand.end]:
            cand.generic = True  # "UBND các tỉnh", "HĐND các cấp"
        if parent is not None and self.orgs[parent].type == cand.type and cand.type != "emulation_group" and \
                self.orgs[parent].head != norm_key("Văn phòng"):  # "Văn phòng Ban ATGT tỉnh": the office of a body
            cand.same_type_owner = True  # "Ban Tuyên giáo Thành ủy": the party body inside a party body's name
        cand.char_start, cand.char_end = s.starts[i], s.ends[cand.end - 1]
        cand.text = s.text[cand.char_start:cand.char_end]
        return idx

    def grow_fixed(self, j: int, cand: OrgCandidate) -> int:
        s = self.s
        if j + 1 < s.n and s.norms[j] == "việt" and s.norms[j + 1] == "nam" and not s.hard_break[j]:
            j += 2
        return self.paren_abbreviation(j, cand) or j

    def paren_abbreviation(self, j: int, cand: OrgCandidate) -> int | None:
        """End after "(ABBR)" at ``j`` (an abbreviation in parentheses, maybe followed by capitalized words)."""
        s = self.s
        if j + 2 < s.n and s.words[j] == "(" and s.words[j + 2] == ")" and s.alpha[j + 1] and s.cap[j + 1] and \
                j + 3 < s.n and self.is_admin(j + 3) and self.is_admin(j + 3)[1] == 0:
            # a brand name before a branch: "Ngân hàng … Việt Nam (Agribank) chi nhánh tỉnh …"
            cand.abbreviation = cand.abbreviation or s.words[j + 1]
            return j + 3
        if j >= s.n or s.words[j] != "(" or j + 2 >= s.n or not s.upper[j + 1]:
            return None
        k = j + 2
        while k < s.n and k - j <= 5 and s.words[k] != ")":
            if not (s.cap[k] or s.digit[k] or s.words[k] in ("&", "-", ".")):
                return None
            k += 1
        if k >= s.n or s.words[k] != ")":
            return None
        cand.abbreviation = cand.abbreviation or s.text[s.starts[j + 1]:s.ends[k - 1]]
        return k + 1

    def phrase_end(self, j: int, phrases: frozenset[str], longest: int = 5) -> int | None:
        """End of the longest phrase of ``phrases`` written in lower case from ``j``."""
        s = self.s
        for n in range(min(longest, s.n - j), 0, -1):
            if " ".join(s.norms[j:j + n]) in phrases and \
                    all(not s.alpha[k] or s.lower[k] for k in range(j, j + n)) and \
                    not any(s.hard_break[k] for k in range(j + 1, j + n)):
                return j + n
        return None

    def unit_noun_end(self, j: int) -> int | None:
        """End of a lower-case unit noun ("bệnh viện", "nhà trường") closing a body's name: nothing capitalized
        follows it (a capital would begin the unit's own name: "Công đoàn Bệnh viện Đa khoa …")."""
        s = self.s
        if not s.alpha[j] or not s.lower[j] or s.caps_line[j]:
            return None
        k = self.phrase_end(j, self.lex.unit_nouns, 3)
        if k is None or (k < s.n and not s.hard_break[k] and (self.is_cap_word(k) or s.upper[k] or self.is_admin(k))):
            return None
        return k

    def grow(self, j: int, cand: OrgCandidate, idx: int, group: bool) -> int:
        """End of the name that follows an organization head ending at ``j`` (see the module docstring)."""
        s = self.s
        end = j  # committed end
        last = "head"  # head | cap | low | admin | num | place | plural
        cap_run = 0
        low_run = 0
        admin_rank = 0
        tentative = False  # lower-case words right after the head, not committed yet
        seen_cap = False
        while j < s.n:
            if s.hard_break[j] or self.in_noise(j):
                break
            w, nm = s.words[j], s.norms[j]
            if last == "head" and cand.type in _UNIT_HEAD_TYPES and self.starts_person(j) and \
                    self.c.winner(cand.start)[2].split()[-1] in self.lex.unit_nouns:
                break  # "Bí thư Đoàn trường Trần Minh Khôi": the head names the body in full, a person follows
            if last == "head" and cand.type in _UNIT_BODY_TYPES:
                k = self.unit_noun_end(j)
                if k is not None:
                    end = k  # "Công đoàn bệnh viện", "Chi bộ nhà trường": the body of the unit itself
                    break
            # a known official name with commas or "và" inside
            hit = self.c.at(ORG_NAME, j)
            if hit and last in ("head", "cap", "admin", "place") and (s.cap[j] or s.caps_line[j] or last != "admin"):
                j = end = hit[0]
                last, cap_run, low_run, tentative = "cap", 0, 0, False
                continue
            if self.is_stop(j, group) and not (group and not seen_cap and s.norms[j - 1] in ("các", "những")):
                break  # (inside a bloc's description a word after "các" is a noun: "các tổ chức tín dụng")
            stop_hit = self.c.at(STOP, j) if group else None
            if stop_hit and seen_cap and not (stop_hit[0] < s.n and self.is_admin(stop_hit[0])):
                stop_hit = None  # after a capitalized word only the place the bloc covers ("… đóng trên địa bàn tỉnh")
            if stop_hit and stop_hit[0] - j > 1 and self.lex.stopwords.get(stop_hit[1]) == "name" and \
                    "thuộc" not in stop_hit[1] and \
                    (s.lower[j] or s.caps_line[j]):
                j = end = stop_hit[0]  # "… thương mại trên địa bàn tỉnh …"
                last, low_run = "low", 0
                continue
            if w == "(":
                k = self.paren_abbreviation(j, cand)
                if k is None:
                    break
                j = end = k
                continue
            if nm == "-":
                if group and j + 1 < s.n and self.head_at(j + 1) and last in ("num", "cap", "place"):
                    nested = self.build_org(j + 1, self.head_at(j + 1), parent=idx)
                    j = end = self.orgs[nested].end  # "Cụm thi đua số 7 - Bộ Công an"
                    break
                if j + 1 < s.n and self.is_cap_word(j + 1) and not self.opens_other(j + 1):
                    j += 1
                    last, cap_run = "dash", 0
                    continue
                if j + 1 < s.n and last == "low" and tentative and self.is_cap_word(j + 1):
                    j += 1  # "Đài phát thanh -Truyền hình tỉnh"
                    last, cap_run = "dash", 0
                    continue
                if group and last == "low" and not seen_cap and j + 1 < s.n and s.alpha[j + 1] and \
                        s.lower[j + 1] and not s.hard_break[j + 1] and not self.is_stop(j + 1, group) and \
                        not self.is_admin(j + 1):
                    j += 1  # "Khối thi đua các sở kinh tế – kỹ thuật tỉnh": a compound of the description
                    continue
                break
            if nm == "và" and w != "," and not (group and not seen_cap and last == "low"):
                if (j + 1 < s.n and self.is_cap_word(j + 1) and not self.opens_other(j + 1)
                        and not self.stop_word_at(j + 1)  # "… huyện Gia Lộc và Giấy khen cho …"
                        and last in ("cap", "low", "place") and not tentative):
                    j += 1
                    last, cap_run = "dash", 0
                    continue
                break
            if group and not seen_cap and last == "low" and (w == "," or nm == "và") and j + 1 < s.n and \
                    s.alpha[j + 1] and s.lower[j + 1] and not self.is_stop(j + 1, group) and \
                    not s.hard_break[j + 1]:
                j += 1  # "Khối thi đua phòng, ban, đơn vị trực thuộc Sở …"
                continue
            if group and w == "," and last == "admin" and not seen_cap and j + 1 < s.n and not s.hard_break[j + 1]:
                adm = self.is_admin(j + 1)
                if adm and adm[1] > 0 and not (adm[0] < s.n and self.is_cap_word(adm[0])):
                    j = end = adm[0]  # "… các huyện, thị xã tỉnh Hưng Yên": a list of the levels the bloc covers
                    admin_rank = max(admin_rank, adm[1])
                    continue
            if group and w == "," and last in ("cap", "low"):
                k = self.group_list(j)
                if k is not None:
                    j = end = k  # "Khối thi đua các cơ quan Đảng, Mặt trận và đoàn thể tỉnh …"
                    last, cap_run, low_run, seen_cap = "low", 0, 0, False
                    continue
            if w == "," and cand.type == "school" and cand.head != norm_key("Đại học") and last in ("cap", "low", "place") and \
                    j + 1 < s.n and (self.head_at(j + 1) or (0, ""))[1] == norm_key("Đại học"):
                # "Trường Đại học Nông nghiệp, Đại học Thái Nguyên": a member school, then its university
                nested = self.build_org(j + 1, self.head_at(j + 1), parent=idx)
                self.orgs[nested].same_type_owner = False  # the university is a body of its own
                j = end = self.orgs[nested].end
                break
            if w == ",":
                k = self.comma_continuation(j, last, admin_rank)
                if k is None:
                    break
                j = end = k
                last = "place"
                continue
            head = self.head_at(j) if (s.cap[j] or s.upper[j]) else None
            if head and last == "plural":
                j = end = head[0]  # "Liên đoàn Lao động các Khu Chế xuất": a plural head after "các" is a name word
                last, cap_run, low_run = "cap", 2, 0
                continue
            if head:
                if last == "head" and cand.type == "unit_department" and \
                        not self.lex.org_heads.get(head[1], _OTHER_HEAD).keep_bare and \
                        self.lex.org_heads.get(head[1], _OTHER_HEAD).type not in ("unit_department", cand.type):
                    # "phòng Thanh tra – Thi đua khen thưởng TAND tỉnh": right after a department's head, a word that
                    # heads bodies elsewhere names the department's field
                    j = end = head[0]
                    last, cap_run, low_run = "cap", 2, 0
                    continue
                if group and last == "low" and not seen_cap:
                    # "Khối thi đua các Bảo tàng": a plural head inside a bloc's description, maybe with a name in
                    # sentence case ("Cụm thi đua các Cục Thống kê khu vực Tây Nguyên")
                    j = end = head[0]
                    last, cap_run, low_run = "cap", 0, 0
                    continue
                if s.norms[j - 1] in _PLURAL:
                    break
                nested = self.build_org(j, head, parent=idx)
                j = end = self.orgs[nested].end
                if group and (self.orgs[nested].generic or self.orgs[nested].bare) and j < s.n and \
                        s.norms[j] in ("các", "những") and not s.hard_break[j]:
                    # "Cụm thi đua số 2 Liên đoàn Lao động các huyện, thị xã tỉnh …": the members' kind, then more
                    last, cap_run, low_run, seen_cap = "low", 0, 0, False
                    continue
                break
            if self.board_at(j) is not None:
                break
            if self.opens_person(j) and not (last == "admin" and s.title[j] and
                                             self.lex.honorifics.get(self.honorific_at(j)[1]) in _ADDRESS_KINDS):
                break  # after a place level, "Cô", "Bà", "Ông" begin a place name ("huyện Cô Tô")
            w_pos = self.c.winner(j)
            if w_pos and w_pos[0] == POSITION and s.title[j] and last in ("cap", "place"):
                j = end = w_pos[1]  # "Khu di tích Phủ Chủ tịch": a position word inside a name
                last, cap_run, low_run = "cap", 2, 0
                continue
            if self.person_after_name(j, end > cand.head_end and last in ("cap", "low") and not s.upper[end - 1],
                                      last == "admin" or (last == "head" and cand.keep_bare)):
                break  # "Giám đốc Sở Tài nguyên và Môi trường Võ Văn A": the name after the body is a person
            if s.upper[j] and not s.caps_line[j] and j + 1 < s.n and s.words[j + 1] == "." and \
                    (self.is_admin(j) or (0, 0))[0] == j + 2 and j + 2 < s.n and self.is_cap_word(j + 2):
                j = end = j + 2  # "UBND TP. Hà Tĩnh": the abbreviated level keeps its dot, its name follows
                admin_rank = max(admin_rank, self.is_admin(j - 2)[1])
                last, cap_run, low_run, tentative = "admin", 0, 0, False
                continue
            if (self.is_cap_word(j) or s.upper[j]) and not (s.norms[j] == "chi" and self.is_admin(j)):
                if tentative and self.document_at(j):
                    break  # "đề nghị Tỉnh đoàn bám sát Chỉ thị số 42": a verb, then the document it cites
                seen_cap = True
                if last in ("place",) and s.title[j] and self.starts_person(j) and not (
                        cap_run == 1 and j + 1 < s.n and self.starts_person(j + 1)):
                    break  # "tỉnh Hải Dương Đặng Minh Thu": a place name has two syllables before the person
                if s.upper[j] and not s.caps_line[j]:
                    cap_run = 0  # an abbreviation ("CP", "TNHH") does not make a proper-name run
                else:
                    cap_run = cap_run + 1 if last in ("cap", "place") else 1
                j += 1
                end = j
                last = "place" if last == "admin" or (last == "place" and cap_run > 1) else "cap"
                low_run, tentative = 0, False
                continue
            if s.digit[j]:
                nxt = j + 1
                if nxt + 1 < s.n and s.starts[nxt] == s.ends[j] and s.words[nxt] in ("/", ".", "-", ":") and \
                        s.digit[nxt + 1]:
                    break  # a date or a number ("18/7/2022"), not part of the name
                if nxt + 1 < s.n and s.norms[nxt] in _SPANS and s.norms[nxt + 1] in ("liền", "liên") and \
                        not s.hard_break[nxt]:
                    break  # "Trung đoàn 5 năm liền đạt …": a count of years, not a numbered unit
                adm_next = self.is_admin(nxt) if nxt < s.n else None
                if adm_next and (adm_next[1] == 0 or last == "so"):
                    adm_next = None  # "Cụm thi đua số 2 ngành Y tế", "Cụm thi đua số 2 tỉnh Yên Bái"
                if nxt < s.n and not s.hard_break[nxt] and (adm_next or (
                        s.alpha[nxt] and s.lower[nxt] and not self.is_stop(nxt, group) and not self.is_admin(nxt)
                        and s.norms[nxt] not in ("các", "những", "và"))):
                    if adm_next:
                        cand.generic = True  # "Sở VHTTDL 7 tỉnh": one name for several bodies
                    break
                j = end = j + 1
                last, tentative = "num", False
                continue
            adm = self.is_admin(j)
            if adm:
                if last == "head" and s.norms[j] in ("ngành", "khu vực", "chi nhánh", "miền", "vùng", "tuyến") and \
                        not (j + 1 < s.n and self.is_cap_word(adm[0])) and not group:
                    break
                j = adm[0]
                if adm[1] > 0:
                    admin_rank = adm[1]
                end = j
                # after a place level come place names; after a connector ("ngành", "khu vực") any name
                last = "admin" if adm[1] > 0 else "head"
                cap_run, low_run, tentative = 0, 0, False
                continue
            if nm == "số" and j + 1 < s.n and s.digit[j + 1]:
                j += 1
                last = "so"
                continue
            if s.alpha[j] and (s.lower[j] or s.caps_line[j]):
                if nm == "cấp" and not group and j + 1 < s.n and not s.hard_break[j + 1]:
                    adm = self.is_admin(j + 1)
                    if adm and adm[1] > 0 and not (adm[0] < s.n and self.is_cap_word(adm[0])):
                        cand.generic = True  # "Chi cục Thống kê cấp huyện": the bodies of every district
                        break
                if group and nm in ("thuộc", "trực"):
                    k = j + 2 if nm == "trực" and j + 1 < s.n and s.norms[j + 1] == "thuộc" else j + 1
                    if nm == "trực" and k == j + 1:
                        break
                    j = end = k
                    last, tentative, seen_cap = "thuoc", False, False
                    continue
                if group and nm in ("các", "những"):
                    seen_cap = False  # "… (VHTTDL) các tỉnh miền núi": the description goes on
                if nm == "các" and last == "head" and not group and self.plural_in_name(j + 1):
                    j += 1  # "Ban Quản lý các Khu kinh tế tỉnh", "Liên đoàn Lao động các Khu công nghiệp"
                    last = "plural"
                    continue
                if nm in ("các", "những") and last == "head" and not group:
                    break
                if nm in ("các", "những") and not group and j + 1 < s.n and self.is_admin(j + 1):
                    cand.generic = True  # "Phòng Nội vụ các huyện": one name for several bodies
                    break
                if group and last in ("head", "low", "admin", "num", "thuoc", "cap", "place") and not seen_cap:
                    if low_run >= self.MAX_LOW_GROUP:
                        break
                    low_run += 1
                    j = end = j + 1
                    last = "low"
                    continue
                if last == "head" or tentative:
                    if low_run >= self.MAX_LOW_AFTER_HEAD or nm in _PLURAL:
                        break
                    tentative = True
                    low_run += 1
                    j += 1
                    last = "low"
                    continue
                if last in ("cap",) and cap_run == 1 or last == "low":
                    if low_run >= self.MAX_LOW_AFTER_CAP:
                        break
                    low_run += 1
                    j = end = j + 1
                    last = "low"
                    continue
                break
            break
        return end

    def document_at(self, k: int) -> bool:
        """A kind of document ("Chỉ thị", "Kế hoạch", "Nghị quyết liên tịch") written from ``k``."""
        kinds = self.lex.document_kinds
        return any(" ".join(self.s.norms[k:k + n]) in kinds for n in (1, 2, 3))

    def plural_in_name(self, k: int) -> bool:
        """A capitalized noun after "các" right after a body's head names its members ("Ban Quản lý các Khu kinh tế
        tỉnh", "Công đoàn các Khu công nghiệp"): not a place level ("UBND các Huyện"), a person, a position or a
        board, and in a sentence (a heading in capitals says nothing by its case)."""
        s = self.s
        if k >= s.n or s.hard_break[k] or s.caps_line[k] or not self.is_cap_word(k) or self.in_noise(k):
            return False
        if self.c.at(ADMIN, k) or s.norms[k] in self.lex.admin or self.starts_person(k) or self.opens_person(k):
            return False
        w = self.c.winner(k)
        return not (w and w[0] in (POSITION, BOARD, HONORIFIC, NOT_ORG_HEAD))

    def group_list(self, j: int) -> int | None:
        """End of the rest of a list inside a bloc's description (", Mặt trận và đoàn thể"): short items, none an
        organization, a stop word or a number, closed by "và" and one more item."""
        s = self.s
        k = j
        items = 0
        while k < s.n and s.words[k] in (",",) or (k < s.n and s.norms[k] == "và"):
            closing = s.norms[k] == "và"
            m = k + 1
            n_words = 0
            while m < s.n and n_words < 3 and s.alpha[m] and not s.hard_break[m] and not self.is_stop(m, True) \
                    and not self.head_at(m) and s.norms[m] != "và" and not self.is_admin(m):
                m += 1
                n_words += 1
            if n_words == 0:
                return None
            items += 1
            k = m
            if closing:
                return k if items >= 2 else None
        return None

    def person_after_name(self, j: int, named: bool, bare: bool) -> bool:
        """A person's full name (three or four capitalized syllables led by a family name) at ``j``: right after an
        organization's descriptive name (``named``: "Thứ trưởng Bộ Nội vụ Vũ Chiến Thắng"), or (``bare``) after a
        place level or a head that names a body on its own, with a middle name in second place ("Chủ tịch UBND
        huyện Đỗ Thị Mai", "Bí thư Huyện ủy Nguyễn Văn A"; "UBND huyện Triệu Sơn" stays a place, "Trường THPT Tôn
        Đức Thắng" a school)."""
        s = self.s
        if not (named or bare) or not self.starts_person(j) or j + 2 >= s.n:
            return False
        if not (s.title[j + 1] and s.alpha[j + 2] and s.title[j + 2]) or self.c.at(NOT_PERSON, j):
            return False
        # "Tỉnh ủy Y Biêr Niê": a Central Highlands name has its prefix first and no middle name
        return named or s.norms[j + 1] in self.lex.middle_names or self.lex.is_name_prefix(s.norms[j])

    def comma_continuation(self, j: int, last: str, admin_rank: int) -> int | None:
        """End of what a comma inside a name adds: a higher place level ("khối 7, phường Hưng Bình") or the rest
        of a list of places ("huyện Hậu Lộc, Hoằng Hóa và Nga Sơn")."""
        s = self.s
        k = j + 1
        if k >= s.n or s.hard_break[k]:
            return None
        adm = self.is_admin(k)
        if adm and adm[1] > 0 and (adm[1] > admin_rank > 0 or (admin_rank == 0 and last == "cap")) and \
                adm[0] < s.n and self.is_cap_word(adm[0]):
            # "khối 7, phường Hưng Bình": a higher level; "Trường THPT Lê Quý Đôn, huyện Bù Đăng": the place of a
            # body named without one
            m = adm[0]
            while m < s.n and self.is_cap_word(m) and not s.hard_break[m]:
                m += 1
            return m
        if last != "place":
            return None
        # a list of places: ", A, B và C" — only if it closes with "và" + a capitalized word
        m = k
        while m < s.n:
            if not self.is_cap_word(m) or self.opens_other(m):
                return None
            while m < s.n and self.is_cap_word(m) and not s.hard_break[m]:
                m += 1
            if m < s.n and s.words[m] == ",":
                m += 1
                continue
            if m + 1 < s.n and s.norms[m] == "và" and self.is_cap_word(m + 1) and not self.opens_other(m + 1):
                m += 1
                while m < s.n and self.is_cap_word(m) and not s.hard_break[m]:
                    m += 1
                return m
            return None
        return None

    # -------------------------------------------------------------- people

    def covered_by_org(self, i: int) -> bool:
        return any(o.start <= i < o.end and not o.bare for o in self.orgs)

    def org_starting(self, i: int) -> int | None:
        """Index of the outermost organization candidate starting at token ``i``."""
        return self.org_at.get(i)

    def find_people(self) -> list[PersonCandidate]:
        s = self.s
        people: list[PersonCandidate] = []
        taken: set[int] = set()
        covered = [False] * s.n
        for o in self.orgs:
            if not o.bare:
                for k in range(o.start, o.end):
                    covered[k] = True
        # 1. honorific + name
        i = 0
        honorific_starts = self.c.by_label[HONORIFIC]
        while i < s.n:
            hon = self.honorific_chain(i) if i in honorific_starts else None
            if hon is None or self.in_noise(i):
                i += 1
                continue
            h_end, hon_kind = hon
            j = h_end
            if self.plural_before(i):
                i = self.name_list(i, h_end, covered, people, taken)
                continue
            if j < s.n and s.norms[j] == "-" and j + 1 < s.n and self.is_cap_word(j + 1):
                j += 1
            n_end = self.name_end(j, covered)
            if n_end > j and (hon_kind not in _ADDRESS_KINDS or n_end - j >= 1) and not self.plural_before(i):
                p = self.person(j, n_end, hon_start=i, hon_end=h_end)
                if p:
                    people.append(p)
                    taken.update(range(i, n_end))
                    i = n_end
                    continue
            i = max(i + 1, h_end)
        title_starts = {t.start for p in people for t in p.titles}  # positions already given to someone
        in_title: set[int] = set()  # tokens of a title given in this step ("Phó Chủ tịch" holds "Chủ tịch")
        # 2. a position (and its organization) right before a family-name-led name ("Thủ tướng Phạm Minh Chính",
        #    "Giám đốc Sở Tài nguyên và Môi trường Võ Văn A")
        for i, (p_end, _) in sorted(self.c.by_label[POSITION].items()):
            w = self.c.winner(i)
            if not w or w[0] != POSITION or p_end >= s.n or i in taken or i in in_title or self.in_noise(i):
                continue
            if i > 0 and not s.hard_break[i] and s.norms[i - 1] in ("nguyên", "quyền") and \
                    self.position_at(i - 1) == (p_end, w[2]) and i - 1 not in taken:
                i -= 1  # "Quyền Giám đốc Sở Y tế Lê Văn A": the prefix is part of the title
            title = self.one_title(i, first=True)
            k = title.end if title is not None else p_end
            if k + 1 < s.n and s.words[k] == "," and k + 1 in taken and k + 1 in self.c.by_label[HONORIFIC] and \
                    not (i > 0 and s.norms[i - 1] in ("của", "quyền", "nước")) and i not in title_starts:
                k += 1  # "Viện trưởng Viện Kiểm sát nhân dân tỉnh, ông Bùi Văn A, đề nghị …" (not "thừa ủy quyền
                # của Chủ tịch nước, ông A …": that position is someone else's)
            if k < s.n and k in taken and not s.hard_break[k]:
                # "Giám đốc Công an tỉnh Đại tá Phạm Văn A": the position written before an honorific and a name
                hon = self.honorific_chain(k) if k in self.c.by_label[HONORIFIC] else None
                after = next((p for p in people if hon and p.start == hon[0]), None)
                if after is not None and title is not None:
                    after.titles.insert(0, title)
                    in_title.update(range(title.start, title.end))
                continue
            if k >= s.n or covered[k] or not self.starts_person(k) or s.hard_break[k]:
                continue
            n_end = self.name_end(k, covered)
            if 2 <= n_end - k <= 4:
                p = self.person(k, n_end)
                if p:
                    p.titles.insert(0, title if title is not None else self.make_title(i, p_end, None))
                    p.titles[:0] = self.titles_before(p.titles[0].start, taken, title_starts)
                    people.append(p)
                    taken.update(range(i, n_end))
        # 3. family-name-led name written right before a title ("Lê Văn A – Giám đốc Sở …")
        for i in self.family_starts:
            if i in taken or covered[i] or self.in_noise(i) or self.honorific_at(i) is not None:
                continue
            if i > 0 and (s.title[i - 1] and s.alpha[i - 1]) and not s.hard_break[i]:
                continue  # inside a longer capitalized run
            if i > 0 and not s.hard_break[i] and s.lower[i - 1] and s.alpha[i - 1]:
                continue  # a name right after a lower-case word is a place ("chi nhánh Ninh Bình") or inside a phrase
            n_end = self.name_end(i, covered)
            if not (2 <= n_end - i <= 4) or n_end >= s.n:
                continue
            k = n_end
            if s.words[k] in ("-", "–", "—", ",", "(") or s.norms[k] == "-":
                k += 1
            if self.position_at(k) is None:
                continue
            p = self.person(i, n_end)
            if p and p.titles:
                people.append(p)
                taken.update(range(i, n_end))
        people.sort(key=lambda p: p.start)
        return people

    def titles_before(self, k: int, taken: set[int], given: set[int]) -> list[TitleCandidate]:
        """Titles written before a title that precedes a name, separated by commas ("Ủy viên Trung ương Đảng, Bí
        thư Tỉnh ủy Nguyễn Văn A"): each must end right at the comma, be nobody's title yet, and not follow "của"
        ("Bằng khen của Chủ tịch UBND tỉnh, …": that position is someone else's)."""
        s = self.s
        out: list[TitleCandidate] = []
        while k > 1 and s.words[k - 1] == "," and not s.hard_break[k]:
            found = None
            for m in range(max(0, k - 16), k - 1):
                if m in taken or m in given or self.in_noise(m) or self.position_at(m) is None or \
                        (m > 0 and s.norms[m - 1] in ("của", "quyền", "nước")) or \
                        any(s.hard_break[x] for x in range(m + 1, k)):
                    continue
                t = self.one_title(m, first=True)
                if t is not None and t.end == k - 1:
                    found = t
                    break
            if found is None:
                break
            out.insert(0, found)
            k = found.start
        return out

    def name_list(self, i: int, k: int, covered: Sequence[bool], people: list[PersonCandidate],
                  taken: set[int]) -> int:
        """People listed after a plural honorific ("các đồng chí: Nguyễn Văn A, Bí thư …; Trần Thị B …"): each a
        family-name-led name, maybe with titles, separated by commas, semicolons or "và". Returns where it ends."""
        s = self.s
        shared = None  # "các đồng chí Phó Giám đốc Sở: A, B": one position for everyone listed
        if k < s.n and self.position_at(k) is not None:
            t = self.one_title(k, first=True)
            if t is not None and t.end < s.n and s.words[t.end] == ":" and not s.hard_break[t.end]:
                shared, k = t, t.end
        if k < s.n and s.words[k] == ":":
            k += 1
        first = len(people)
        while k < s.n and not s.hard_break[k] and self.starts_person(k) and not covered[k]:
            n_end = self.name_end(k, covered)
            if not 2 <= n_end - k <= 4:
                break
            p = self.person(k, n_end, hon_start=None)
            if p is None:
                break
            if shared is not None and not p.titles:
                p.titles.append(self.make_title(shared.start, shared.end, shared.org))
            people.append(p)
            taken.update(range(k, n_end))
            k = max([n_end] + [t.end for t in p.titles])
            if k < s.n and (s.words[k] in (",", ";") or s.norms[k] == "và") and k + 1 < s.n:
                k += 1
                continue
            break
        listed = people[first:]
        for p, nxt in reversed(list(zip(listed, listed[1:]))):
            if not p.titles and nxt.titles and nxt.start == p.end + 1 and \
                    (s.words[p.end] == "," or s.norms[p.end] == "và"):
                # "các ông A và B, Phó Giám đốc Sở": the title written once belongs to every name before it
                p.titles = [self.make_title(t.start, t.end, t.org) for t in nxt.titles]
        return max(k, i + 1)

    def plural_before(self, i: int) -> bool:
        return i > 0 and self.s.norms[i - 1] in _PLURAL and not self.s.hard_break[i]

    def honorific_chain(self, i: int) -> tuple[int, str] | None:
        """(end, kind of the first) of the honorifics starting at ``i`` ("Trung tướng GS. TS.", "Thiếu tướng, PGS.TS.")."""
        s = self.s
        hon = self.honorific_at(i)
        if hon is None:
            return None
        kind = self.lex.honorifics.get(hon[1], "address")
        if kind in _ADDRESS_KINDS and s.cap[i] and i > 0 and self.is_cap_word(i - 1) and not s.hard_break[i]:
            return None  # "Ngày Thầy thuốc Việt Nam", "Mai Anh Tuấn": a syllable of a name
        if kind in _ADDRESS_KINDS and s.lower[i] and s.norms[i] not in ("đồng", "đ"):
            # "ông", "bà", "anh" … count only right before a capitalized name
            if hon[0] >= s.n or not s.title[hon[0]]:
                return None
        end = hon[0]
        while end < s.n:
            k = end
            while k < s.n and s.words[k] in (".", ",") and k - end < 2:
                k += 1
            nxt = self.honorific_at(k) if k < s.n else None
            if nxt is None:
                if k > end and s.words[end] == ".":
                    end += 1  # "TS." — keep the dot with the degree
                break
            end = nxt[0]
        return end, kind

    def name_end(self, j: int, covered: Sequence[bool]) -> int:
        """End of a person's name of up to five capitalized syllables starting at ``j``."""
        s = self.s
        k = j
        while k < s.n and k - j < 5:
            if covered[k] or not s.alpha[k] or not s.cap[k] or (s.upper[k] and not s.caps_line[k]):
                break
            if k > j and s.hard_break[k]:
                break
            w = self.c.winner(k)
            if w and w[0] in (POSITION, BOARD):
                break
            if w and w[0] == HONORIFIC and k > j and (
                    self.lex.honorifics.get(w[2]) not in _ADDRESS_KINDS or not s.cap[k]):
                break
            if w and w[0] == ORG_HEAD:
                o = self.org_starting(k)
                if o is None or not self.orgs[o].bare:
                    break
            k += 1
        return k

    def person(self, j: int, n_end: int, hon_start: int | None = None, hon_end: int | None = None,
               source: str = RULE) -> PersonCandidate | None:
        s = self.s
        key = " ".join(s.norms[j:n_end])
        if self.c.at(NOT_PERSON, j) and self.c.at(NOT_PERSON, j)[0] >= n_end or key in self.lex.not_person:
            return None
        p = PersonCandidate(start=j, end=n_end, char_start=s.starts[j], char_end=s.ends[n_end - 1], source=source)
        p.text = s.text[p.char_start:p.char_end]
        if hon_start is not None and hon_end is not None:
            p.honorific_start = s.starts[hon_start]
            p.honorific = s.text[s.starts[hon_start]:s.ends[hon_end - 1]]
        p.titles = self.titles_after(n_end)
        return p

    # -------------------------------------------------------------- titles

    def titles_after(self, k: int) -> list[TitleCandidate]:
        s = self.s
        titles: list[TitleCandidate] = []
        if k >= s.n or s.hard_break[k]:
            return titles
        paren = False
        if s.words[k] == "(" and self.position_at(k + 1) is None:
            close = k + 1
            while close < s.n and close - k < 12 and s.words[close] != ")" and not s.hard_break[close]:
                close += 1
            if close < s.n and s.words[close] == ")" and close + 1 < s.n:
                k = close + 1  # "Đ/c Trần Quốc Việt (thứ 3 từ trái sang), Giám đốc …": an aside, then the title
        if s.words[k] == "(":
            paren = True
            k += 1
        elif s.norms[k] == "-" or s.words[k] in (",", ":"):
            k += 1
        elif self.position_at(k) is None:
            return self.elected_titles(k, titles)
        while k < s.n and not s.hard_break[k]:
            if s.norms[k] == norm_key("tân") and s.lower[k] and self.position_at(k + 1) is not None:
                k += 1  # "tân Chủ tịch Hội …" (newly appointed): the position is the title
            t = self.one_title(k, first=not titles)
            if t is None:
                break
            titles.append(t)
            k = t.end
            if k + 2 < s.n and s.words[k] == "," and s.norms[k + 1] == "kiêm":
                k += 1  # "Giám đốc Bệnh viện X, kiêm Chủ tịch Hội Y"
            if k < s.n and (s.words[k] == "," or s.norms[k] in ("-", "và", "kiêm")) and k + 1 < s.n:
                if s.words[k] == "," and t.org is not None and (self.orgs[t.org].type in ("unit_department", "center") or
                                                               self.orgs[t.org].head in ("ban", norm_key("Vụ"))) and \
                        self.bare_org_title(k + 1) is not None and t.end == self.orgs[t.org].end:
                    # "Phó trưởng phòng Nghiệp vụ Y, Sở Y tế Khánh Hòa": the unit, then the body it belongs to
                    titles[-1] = t = self.make_title(t.start, self.orgs[self.bare_org_title(k + 1)].end, t.org)
                    k = t.end
                    continue
                if self.position_at(k + 1) is not None or self.standing_board_org(k + 1) is not None or (
                        s.words[k] == "," and self.bare_org_title(k + 1) is not None):
                    k += 1
                    continue
            break
        if paren:
            return titles
        return self.elected_titles(k, titles)

    def elected_titles(self, k: int, titles: list[TitleCandidate]) -> list[TitleCandidate]:
        """Add the position a person is elected or appointed to ("… được bầu giữ chức Bí thư Đảng ủy …")."""
        s = self.s
        if k < s.n and s.words[k] == ",":
            k += 1
        m = k
        seen = False
        while m < s.n and m - k < 5 and s.norms[m] in ("được", "bầu", "bổ", "nhiệm", "giao", "làm", "giữ", "chức",
                                                       "tái", "cử", "tín", "nhiệm", "hiện", "đang", "là"):
            # "… hiện là Phó Bí thư …", "… đang giữ chức …": the position the person holds now
            seen = seen or s.norms[m] in ("bầu", "nhiệm", "giữ", "cử") or (
                s.norms[m] == "là" and m > k and s.norms[m - 1] in ("hiện", "đang"))
            m += 1
        if seen and self.position_at(m) is not None:
            t = self.one_title(m, first=False)
            if t is not None:
                titles.append(t)
        return titles

    def standing_board_org(self, k: int) -> int | None:
        """The organization of a standing board written as a person's position ("Thường trực Huyện ủy")."""
        b_end = self.board_at(k)
        if b_end is None or self.c.winner(k)[2] != norm_key("Thường trực"):
            return None
        o = self.org_starting(b_end)
        return o if o is not None and not self.orgs[o].generic else None

    def bare_org_title(self, k: int) -> int | None:
        """An organization written as a title of its own ("Đảng ủy viên, Văn phòng Tuyên giáo Đảng ủy xã …")."""
        o = self.org_starting(k)
        if o is None:
            return None
        org = self.orgs[o]
        if org.bare or org.generic or org.lower_head or self.board_at(k) is not None:
            return None
        return o

    def one_title(self, k: int, first: bool) -> TitleCandidate | None:
        s = self.s
        pos = self.position_at(k)
        if pos is None:
            o = self.standing_board_org(k)
            if o is not None:
                return self.make_title(k, self.orgs[o].end, o)  # "Thường trực Huyện ủy"
            if first:
                return None
            o = self.bare_org_title(k)
            if o is None:
                return None
            end = self.orgs[o].end
            if end < s.n and s.words[end] == ",":
                nxt = self.org_starting(end + 1)
                if nxt is not None:
                    return None  # a list of organizations, not a title
            return self.make_title(k, end, o)
        p_end = pos[0]
        if pos[1].endswith(" pho") or pos[1].endswith(" phó"):
            scope = self.phrase_end(p_end, self.lex.position_scopes) if p_end < s.n and not s.hard_break[p_end] \
                else None
            if scope is not None:
                p_end = scope  # "Đồn phó quân sự", "Chỉ huy phó chính trị Ban CHQS huyện": the deputy's area
        if p_end + 2 < s.n and s.norms[p_end] == norm_key("phụ") and s.norms[p_end + 1] == norm_key("trách") and \
                self.org_starting(p_end + 2) is not None:
            p_end += 2  # "Phó Giám đốc phụ trách Trung tâm …": the acting head of the body that follows
        else:
            scope = self.scope_end(p_end)
            if scope is not None:
                return self.make_title(k, scope, None)  # "Phó Hiệu trưởng phụ trách chuyên môn"
        org_idx = None
        end = p_end
        # the organization right after the position, or begun inside it ("Trưởng ban Thi đua- Khen thưởng tỉnh")
        implied = self.lex.positions.get(pos[1])
        back = len(norm_key(implied).split()) if implied else 0
        for start in range(p_end - back, p_end + 1):
            o = self.org_starting(start)
            if o is not None and start >= k and self.orgs[o].end > p_end:
                org_idx, end = o, self.orgs[o].end
                break
        if org_idx is None and p_end < s.n:
            b_end = self.board_at(p_end)
            if b_end is None and back:  # "Trưởng Ban Kiểm soát": the board begun inside the position
                b_end = next((e for e in map(self.board_at, range(max(k, p_end - back), p_end)) if e and e > p_end),
                             None)
            if b_end is not None:
                end = b_end
                o = self.org_starting(b_end)
                if o is not None:
                    org_idx, end = o, self.orgs[o].end
        if org_idx is None and end == p_end and p_end + 1 < s.n and s.norms[p_end] == norm_key("của") and \
                not s.hard_break[p_end + 1]:
            o = self.org_starting(p_end + 1)
            if o is not None and not self.orgs[o].generic and (not self.orgs[o].bare or self.orgs[o].keep_bare):
                org_idx, end = o, self.orgs[o].end  # "Phó Chủ tịch của Ủy ban MTTQ tỉnh": the body after "của"
        if org_idx is None and end == p_end:
            end = self.place_name_run(k, p_end)  # "Trưởng thôn Đông Hòa": the hamlet a position names
        if org_idx is None and end == p_end:
            end = self.title_name_run(p_end)  # "Giám đốc BIDV chi nhánh Ninh Bình"
        if org_idx is not None and end + 1 < s.n and s.norms[end] == "-":
            o = self.org_starting(end + 1)
            if o is not None and not self.orgs[o].bare:
                end = self.orgs[o].end  # "Vụ trưởng Vụ Thi đua Khen thưởng - Bộ Văn hóa, Thể thao và Du lịch"
        if org_idx is not None and end == self.orgs[org_idx].end:
            end = self.scope_end(end) or end  # "Phó Giám đốc Sở Tư pháp phụ trách công tác bổ trợ tư pháp"
        if end + 1 < s.n and s.norms[end] == norm_key("khóa") and not s.hard_break[end + 1] and \
                (s.digit[end + 1] or _ROMAN.fullmatch(s.words[end + 1])):
            end += 2  # "Đại biểu Quốc hội khóa XV", "Ủy viên Ban Chấp hành Đảng bộ tỉnh khóa XX": the term
        return self.make_title(k, end, org_idx)

    MAX_SCOPE = 8

    def scope_end(self, j: int) -> int | None:
        """End of "phụ trách" + the area a deputy is in charge of, at ``j``: a known area ("chuyên môn"), or lower-case
        words up to a punctuation mark, a break or a word that ends a name ("phụ trách công tác bổ trợ tư pháp, …")."""
        s = self.s
        if j + 2 >= s.n or s.norms[j] != "phụ" or s.norms[j + 1] != "trách" or s.hard_break[j + 2]:
            return None
        known = self.phrase_end(j + 2, self.lex.position_scopes)
        if known is not None:
            return known
        k = j + 2
        while k < s.n and k - j - 2 < self.MAX_SCOPE and not s.hard_break[k] and not self.in_noise(k):
            if s.alpha[k] and s.lower[k] and not s.caps_line[k] and not self.is_stop(k):
                k += 1
            elif s.norms[k] == "-" and k > j + 2 and k + 1 < s.n and s.alpha[k + 1] and s.lower[k + 1] and \
                    not s.hard_break[k + 1]:
                k += 1  # "phụ trách khối văn hóa – xã hội"
            else:
                break
        if k == j + 2 or k - j - 2 >= self.MAX_SCOPE:
            return None
        if k < s.n and not s.hard_break[k] and s.alpha[k] and not self.is_stop(k):
            return None  # the words run on into something else ("phụ trách công tác Đảng …")
        return k

    def place_name_run(self, k: int, p_end: int) -> int:
        """End of the place named after a position that ends with a place level ("Trưởng thôn Đông Hòa", "Trưởng
        bản Nà Sài", "Tổ trưởng tổ dân phố số 4"): capitalized words or a number, not a person's name."""
        s = self.s
        j = p_end
        rank = next((self.is_admin(m)[1] for m in range(k + 1, p_end)
                     if (self.is_admin(m) or (0, 0))[0] == p_end and self.is_admin(m)[1] > 0), 0)
        if not rank:
            adm = self.is_admin(p_end) if p_end < s.n and not s.hard_break[p_end] else None
            if not adm or adm[1] <= 0:
                return p_end
            j, rank = adm  # "Tổ trưởng tổ dân phố số 4", "Chủ tịch xã Tân Mỹ", "Phó Chủ tịch tỉnh": the level, its name
        if j + 1 < s.n and s.norms[j] == "số" and s.digit[j + 1]:
            j += 1
        while j < s.n and not s.hard_break[j] and not self.in_noise(j) and (
                (self.is_cap_word(j) and not self.starts_person(j) and self.c.winner(j) is None)
                or (s.digit[j] and self.is_count(j))):
            j += 1
            if s.digit[j - 1]:
                break
        if j > p_end and j < s.n and s.words[j] == "," and self.is_cap_word(j - 1):
            j = self.comma_continuation(j, "place", rank) or j  # "Trưởng thôn Đồng Mán, xã Kim Quan": the higher level
        return j

    def title_name_run(self, k: int) -> int:
        """End of what names a position's organization when no head was recognized: capitalized words (not a
        person's name, not an organization), with branch or place qualifiers ("BIDV chi nhánh Ninh Bình")."""
        s = self.s
        j = k
        # a brand written in title case counts when a branch follows ("Giám đốc Agribank chi nhánh huyện …")
        branch = k + 1 < s.n and s.title[k] and self._branch_at(k + 1)
        while j < s.n and not s.hard_break[j]:
            if (s.upper[j] or (s.title[j] and s.alpha[j])) and not self.starts_person(j) and \
                    self.c.winner(j) is None and not (s.title[j] and j == k and not s.upper[j] and not branch):
                j += 1
                continue
            if j > k:
                adm = self.is_admin(j)
                if adm and adm[0] < s.n and (self.is_cap_word(adm[0]) or self.is_admin(adm[0])):
                    j = adm[0]
                    while j < s.n and self.is_cap_word(j) and not s.hard_break[j]:
                        j += 1  # the place after a connector ("chi nhánh Ninh Bình")
                    continue
            break
        return j if j > k and (branch or any(s.upper[m] for m in range(k, j))) else k

    def _branch_at(self, i: int) -> bool:
        adm = self.is_admin(i)
        return bool(adm) and adm[1] == 0 and " ".join(self.s.norms[i:adm[0]]) == norm_key("chi nhánh")

    def make_title(self, k: int, end: int, org_idx: int | None) -> TitleCandidate:
        s = self.s
        t = TitleCandidate(start=k, end=end, char_start=s.starts[k], char_end=s.ends[end - 1], org=org_idx)
        t.text = s.text[t.char_start:t.char_end]
        return t


def _candidates_component(doc):
    """spaCy component: ORG, PERSON and TITLE candidates from the cues (results in ``doc.user_data``)."""
    lex = lexicons()
    text = doc.user_data.get("thidua_text")
    if text is None:
        text = doc.text
    offsets = doc.user_data.get("thidua_offsets") or [(t.idx, t.idx + len(t)) for t in doc]
    syl = _Syllables(text, offsets, doc.user_data.get("thidua_breaks", ()), doc.user_data.get("thidua_words"),
                     doc.user_data.get("thidua_norms"))
    rules = _Rules(syl, _Cues(doc, lex, syl.norms), lex, doc.user_data.get("thidua_noise", ()))
    rules.find_orgs()
    people = rules.find_people()
    extra_people, extra_orgs = doc.user_data.pop("thidua_ner_spans", ([], []))
    if extra_people or extra_orgs:
        _add_ner(rules, people, extra_people, extra_orgs)
    doc.user_data["thidua_result"] = (rules.orgs, people)
    return doc


# ------------------------------------------------------------------------------------------ NER (optional)

def _make_ner(nlp, name: str, backend: str):
    """spaCy component: a statistical NER backend (:mod:`pipeline.ner`) as a second source of PERSON and ORG spans.

    Runs on the canonical text's content segments; results are read by ``thidua_candidates``.
    """
    from .ner import ner_spans

    def component(doc):
        text = doc.user_data.get("thidua_text")
        if text is None:
            text = doc.text
        doc.user_data["thidua_ner_spans"] = ner_spans(backend, text, doc.user_data.get("thidua_breaks", ()),
                                                      doc.user_data.get("thidua_noise", ()))
        return doc

    return component


def _add_ner(rules: _Rules, people: list[PersonCandidate], ner_people: list[tuple[int, int]],
             ner_orgs: list[tuple[int, int]]) -> None:
    """Add NER spans the rules did not cover: persons of 2–5 capitalized syllables, organizations."""
    s = rules.s

    def tokens_of(a: int, b: int) -> tuple[int, int]:
        return bisect.bisect_left(s.starts, a), bisect.bisect_left(s.starts, b)

    used = [False] * s.n
    for o in rules.orgs:
        if not o.bare:
            for k in range(o.start, o.end):
                used[k] = True
    for p in people:
        for k in range(p.start, p.end):
            used[k] = True
        for t in p.titles:
            for k in range(t.start, t.end):
                used[k] = True
    for a, b in ner_people:
        i, j = tokens_of(a, b)
        if not (2 <= j - i <= 5) or any(used[i:j]) or rules.in_noise(i):
            continue
        if not all(s.alpha[k] and s.title[k] for k in range(i, j)):
            continue
        if i > 0 and (rules.is_admin(i - 1) or (s.lower[i - 1] and s.alpha[i - 1] and not s.hard_break[i])) and \
                not rules.starts_person(i):
            continue  # a place ("tỉnh Lâm Đồng"), not a person
        if rules.is_admin(i) or s.norms[i] in rules.lex.admin:
            continue  # "Tỉnh Ninh Bình", "Huyện Văn Chấn"
        p = rules.person(i, j, source=NER)
        if p is not None:
            people.append(p)
            for k in range(i, j):
                used[k] = True
    for a, b in ner_orgs:
        i, j = tokens_of(a, b)
        if j - i < 2 or any(used[i:j]) or rules.in_noise(i) or not s.cap[i]:
            continue  # one word ("Đảng", "Khối") is no organization of the article
        cand = OrgCandidate(start=i, end=j, head_end=i, head="", type="other", source=NER)
        cand.char_start, cand.char_end = s.starts[i], s.ends[j - 1]
        cand.text = s.text[cand.char_start:cand.char_end]
        rules.orgs.append(cand)
        for k in range(i, j):
            used[k] = True
    people.sort(key=lambda p: p.start)
