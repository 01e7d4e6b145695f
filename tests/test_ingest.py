import codecs
import json
import unicodedata

import pytest

from pipeline.ingest import IngestError, decode_bytes, iter_inputs, load

VI = "Hội nghị tổng kết công tác thi đua năm 2021 tại Khánh Hòa"


@pytest.mark.parametrize(
    "encoded",
    [
        VI.encode("utf-8"),
        codecs.BOM_UTF8 + VI.encode("utf-8"),
        VI.encode("utf-16"),  # with BOM
        codecs.BOM_UTF16_BE + VI.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom"],
)
def test_ingest_decodes_unicode_encodings(encoded):
    assert decode_bytes(encoded) == VI


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def _as_cp1258(text: str) -> bytes:
    """Encode as legacy Windows-1258 does: base letters precomposed (ô, ư, ă), tone marks combining."""
    out = []
    for ch in text:
        nfd = unicodedata.normalize("NFD", ch)
        tones = "".join(m for m in nfd if m in _TONES)
        base = unicodedata.normalize("NFC", "".join(m for m in nfd if m not in _TONES))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


def test_ingest_decodes_windows_1258_to_the_same_canonical_text(tmp_path):
    p = tmp_path / "legacy.txt"
    p.write_bytes(_as_cp1258(VI))
    assert p.read_bytes() != VI.encode("utf-8")
    article = load(next(iter_inputs([p])))
    assert article.text == unicodedata.normalize("NFC", VI)


def test_ingest_canonical_text_is_nfc(tmp_path):
    p = tmp_path / "nfd.txt"
    p.write_text(unicodedata.normalize("NFD", VI), encoding="utf-8")
    article = load(next(iter_inputs([p])))
    assert article.text == unicodedata.normalize("NFC", VI)
    assert len(article.sha256) == 64


def test_ingest_refuses_binary_with_a_plain_message(tmp_path):
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(IngestError, match="binary"):
        load(next(iter_inputs([p])))


def test_ingest_refuses_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    with pytest.raises(IngestError, match="empty"):
        load(next(iter_inputs([p])))


def test_ingest_reads_folders_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("z", encoding="utf-8")
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / "c.html").write_text("<p>c</p>", encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")  # gold files are not inputs
    # sorted by path: a.txt, b/z.txt, c.html
    assert [r.doc_id for r in iter_inputs([tmp_path])] == ["a", "z", "c"]


def test_ingest_jsonl_lines_become_inputs_with_metadata(tmp_path):
    p = tmp_path / "batch.jsonl"
    lines = [
        {"id": "x1", "text": "Bài một", "url": "http://example.test/1", "published": "2021-01-02"},
        {"id": "x2", "html": "<html><body><article><p>Bài hai</p></article></body></html>"},
    ]
    p.write_text("\n".join(json.dumps(l, ensure_ascii=False) for l in lines) + "\n", encoding="utf-8")
    raws = list(iter_inputs([p]))
    assert [r.doc_id for r in raws] == ["x1", "x2"]
    assert raws[0].source.url == "http://example.test/1" and raws[0].source.published == "2021-01-02"
    assert load(raws[1]).text == "Bài hai"


def test_ingest_jsonl_bad_lines_become_errors_not_exceptions(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"id": "ok", "text": "Tốt"}\n{not json\n{"id": "nt"}\n{"id": "ok", "text": "trùng"}\n',
                 encoding="utf-8")
    raws = list(iter_inputs([p]))
    assert [r.error is None for r in raws] == [True, False, False, False]
    assert "malformed" in raws[1].error
    assert "no 'text'" in raws[2].error
    assert "duplicate" in raws[3].error


def test_ingest_html_drops_scripts_styles_and_navigation(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(
        "<html><head><title>Tiêu đề trang</title><style>p{color:red}</style><script>var x='Hội nghị giả';</script></head>"
        "<body><nav><a>Trang chủ</a><a>Tin tức</a></nav><article><h1>Hội nghị thi đua</h1>"
        "<p>Ngày 5/3/2022, Khối thi đua tổ chức hội nghị.</p></article><footer>Bản quyền</footer></body></html>",
        encoding="utf-8",
    )
    article = load(next(iter_inputs([p])))
    assert article.text == "Hội nghị thi đua\n\nNgày 5/3/2022, Khối thi đua tổ chức hội nghị."
    assert article.source.title == "Tiêu đề trang"


def test_ingest_html_without_article_text_is_an_error(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text("<html><head><script>alert(1)</script></head><body><nav>Menu</nav></body></html>", encoding="utf-8")
    with pytest.raises(IngestError, match="no article text"):
        load(next(iter_inputs([p])))
