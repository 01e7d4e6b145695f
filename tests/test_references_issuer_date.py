"""References: the issuer ("của X", else an unambiguous code) and the date written after the number."""

from __future__ import annotations

import pytest

from pipeline.document import build
from pipeline.extract import references
from pipeline.ingest import Article
from pipeline.schema import DateItem, Source


def _one(text: str, dates=()):
    doc = build(Article(doc_id="t", text=text, source=Source()))
    (r,) = references.extract(doc, list(dates))
    return r


@pytest.mark.parametrize("text, issuer", [
    ("Chỉ thị số 34-CT/TW ngày 7/4/2014 của Bộ Chính trị về đổi mới công tác thi đua.", "Bộ Chính trị"),
    ("Nghị quyết số 15-NQ/TU ngày 10 tháng 5 năm 2021 của Tỉnh ủy về du lịch.", "Tỉnh ủy"),
    ("Kế hoạch số 42-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh.", "Ban Thường vụ Hội Nông dân tỉnh"),
    ("Chỉ thị 855-CT/TW của Thường vụ Quân ủy Trung ương về đẩy mạnh thi đua.", "Thường vụ Quân ủy Trung ương"),
    ("Nghị định 52/2021/NĐ-CP quy định chi tiết.", "Chính phủ"),
    ("Quyết định số 312/QĐ-CTN về khen thưởng.", "Chủ tịch nước"),
    ("Nghị quyết số 406/NQ-UBTVQH15 về hỗ trợ doanh nghiệp.", "Ủy ban Thường vụ Quốc hội"),
    ("Quyết định số 12/QĐ-UBND về khen thưởng.", None),
])
def test_references_issuer(text, issuer):
    assert _one(text).issuer == issuer


@pytest.mark.parametrize("text, date", [
    ("Chỉ thị số 34-CT/TW ngày 7/4/2014 của Bộ Chính trị.", "2014-04-07"),
    ("Chỉ thị số 23-CT/TU, ngày 21/4/2017 của Ban Thường vụ Tỉnh ủy.", "2017-04-21"),
    ("Nghị quyết số 15-NQ/TU ngày 10 tháng 5 năm 2021 của Tỉnh ủy.", "2021-05-10"),
    ("Kế hoạch số 138/KH-KTĐ1 ngày 10/8/2022.", "2022-08-10"),
    ("Quyết định số 4218/QĐ-UBND của UBND huyện năm 2020.", None),
])
def test_references_date_written_after_the_number(text, date):
    assert _one(text).date == date


def test_references_date_from_the_dates_extractor_when_it_found_one():
    text = "Thực hiện Công văn số 318/CTCTH-TCCB ngày 02-3-2022 của Cục Thuế."
    start = text.index("ngày 02")
    found = [DateItem(text="ngày 02-3-2022", value="2022-03-02", precision="day", role="document",
                      start=start, end=start + len("ngày 02-3-2022"))]
    assert _one(text, found).date == "2022-03-02"
