"""`thidua review OUTDIR`: the static site's files, escaping, highlights, text look-up and index rows."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.review import build
from pipeline.review.names import page_names
from pipeline.review.spans import Mark, build_marks, render_text
from review_fakes import ARTICLE_A, write_corpus


class _Dom(HTMLParser):
    """Tags, ids, marks (kind, id, text) and script elements of a page, as a browser would parse them."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.scripts: list[dict] = []
        self.marks: list[dict] = []  # open and finished marks
        self._open: list[dict] = []
        self.links: list[str] = []
        self.srcs: list[str] = []
        self.text_of: dict[str, str] = {}
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "script":
            self.scripts.append(a)
        if tag in ("script", "link", "img") and (a.get("src") or a.get("href")):
            self.srcs.append(a.get("src") or a.get("href"))
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "mark":
            m = {"kind": a.get("data-kind"), "id": a.get("id"), "of": a.get("data-of"), "text": ""}
            self.marks.append(m)
            self._open.append(m)

    def handle_endtag(self, tag):
        if tag == "mark" and self._open:
            self._open.pop()

    def handle_data(self, data):
        for m in self._open:
            m["text"] += data


@pytest.fixture
def site(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out, records, errors = write_corpus(tmp_path)
    index = build(out)
    return index, records, errors


def _page(index: Path, doc_id: str) -> str:
    for href in re.findall(r'href="(articles/[^"]+)"', index.read_text(encoding="utf-8")):
        page = (index.parent / href).read_text(encoding="utf-8")
        if f"<code>{_esc(doc_id)}</code>" in page:
            return page
    raise AssertionError(f"no page for {doc_id}")


def _esc(s: str) -> str:
    import html

    return html.escape(s)


def test_review_writes_index_assets_and_one_page_per_record(site):
    index, records, _ = site
    pages = sorted((index.parent / "articles").glob("*.html"))
    assert len(pages) == len(records)
    assert (index.parent / "assets" / "review.css").stat().st_size > 0
    assert (index.parent / "assets" / "review.js").stat().st_size > 0


def test_review_site_needs_no_network(site):
    index, _, _ = site
    for page in [index, *(index.parent / "articles").glob("*.html")]:
        dom = _Dom(page.read_text(encoding="utf-8"))
        for ref in dom.srcs:
            assert not re.match(r"^(https?:)?//", ref), (page.name, ref)
            assert (page.parent / ref).resolve().exists(), (page.name, ref)


def test_review_article_script_shows_as_text(site):
    index, _, _ = site
    page = _page(index, "a/../a<1>")
    dom = _Dom(page)
    assert all(s.get("src") for s in dom.scripts), "only the local review.js may be a script"
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page or "&lt;script&gt;alert('x')&lt;/script&gt;" in page
    assert "&lt;b&gt;đậm&lt;/b&gt;" in page
    # the title with angle brackets is escaped in the index too
    assert "Ký kết giao ước &lt;thi đua&gt;" in index.read_text(encoding="utf-8")


def test_review_article_highlights_every_span_by_kind(site):
    index, records, _ = site
    dom = _Dom(_page(index, "a/../a<1>"))
    firsts = {(m["kind"], m["text"]) for m in dom.marks if m["id"]}
    assert ("PERSON", "Trần Văn Minh") in firsts
    assert ("DATE", "Sáng ngày 15/02/2023") in firsts
    assert ("LOCATION", "hội trường Sở Tư pháp tỉnh Hòa Bình") in firsts
    assert ("REFERENCE", "Nghị quyết số 05-NQ/TU") in firsts
    assert ("GROUP_ROLE", "Sở Tư pháp làm Trưởng khối") in firsts
    assert ("TITLE", "Phó Chủ tịch UBND tỉnh") in firsts
    assert ("PLEDGE", "Giữ vững an ninh trật tự.") in firsts
    assert ("AWARD", "Sở Tư pháp được tặng Bằng khen của Chủ tịch UBND tỉnh") in firsts


def test_review_nested_spans_are_layered_inside_the_outer_mark(site):
    index, _, _ = site
    html = _page(index, "a/../a<1>")
    # the reference sits inside pledge 1: the pledge mark opens first and closes after it
    pledge = html.index('data-kind="PLEDGE"')
    ref = html.index('data-kind="REFERENCE"')
    assert pledge < ref < html.index("của Tỉnh ủy.", ref)


def test_review_every_evidence_link_points_at_a_mark(site):
    index, _, _ = site
    dom = _Dom(_page(index, "a/../a<1>"))
    targets = [h[1:] for h in dom.links if h.startswith("#")]
    assert len(targets) >= 12
    assert set(targets) <= {m["id"] for m in dom.marks if m["id"]}


def test_review_record_tables_are_rendered(site):
    index, _, _ = site
    page = _page(index, "a/../a<1>")
    for table in ("meeting", "people", "organizations", "pledges", "awards", "group_roles", "references", "dates"):
        assert f'<table id="{table}">' in page
    assert "Phó trưởng khối" in page and "Bằng khen" in page and "05-NQ/TU" in page
    assert "participant count guessed from the list" in page
    # evidence links are labelled with the evidence's own text
    assert re.search(r'<a class="ev k-LOCATION" href="#m\d+"[^>]*>hội trường Sở Tư pháp tỉnh Hòa Bình</a>', page)


def test_review_finds_the_text_of_a_jsonl_line(site):
    index, _, _ = site
    dom = _Dom(_page(index, "b-2024"))
    assert ("PERSON", "Lê Thị Hoa") in {(m["kind"], m["text"]) for m in dom.marks}


def test_review_changed_input_shows_a_warning_and_no_highlights(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out, _, _ = write_corpus(tmp_path)
    (tmp_path / "in" / "a.txt").write_text(ARTICLE_A.replace("Hòa Bình", "Hoà Bình"), encoding="utf-8")
    page = _page(build(out), "a/../a<1>")
    assert 'id="text-problem"' in page and "has changed since extraction" in page
    assert "<mark" not in page.split('id="doc"')[1].split("</div>")[0]
    row = next(r for r in build(out).read_text(encoding="utf-8").split("<tr") if 'data-doc="a/../a&lt;1&gt;"' in r)
    assert "flag-review" in row


def test_review_missing_input_is_flagged_not_fatal(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out, records, _ = write_corpus(tmp_path)
    (tmp_path / "in" / "more.jsonl").unlink()
    index = build(out)
    assert "article text not found" in _page(index, "b-2024")
    assert len(list((index.parent / "articles").glob("*.html"))) == len(records)


def test_review_inputs_option_finds_moved_articles(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out, _, _ = write_corpus(tmp_path)
    moved = tmp_path / "moved"
    (tmp_path / "in").rename(moved)
    assert main(["review", str(out), "--inputs", str(moved)]) == 0
    index = out / "review" / "index.html"
    assert "not found" not in _page(index, "b-2024") and "<mark" in _page(index, "b-2024")  # matched by doc id
    assert "article text not found" in _page(index, "a/../a<1>")  # its id is not its file's stem


def test_review_index_lists_records_and_error_lines(site):
    index, records, errors = site
    html = index.read_text(encoding="utf-8")
    rows = re.findall(r'<tr[^>]*data-doc="([^"]*)"', html)
    assert rows == [_esc(r["doc_id"]) for r in records] + [_esc(e["doc_id"]) for e in errors]
    err_row = html.split('data-doc="broken"')[1].split("</tr>")[0]
    assert "flag-error" in err_row and "binary file: contains NUL bytes" in err_row
    row_a = html.split('data-doc="a/../a&lt;1&gt;"')[1].split("</tr>")[0]
    assert "2023-02-15" in row_a and "pledge_signing" in row_a and "Khối thi đua các sở ngành" in row_a
    assert re.findall(r'<td class="num">(\d+)</td>', row_a) == ["1", "3", "1"]  # people, orgs, awards


@pytest.mark.parametrize("doc_ids", [
    ["a/../b", "a_.._b"],
    ["Bài 1", "bài 1", "BÀI 1"],
    ["..", ".hidden", "con", ""],
    ["x" * 300, "x" * 300 + "y"],
])
def test_review_page_names_are_safe_and_distinct(doc_ids):
    names = page_names(doc_ids)
    assert len({n.lower() for n in names}) == len(doc_ids)
    for n in names:
        assert re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9._~-]*\.html", n) and len(n) < 120, n


def test_review_crossing_spans_are_cut_into_nesting_pieces():
    text = "abcdefghij"
    marks = [Mark("m1", "ORG", 0, 6, ["x"]), Mark("m2", "PERSON", 3, 9, ["y"])]
    html = render_text(text, marks)
    dom = _Dom(html)
    pieces = [(m["of"], m["text"]) for m in dom.marks]
    assert pieces == [("m1", "abcdef"), ("m2", "def"), ("m2", "ghi")]
    assert re.sub(r"<[^>]+>", "", html) == text


def test_review_marks_over_paragraphs_leave_line_breaks_outside():
    text = "Tiêu đề\n\nĐoạn một.\nĐoạn hai"
    marks = [Mark("m1", "MEETING", 0, len(text), ["t"]), Mark("m2", "DATE", 2, 12, ["d"])]
    html = render_text(text, marks)
    dom = _Dom(html)
    assert all("\n" not in m["text"] and m["text"] for m in dom.marks)
    assert "".join(m["text"] for m in dom.marks if m["of"] == "m1") == text.replace("\n", "")
    assert re.sub(r"<[^>]+>", "", html) == text
    assert [m["id"] for m in dom.marks if m["id"]] == ["m1", "m2"]


def test_review_spans_with_wrong_offsets_are_listed_not_highlighted():
    rec = {"doc_id": "d", "dates": [{"text": "hôm qua", "start": 0, "end": 7}, {"text": "x", "start": 50, "end": 51}]}
    marks, ids, problems = build_marks("hôm nay trời đẹp", rec)
    assert marks == [] and ids == {}
    assert set(problems) == {"dates[0]", "dates[1]"}


def test_review_same_range_fields_share_one_mark():
    text = "Sáng 5/3/2020 họp"
    rec = {"doc_id": "d", "meeting": {"evidence": {"date": [0, 13]}},
           "dates": [{"text": "Sáng 5/3/2020", "start": 0, "end": 13}]}
    marks, ids, _ = build_marks(text, rec)
    assert len(marks) == 1 and ids["dates[0]"] == ids["meeting.evidence.date"]


def test_review_cli_without_records_is_a_usage_error(tmp_path, capsys):
    assert main(["review", str(tmp_path)]) == 2
    assert "records.jsonl" in capsys.readouterr().err


def test_review_rebuild_replaces_the_old_site_and_leaves_no_temp_folders(site):
    index, _, _ = site
    out = index.parent.parent
    stale = index.parent / "articles" / "stale.html"
    stale.write_text("old", encoding="utf-8")
    build(out)
    assert not stale.exists()
    assert [p.name for p in out.iterdir() if p.name.startswith(".review")] == []


def test_review_corpus_outputs_find_every_article_text(corpus_records):
    out, records = corpus_records
    index = build(out)
    html = index.read_text(encoding="utf-8")
    assert len(re.findall(r'href="articles/', html)) == len(records)
    for page in (index.parent / "articles").glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert 'id="text-problem"' not in text, page.name  # found, and its hash matches the record
