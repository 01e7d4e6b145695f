"""Cue words shared by the dates and meeting extractors.

The cue lists are data (models/lexicons/*.tsv); this module only turns them into compiled whole-word patterns on
the folded text (:attr:`pipeline.document.Document.folded`). Sentences are :func:`pipeline.segment.sentence_spans`.
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
