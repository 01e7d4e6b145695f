"""The one lexicon loader and cue pattern builder every extractor uses (pipeline/extract/cues.py)."""

from __future__ import annotations

import pytest

from pipeline.clean import fold
from pipeline.extract import cues


def _found(rx, text: str) -> list[str]:
    folded = fold(text)
    return [text[m.start():m.end()] for m in rx.finditer(folded)]


def test_cues_phrase_regex_matches_whole_words_in_any_spelling_and_spacing():
    rx = cues.phrase_regex(["Khánh Hòa", "tổ chức"])
    assert _found(rx, "Tỉnh Khánh Hoà  tổ\nchức hội nghị; tổ chứcc") == ["Khánh Hoà", "tổ\nchức"]


def test_cues_phrase_regex_prefers_the_longest_phrase():
    rx = cues.phrase_regex(["ký", "ký kết", "ký kết giao ước"])
    assert _found(rx, "Lễ ký kết giao ước thi đua") == ["ký kết giao ước"]


def test_cues_phrase_regex_without_phrases_matches_nothing():
    assert cues.phrase_regex([]).search("bất kỳ văn bản nào") is None


@pytest.mark.parametrize("name, kind, text, found", [
    ("future_cues.tsv", "near", "Các đơn vị sẽ tổ chức hội nghị", ["sẽ"]),
    ("future_cues.tsv", None, "Hội nghị dự kiến diễn ra vào tháng tới", ["dự kiến", "tháng tới"]),
    ("future_cues.tsv", "no-such-kind", "Hội nghị dự kiến diễn ra", []),
])
def test_cues_cue_regex_reads_the_phrases_of_a_kind(name, kind, text, found):
    assert _found(cues.cue_regex(name, kind), text) == found


def test_cues_cue_table_folds_and_orders_phrases_longest_first():
    phrases = cues.cue_table("future_cues.tsv")["anywhere"]
    assert all(p == fold(p) for p in phrases)
    assert [len(p) for p in phrases] == sorted((len(p) for p in phrases), reverse=True)
