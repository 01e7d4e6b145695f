"""The off-the-shelf baseline on tiny made-up articles (runs underthesea's shipped CRF NER)."""

from __future__ import annotations

import pytest

pytest.importorskip("underthesea")

from pipeline.baseline import baseline_record, run_baseline  # noqa: E402

ARTICLE = ("Sáng ngày 15/3/2022, tại Hà Nội, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác năm.\n"
           "Ông Nguyễn Văn Bình, Chủ tịch Hội Nông dân tỉnh, phát biểu chỉ đạo.")


@pytest.fixture(scope="module")
def record():
    return baseline_record("a1", ARTICLE)


def test_baseline_finds_a_person_name(record):
    assert [p["name"] for p in record["people"]] == ["Nguyễn Văn Bình"]
    assert record["people"][0]["titles"] == []


def test_baseline_takes_the_first_date_as_meeting_date(record):
    assert record["meeting"]["date"] == "2022-03-15"


def test_baseline_takes_the_first_location(record):
    assert record["meeting"]["location"] == "Hà Nội"


def test_baseline_mentions_point_into_the_text(record):
    items = [m for p in record["people"] for m in p["mentions"]] + record["dates"]
    assert items
    for item in items:
        assert ARTICLE[item["start"]:item["end"]] == item["text"]


@pytest.mark.parametrize("text, expected", [
    (ARTICLE, True),
    ("Chiều 2/4, UBND huyện tổ chức Lễ đón nhận Huân chương Lao động hạng Ba.", True),
    ("Đoàn công tác có buổi làm việc với Sở Y tế.", True),
    ("Giá lúa tăng mạnh trong tháng này, nông dân phấn khởi.", False),
])
def test_baseline_meeting_report_is_a_keyword_test(text, expected):
    record = baseline_record("k", text)
    assert record["is_meeting_report"] is expected
    assert (record["meeting"] is not None) is expected


def test_baseline_leaves_the_rule_fields_empty(record):
    assert record["meeting"]["types"] == []
    assert record["pledges"] == record["awards"] == record["group_roles"] == record["references"] == []


def test_baseline_reads_html_and_text_articles(tmp_path):
    (tmp_path / "h1.html").write_text(f"<html><body><p>{ARTICLE}</p></body></html>", encoding="utf-8")
    (tmp_path / "t1.txt").write_text(ARTICLE, encoding="utf-8")
    out = run_baseline([tmp_path / "h1.html", tmp_path / "t1.txt"])
    assert sorted(out) == ["h1", "t1"]
    assert out["h1"]["people"][0]["name"] == out["t1"]["people"][0]["name"] == "Nguyễn Văn Bình"
    assert out["t1"]["source"]["path"] == str(tmp_path / "t1.txt")


def test_baseline_date_without_a_year_is_read_against_the_fixed_base_not_today(monkeypatch):
    from datetime import datetime

    from pipeline import baseline

    text = "Sáng ngày 21/11, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác năm.\n"
    assert baseline_record("a2", text)["meeting"]["date"] == f"{baseline.RELATIVE_BASE.year}-11-21"
    monkeypatch.setattr(baseline, "RELATIVE_BASE", datetime(2019, 1, 1))
    assert baseline_record("a2", text)["meeting"]["date"] == "2019-11-21"
