"""Every item with offsets in every record the pipeline writes on the corpus points at its surface text."""

import hashlib
import unicodedata


from pipeline.ingest import iter_inputs, load
from pipeline.schema import iter_spans


def _canonical_texts(corpus_dir):
    return {raw.doc_id: load(raw).text for raw in iter_inputs([corpus_dir])}


def test_offsets_every_span_indexes_the_canonical_text(corpus_records, corpus_dir):
    _, records = corpus_records
    texts = _canonical_texts(corpus_dir)
    checked = 0
    for rec in records:
        text = texts[rec["doc_id"]]
        assert hashlib.sha256(text.encode("utf-8")).hexdigest() == rec["text_sha256"]
        for path, start, end, surface in iter_spans(rec):
            assert 0 <= start <= end <= len(text), (rec["doc_id"], path)
            if surface is not None:
                assert text[start:end] == surface, (rec["doc_id"], path)
            checked += 1
    assert records and checked > 0


def test_offsets_canonical_text_is_nfc(corpus_dir):
    for text in _canonical_texts(corpus_dir).values():
        assert unicodedata.is_normalized("NFC", text)
