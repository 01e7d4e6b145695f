"""Dates: a day-month without a year takes the article's year, HeidelTime-style, with a warning (made-up articles)."""

from __future__ import annotations

import pytest

from pipeline.document import build
from pipeline.extract import dates
from pipeline.ingest import Article
from pipeline.schema import Source


def _date(text: str, surface: str, published: str | None = None):
    doc = build(Article(doc_id="t", text=text, source=Source(published=published)))
    warnings: list[str] = []
    found = {d.text: d for d in dates.extract(doc, warnings)}
    return found[surface], warnings


@pytest.mark.parametrize("text, surface, value", [
    # the period the meeting reviews: a review of 2020 held in November is in 2020, one held in January in 2021
    ("Ngày 21/11, tại tỉnh Sơn La, Cụm thi đua tổ chức hội nghị tổng kết phong trào thi đua năm 2020.",
     "Ngày 21/11", "2020-11-21"),
    ("Ngày 15/1, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2020.", "Ngày 15/1", "2021-01-15"),
    # the period it opens: a term that starts, a plan for the coming year decided in December
    ("Ngày 21/5, Chi bộ Trường Tiểu học Kim Đồng tổ chức đại hội nhiệm kỳ 2020 – 2025.", "Ngày 21/5", "2020-05-21"),
    ("Ngày 20/12, Đảng ủy xã tổ chức hội nghị triển khai nhiệm vụ năm 2024.", "Ngày 20/12", "2023-12-20"),
    # a school year reviewed in May ends that May
    ("Ngày 25-5, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm học 2022-2023.", "Ngày 25-5", "2023-05-25"),
    # a quarter or half-year in the same year
    ("Ngày 6.10, Công đoàn ngành Giáo dục tổ chức hội nghị triển khai nhiệm vụ quý IV năm 2019.", "Ngày 6.10",
     "2019-10-06"),
    # the other full dates of the article, the end of an anniversary range rather than its start
    ("Ngày 7-10, Bộ Chỉ huy Quân sự tỉnh phát động thi đua kỷ niệm Ngày Hội quốc phòng toàn dân "
     "(22/12/1989 – 22/12/2019).", "Ngày 7-10", "2019-10-07"),
])
def test_dates_year_from_the_period_the_meeting_reviews_or_opens(text, surface, value):
    d, warnings = _date(text, surface)
    assert (d.value, d.year_inferred) == (value, True)
    assert any(surface in w and "inferred" in w for w in warnings)


@pytest.mark.parametrize("text, surface, value", [
    # a stamp a few days after the meeting
    ("(15:32 | 22/01/2024)\n\nChiều 19/1, Khối thi đua các trường THPT tổ chức hội nghị ký kết giao ước.",
     "Chiều 19/1", "2024-01-19"),
    # a stamp in early January about a meeting in late December: the year before
    ("Thứ Ba, 04/01/2022 - 09:00\n\nSáng 30-12, Bảo tàng tỉnh tổ chức hội nghị tổng kết công tác.",
     "Sáng 30-12", "2021-12-30"),
])
def test_dates_year_from_the_publication_stamp(text, surface, value):
    d, _ = _date(text, surface)
    assert d.value == value


def test_dates_year_from_the_published_field_of_the_input():
    d, warnings = _date("Sáng 8/3, Hội Liên hiệp Phụ nữ huyện tổ chức hội nghị.", "Sáng 8/3", published="2023-03-09")
    assert d.value == "2023-03-08"
    assert "publication" in warnings[0]


def test_dates_future_tense_date_before_publication_moves_to_next_year():
    text = "(10:00 | 20/12/2024)\n\nKhối thi đua dự kiến tổ chức hội nghị tổng kết vào ngày 10/1 tới đây."
    d, _ = _date(text, "ngày 10/1")
    assert d.value == "2025-01-10"


@pytest.mark.parametrize("text, surface, value, tod", [
    ("Thứ Năm, 21/03/2024 - 15:00\n\nSáng nay, Huyện đoàn tổ chức lễ ra quân Tháng Thanh niên.", "Sáng nay",
     "2024-03-21", "morning"),
    ("Thứ Năm, 21/03/2024 - 15:00\n\nHôm qua, Hội Cựu chiến binh xã tổ chức đại hội.", "Hôm qua", "2024-03-20", None),
    ("Thứ Năm, 21/03/2024 - 15:00\n\nChiều nay (21/3), Hội Cựu chiến binh xã tổ chức đại hội.", "Chiều nay (21/3)",
     "2024-03-21", "afternoon"),
])
def test_dates_relative_day_is_read_from_the_publication_date(text, surface, value, tod):
    d, _ = _date(text, surface)
    assert (d.value, d.time_of_day, d.role) == (value, tod, "meeting")


def test_dates_relative_day_without_publication_date_is_dropped():
    doc = build(Article(doc_id="t", text="Sáng nay, Huyện đoàn tổ chức lễ ra quân.", source=Source()))
    assert dates.extract(doc, []) == []
