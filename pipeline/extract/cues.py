"""Cue words and sentences shared by the dates and meeting extractors.

The cue lists are data (models/lexicons/*.tsv); this module only turns them into compiled whole-word patterns on
the folded text (:attr:`pipeline.document.Document.folded`), and finds the sentence around an offset with a cheap
splitter that knows the abbreviations of the genre ("TP. Điện Biên Phủ", "PGS.TS. Tô Văn Động").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..clean import fold, fold_tone_marks
from ..resources import data_path, read_table

#: Letters of Vietnamese words (no digits): the whole-word guards of the cue patterns.
WORD_CHARS = "a-zA-Z\u00c0-\u1ef9\u0110\u0111"


def phrase_regex(phrases: list[str] | tuple[str, ...]) -> re.Pattern:
    """Whole-word alternation of phrases (longest first), folded like the text they are matched on."""
    folded = {fold(p) for p in phrases}
    alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(folded, key=len, reverse=True))
    return re.compile(rf"(?<![{WORD_CHARS}\d])(?:{alts})(?![{WORD_CHARS}\d])")


@lru_cache(maxsize=None)
def folded_pattern(pattern: str) -> str:
    """A regex written in ordinary spelling, with its tone marks placed as in the folded text ("đoạn")."""
    return fold_tone_marks(pattern)


@lru_cache(maxsize=None)
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a lexicon under models/lexicons/ (read once per process)."""
    return tuple(read_table(data_path(f"lexicons/{name}")))


@lru_cache(maxsize=None)
def words_regex(name: str, kind: str | None = None) -> re.Pattern:
    """Whole-word pattern of a lexicon's first column (only the rows whose second column is ``kind``, if given)."""
    rows = table(name)
    return phrase_regex([r[0] for r in rows if kind is None or (len(r) > 1 and r[1] == kind)])


# ------------------------------------------------------------------------------------------- sentences

#: A sentence ends at . ! ? … followed by space and an upper-case letter, a quote or a digit; not after a short
#: capitalized abbreviation ("TP.", "TS.", "ThS.", "PGS.TS.") nor after a single initial ("M.T").
_SENT_END = re.compile(r"(?<![.!?…])[.!?…]++[\"”’)]*+\s++(?=[\"“(]?[A-ZĐ\u00c0-\u1ef8\d])")  # linear: one try per run
_ABBREV = re.compile(r"(?:^|[\s(])(?:[A-ZĐ][A-Za-zĐđ]{0,3}\.)*(?P<last>[A-ZĐ][A-Za-zĐđ]{0,3})\.$")


def is_abbreviation(word: str) -> bool:
    """"TP", "Tp", "Q", "ThS", "PGS": a short capitalized word read as an abbreviation before a dot; a short place
    name ending a sentence ("tỉnh Cà Mau.", "tỉnh Trà Vinh.") is not one (one capital, three letters or more)."""
    return 1 <= len(word) <= 4 and (len(word) <= 2 or sum(c.isupper() for c in word) >= 2)


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` (one segment), as (start, end) offsets."""
    spans: list[tuple[int, int]] = []
    s = start
    for m in _SENT_END.finditer(text, start, end):
        ab = _ABBREV.search(text, max(start, m.start() - 12), m.start() + 1)
        if ab and is_abbreviation(ab.group("last")):
            continue
        e = m.start() + len(m.group().rstrip())
        if e > s:
            spans.append((s, e))
        s = m.end()
    if s < end:
        spans.append((s, end))
    return spans
