"""pipeline.ner_spacy: the trained spaCy model of models/ner as the ``spacy`` NER backend (made-up texts).

The model is loaded once for the module. What it finds is a statistical fact of the committed model, so the tests
assert only what a usable model must do on clear sentences (a full name written before a verb), not every span.
"""

from __future__ import annotations

import pytest

from pipeline import ner_spacy
from pipeline.ner import NER_ENV, ner_spans
from pipeline.recognize import SPANS_KEY, recognize_text

TEXT = ("Năm nay, Nguyễn Văn An cho biết hợp tác xã đã có lãi.\n\n"
        "Ông Lê Văn Bình, Chủ tịch UBND xã, phát biểu tại hội nghị.\n")
PERSON = "Nguyễn Văn An"


@pytest.fixture(scope="module")
def model():
    return ner_spacy.load_model()


def test_ner_spacy_model_is_the_committed_small_one(model):
    assert model.pipe_names == ["ner"]
    assert set(model.get_pipe("ner").labels) == {"PER", "ORG"}
    assert model.meta["thidua_training"]["documents"]
    assert all(not d.startswith("test_") for d in model.meta["thidua_training"]["documents"])
    size = sum(p.stat().st_size for p in ner_spacy.model_path().rglob("*") if p.is_file())
    assert size < 6 * 1024 * 1024


@pytest.mark.parametrize("text, words", [
    ("Ông Lê  Văn\tBình, Chủ tịch.", ["Ông", "Lê", " ", "Văn", "\t", "Bình", ",", "Chủ", "tịch", "."]),
    ("Khối thi đua (số 3) – năm 2024", ["Khối", "thi", "đua", "(", "số", "3", ")", "–", "năm", "2024"]),
    ("Đắk Lắk's", ["Đắk", "Lắk's"]),
])
def test_ner_spacy_line_doc_tokens_keep_offsets(model, text, words):
    doc = ner_spacy.line_doc(model.vocab, text)
    assert doc.text == text
    assert [t.text for t in doc if t.text.strip() or t.text in (" ", "\t")] == words
    assert all(text[t.idx:t.idx + len(t)] == t.text for t in doc)


def test_ner_spacy_finds_a_person_in_a_clear_sentence(model):
    people, orgs = ner_spans("spacy", TEXT)
    assert all(0 <= a < b <= len(TEXT) for a, b in people + orgs)
    assert all(TEXT[a:b].strip() == TEXT[a:b] for a, b in people + orgs)
    assert PERSON in [TEXT[a:b] for a, b in people]


def test_ner_spacy_reads_no_page_chrome(model):
    noise = [(0, TEXT.index("Ông"))]
    people, orgs = ner_spans("spacy", TEXT, breaks=[0, TEXT.index("Ông")], noise=noise)
    assert all(a >= noise[0][1] for a, _ in people + orgs)
    assert PERSON not in [TEXT[a:b] for a, b in people]


def test_ner_spacy_labels_variable_keeps_only_people(model, monkeypatch):
    monkeypatch.setenv(ner_spacy.LABELS_ENV, "PER")
    people, orgs = ner_spans("spacy", TEXT)
    assert PERSON in [TEXT[a:b] for a, b in people] and orgs == []


def test_ner_spacy_missing_model_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setattr(ner_spacy, "_model", None)
    monkeypatch.setattr(ner_spacy, "_model_path", tmp_path / "ner")
    with pytest.raises(FileNotFoundError, match="make train-ner"):
        ner_spacy.ner_spans(TEXT)


def test_ner_spacy_recognize_adds_a_person_the_rules_miss_with_source_ner(model, monkeypatch):
    monkeypatch.delenv(NER_ENV, raising=False)
    assert PERSON not in [p.text for p in recognize_text(TEXT).people]
    monkeypatch.setenv(NER_ENV, "spacy")
    rec = recognize_text(TEXT, ner=None)
    assert (PERSON, "ner") in [(p.text, p.source) for p in rec.people]
    assert ("Lê Văn Bình", "rule") in [(p.text, p.source) for p in rec.people]
    assert ("PERSON", PERSON, "ner") in [(sp.label_, sp.text, sp._.source) for sp in rec.doc.spans[SPANS_KEY]]
