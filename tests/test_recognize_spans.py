"""Recognize: the spaCy layer marks PERSON, TITLE and ORG spans in doc.spans["thidua"], each saying which source
found it, over a Doc whose text is the article's text (made-up texts)."""

from __future__ import annotations


from pipeline.labels import CUE_LABELS, SPAN_LABELS, SPAN_SOURCES
from pipeline.ner import NER_ENV
from pipeline.recognize import CUES_KEY, SPANS_KEY, ner_enabled, recognize_text

TEXT = ("Sáng 9/3, Hội Nông dân tỉnh Sơn La tổ chức hội nghị.\n\nDự hội nghị có ông Lò Văn Hùng, Phó Chủ tịch\n"
        "UBND  tỉnh; bà Cầm Thị Xuân, Giám đốc Sở Văn hóa, Thể thao và Du lịch.\n")


def test_recognize_doc_text_is_the_article_text():
    rec = recognize_text(TEXT)
    assert rec.doc.text == TEXT


def test_recognize_spans_are_labelled_person_title_org():
    doc = recognize_text(TEXT).doc
    spans = [(sp.label_, sp.text) for sp in doc.spans[SPANS_KEY]]
    assert spans == [
        ("ORG", "Hội Nông dân tỉnh Sơn La"),
        ("PERSON", "Lò Văn Hùng"),
        ("TITLE", "Phó Chủ tịch\nUBND  tỉnh"),
        ("ORG", "UBND  tỉnh"),
        ("PERSON", "Cầm Thị Xuân"),
        ("TITLE", "Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
        ("ORG", "Sở Văn hóa, Thể thao và Du lịch"),
    ]
    assert {sp.label_ for sp in doc.spans[SPANS_KEY]} <= set(SPAN_LABELS)


def test_recognize_each_span_says_its_source():
    doc = recognize_text(TEXT).doc
    assert {(sp.id_, sp._.source) for sp in doc.spans[SPANS_KEY]} == {("rule", "rule")}
    assert set(SPAN_SOURCES) == {"rule", "ner"}


def test_recognize_cues_of_the_span_ruler_are_kept():
    doc = recognize_text(TEXT).doc
    cues = {(sp.label_, sp.text) for sp in doc.spans[CUES_KEY]}
    assert {("HONORIFIC", "ông"), ("POSITION", "Phó Chủ tịch"), ("ORG_HEAD", "Hội Nông dân"),
            ("ORG_NAME", "Văn hóa, Thể thao và Du lịch")} <= cues
    assert {label for label, _ in cues} <= set(CUE_LABELS)


def test_recognize_phrase_wrapped_over_two_lines_still_matches():
    rec = recognize_text("Đồng chí Võ Văn Lâm – Phó Bí thư Thường\ntrực Đảng ủy xã phát biểu.\n")
    assert [t.text for p in rec.people for t in p.titles] == ["Phó Bí thư Thường\ntrực Đảng ủy xã"]


def test_recognize_ner_off_by_default(monkeypatch):
    monkeypatch.delenv(NER_ENV, raising=False)
    assert not ner_enabled()
    monkeypatch.setenv(NER_ENV, "underthesea")
    assert ner_enabled()
    monkeypatch.setenv(NER_ENV, "no-such-backend")
    assert not ner_enabled()


def test_recognize_ner_adds_a_person_the_rules_miss_with_source_ner():
    text = "Năm nay, Nguyễn Văn An cho biết hợp tác xã đã có lãi. Ông Lê Văn Bình, Chủ tịch UBND xã, phát biểu.\n"
    without = recognize_text(text, ner=False)
    assert [p.text for p in without.people] == ["Lê Văn Bình"]
    with_ner = recognize_text(text, ner=True)
    assert [(p.text, p.source) for p in with_ner.people] == [("Nguyễn Văn An", "ner"), ("Lê Văn Bình", "rule")]
    assert ("PERSON", "Nguyễn Văn An", "ner") in [(sp.label_, sp.text, sp._.source)
                                                  for sp in with_ner.doc.spans[SPANS_KEY]]
