"""pipeline.train_ner: training examples from gold (exact spans, what is dropped and counted), the trainer end to
end on three made-up documents, and the refusal to train on held-out data."""

from __future__ import annotations

import pytest

from pipeline import document, train_ner
from pipeline.ingest import Article
from pipeline.schema import Source

BODY = ("Sáng 9/3, Hội Nông dân tỉnh Sơn La tổ chức hội nghị sơ kết công tác thi đua sáu tháng đầu năm với sự tham "
        "dự của nhiều đại biểu.\n\nÔng Lê Văn Bình, Chủ tịch Hội Nông dân tỉnh Sơn La, phát biểu chỉ đạo hội nghị "
        "và giao nhiệm vụ cho các cơ sở hội.\n\nBà Lò Thị Anh cùng ông Lê Văn Bình trao Giấy khen cho các tập thể "
        "có thành tích.\n\nLê Văn Bình\n")
GOLD = {"doc_id": "made_up", "is_meeting_report": True,
        "people": [{"name": "Lê Văn Bình", "titles": []}, {"name": "Lò Thị An", "titles": []}],
        "organizations": ["Hội Nông dân tỉnh Sơn La", "Hội Nông dân", "Sở Tư pháp"]}


def gold_document(text: str = BODY, gold: dict = GOLD, doc_id: str = "made_up") -> train_ner.GoldDocument:
    doc = document.build(Article(doc_id=doc_id, text=text, source=Source(path=f"{doc_id}.txt")))
    return train_ner.GoldDocument(doc_id, doc, gold)


@pytest.fixture(scope="module")
def vocab():
    return train_ner.blank_pipeline().vocab


@pytest.fixture(scope="module")
def examples(vocab):
    counts = train_ner.Counts()
    return train_ner.line_examples(vocab, gold_document(), counts), counts


def test_train_ner_example_spans_are_exact(examples):
    lines, _ = examples
    ents = [(offset + e.start_char, offset + e.end_char, e.label_, e.text) for offset, doc in lines for e in doc.ents]
    assert ents and all(BODY[a:b] == text for a, b, _, text in ents)
    assert [(label, text) for _, _, label, text in ents] == [
        ("ORG", "Hội Nông dân tỉnh Sơn La"), ("PER", "Lê Văn Bình"), ("ORG", "Hội Nông dân tỉnh Sơn La"),
        ("PER", "Lê Văn Bình")]


def test_train_ner_example_lines_keep_the_text(examples):
    lines, _ = examples
    assert all(BODY[offset:offset + len(doc.text)] == doc.text for offset, doc in lines)


def test_train_ner_name_not_on_token_boundaries_is_dropped_and_counted(examples):
    lines, counts = examples
    assert "Lò Thị An" not in [e.text for _, doc in lines for e in doc.ents]  # only "Lò Thị Anh" is written
    assert counts.off_tokens == {"PER": 1}


def test_train_ner_shorter_name_inside_a_longer_one_is_not_an_entity(examples):
    lines, counts = examples
    assert "Hội Nông dân" not in [e.text for _, doc in lines for e in doc.ents]
    assert counts.occurrences["ORG"] == 2


def test_train_ner_gold_string_absent_from_the_text_is_counted(examples):
    _, counts = examples
    assert counts.not_found == {"ORG": 1}  # "Sở Tư pháp"


def test_train_ner_name_in_page_chrome_is_left_missing(vocab):
    counts = train_ner.Counts()
    lines = train_ner.line_examples(vocab, gold_document(), counts)
    assert counts.in_noise == {"PER": 1}  # the byline "Lê Văn Bình" on the last line
    last = [doc for offset, doc in lines if doc.text == "Lê Văn Bình"]
    assert last and all(t.ent_iob_ == "" for t in last[0])


def test_train_ner_not_a_meeting_report_gives_no_entities(vocab):
    gold = {**GOLD, "is_meeting_report": False}
    lines = train_ner.line_examples(vocab, gold_document(gold=gold), train_ner.Counts())
    assert lines and not any(doc.ents for _, doc in lines)


def test_train_ner_trains_and_saves_a_loadable_model(tmp_path):
    import spacy

    from pipeline import ner_spacy

    docs = [gold_document(doc_id=f"made_up_{i}") for i in range(3)]
    nlp, counts = train_ner.train(docs, seed=0, epochs=1)
    assert counts.entities == {"ORG": 6, "PER": 6}
    train_ner.save(nlp, tmp_path / "ner", {})
    loaded = spacy.load(tmp_path / "ner")
    assert loaded.pipe_names == ["ner"] and set(loaded.get_pipe("ner").labels) == {"PER", "ORG"}
    assert isinstance(loaded.tokenizer, ner_spacy.SyllableTokenizer)
    assert [t.text for t in loaded("Ông Lê Văn Bình, Chủ tịch.")] == ["Ông", "Lê", "Văn", "Bình", ",", "Chủ", "tịch",
                                                                       "."]


def test_train_ner_refuses_held_out_corpus(capsys):
    with pytest.raises(SystemExit):
        train_ner.main(["--corpus", str(train_ner.REPO_ROOT / "corpus" / "test"), "--no-save"])
    assert "held out" in capsys.readouterr().err
