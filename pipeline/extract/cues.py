"""Lexicons and cue words of every extractor: one loader, one pattern builder.

The cue lists are data (models/lexicons/*.tsv, read once per process); this module only reads their rows and turns
phrases into compiled whole-word patterns on the folded text (:attr:`pipeline.document.Document.folded`): tone
marks folded, lower case, any white space where a phrase has a space, the longest phrase first. Sentences are
:func:`pipeline.segment.sentence_spans`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from ..clean import fold, fold_tone_marks
from ..resources import data_path, read_table

#: Letters of Vietnamese words (no digits): the whole-word guards of the hand-written patterns.
WORD_CHARS = "a-zA-Z\u00c0-\u1ef9\u0110\u0111"

_NEVER = re.compile(r"(?!x)x")


@lru_cache(maxsize=None)
def table(name: str, columns: int | None = None) -> tuple[tuple[str, ...], ...]:
    """Rows of a lexicon ``models/lexicons/<name>`` (exactly ``columns`` fields each, when given)."""
    return tuple(read_table(data_path(f"lexicons/{name}"), columns))


@lru_cache(maxsize=None)
def cue_table(name: str) -> dict[str, tuple[str, ...]]:
    """A cue file (cue <TAB> kind): kind -> its folded cue phrases, longest first."""
    kinds: dict[str, list[str]] = {}
    for row in table(name):
        if len(row) > 1:
            kinds.setdefault(row[1], []).append(fold(row[0]))
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in kinds.items()}


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of ``phrases`` as written (fold them first to match the folded text): longest first, so
    a phrase wins over its own beginning, and any run of white space where a phrase has a space."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=len, reverse=True))


def phrase_regex(phrases: Iterable[str]) -> re.Pattern:
    """Whole-word pattern of ``phrases`` (any spelling) on the folded text; matches nothing when there are none."""
    alts = alternation(fold(p) for p in phrases)
    return re.compile(rf"(?<![\w])(?:{alts})(?![\w])") if alts else _NEVER


@lru_cache(maxsize=None)
def cue_regex(name: str, kind: str | None = None) -> re.Pattern:
    """Whole-word pattern of the cues of ``kind`` in the lexicon ``name`` (of its first column, when no kind)."""
    if kind is None:
        return phrase_regex(row[0] for row in table(name))
    return phrase_regex(cue_table(name).get(kind, ()))


@lru_cache(maxsize=None)
def folded_pattern(pattern: str) -> str:
    """A regex written in ordinary spelling, with its tone marks placed as in the folded text ("đoạn")."""
    return fold_tone_marks(pattern)
