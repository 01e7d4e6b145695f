"""pipeline.ner: the backend registry, BIO tags to spans, the content lines a backend reads (made-up texts)."""

from __future__ import annotations

import pytest

from pipeline.ner import BACKENDS, NER_ENV, backend_from_env, bio_spans, content_lines, resolve


def test_ner_unknown_backend_raises_value_error():
    with pytest.raises(ValueError, match="unknown NER backend"):
        resolve("no-such-backend")


@pytest.mark.parametrize("arg, env, expected", [
    (None, "", None),
    (None, "spacy", "spacy"),
    (None, " SpaCy ", "spacy"),
    (None, "no-such-backend", None),
    (True, "", "underthesea"),
    (False, "spacy", None),
    ("spacy", "", "spacy"),
])
def test_ner_resolve_names_a_backend(monkeypatch, arg, env, expected):
    monkeypatch.setenv(NER_ENV, env)
    assert resolve(arg) == expected


def test_ner_registry_names_spacy_and_underthesea():
    assert set(BACKENDS) == {"underthesea", "spacy"}
    assert backend_from_env() in (None, *BACKENDS)


@pytest.mark.parametrize("tags, spans, people, orgs", [
    (["B-PER", "I-PER", "I-PER", "O"], [(0, 2), (3, 5), (6, 8), (9, 10)], [(0, 8)], []),
    (["B-ORG", "I-ORG", "B-PER", "I-PER"], [(0, 3), (4, 6), (7, 9), (10, 12)], [(7, 12)], [(0, 6)]),
    # a token without a span closes the entity; the next I- tag starts another
    (["B-PER", "I-PER", "I-PER"], [(0, 2), None, (6, 8)], [(0, 2), (6, 8)], []),
    # an I- tag after another label starts an entity of its own
    (["B-ORG", "I-PER", "I-PER"], [(0, 2), (3, 5), (6, 8)], [(3, 8)], [(0, 2)]),
    # labels other than PER and ORG are not kept
    (["B-LOC", "I-LOC", "O"], [(0, 2), (3, 5), (6, 7)], [], []),
])
def test_ner_bio_spans_from_tags(tags, spans, people, orgs):
    assert bio_spans(tags, spans) == (people, orgs)


def test_ner_content_lines_skip_noise_segments_and_blank_lines():
    text = "Dòng một.\nDòng hai.\n\nTin, ảnh: Lê An\n"
    noise_start = text.index("Tin")
    lines = list(content_lines(text, [0, noise_start], [(noise_start, len(text))]))
    assert lines == [(0, "Dòng một."), (10, "Dòng hai.")]
    assert all(text[a:a + len(line)] == line for a, line in lines)
