"""Dates: the forms the press writes a date in, normalized to ISO with precision and time of day (made-up sentences)."""

from __future__ import annotations

import pytest

from pipeline.document import build
from pipeline.extract import dates
from pipeline.ingest import Article
from pipeline.schema import Source


def _dates(text: str, published: str | None = None):
    doc = build(Article(doc_id="t", text=text, source=Source(published=published)))
    warnings: list[str] = []
    found = dates.extract(doc, warnings)
    for d in found:
        assert doc.text[d.start:d.end] == d.text
    return found, warnings


@pytest.mark.parametrize("text, surface, value, precision, tod", [
    ("Ngày 02 -3-2021, tại Hà Giang đã diễn ra hội nghị.", "Ngày 02 -3-2021", "2021-03-02", "day", None),
    ("Sáng ngày 18/01/2021, Sở Tư pháp tổ chức hội nghị.", "Sáng ngày 18/01/2021", "2021-01-18", "day", "morning"),
    ("Ngày 7 tháng 4 năm 2022, Hội Cựu chiến binh tổ chức đại hội.", "Ngày 7 tháng 4 năm 2022", "2022-04-07", "day",
     None),
    ("Ngày 17 tháng 01 năm 2022, Đoàn trường tổ chức lễ phát động.", "Ngày 17 tháng 01 năm 2022", "2022-01-17", "day",
     None),
    ("Chiều 15-4-2025, tại Nhà văn hóa xã, Chi bộ thôn tổ chức hội nghị.", "Chiều 15-4-2025", "2025-04-15", "day",
     "afternoon"),
    ("Trưa ngày 3.9.2019, Công đoàn Công ty tổ chức giao ban.", "Trưa ngày 3.9.2019", "2019-09-03", "day", "noon"),
    ("Chiều tối ngày 27/12/2019, UBND xã tổ chức hội nghị tổng kết.", "Chiều tối ngày 27/12/2019", "2019-12-27", "day",
     "evening"),
    ("Tối 5/2/2023, Huyện đoàn tổ chức lễ tuyên dương.", "Tối 5/2/2023", "2023-02-05", "day", "evening"),
    ("Chiều ngày 25, 26/9/2019 tại Hội trường Phòng Nội vụ diễn ra hội nghị.", "Chiều ngày 25, 26/9/2019",
     "2019-09-25", "day", "afternoon"),
    ("Các đơn vị thi đua từ tháng 9.2020 đến nay.", "tháng 9.2020", "2020-09", "month", None),
    ("Kế hoạch được ban hành trong tháng 5/2021.", "tháng 5/2021", "2021-05", "month", None),
    ("Kết quả thi đua tháng 3 năm 2018 được công bố.", "tháng 3 năm 2018", "2018-03", "month", None),
    ("Đơn vị hoàn thành kế hoạch năm 2022 trước thời hạn.", "năm 2022", "2022", "year", None),
    ("Hội nghị sơ kết quý I/2024 của ngành Ngân hàng.", "quý I/2024", "2024", "year", None),
    ("Phong trào thi đua giai đoạn 2016 - 2020 đạt nhiều kết quả.", "giai đoạn 2016 - 2020", "2016", "year", None),
])
def test_dates_form_is_normalized_with_precision_and_time_of_day(text, surface, value, precision, tod):
    found, _ = _dates(text)
    got = [(d.text, d.value, d.precision, d.time_of_day) for d in found]
    assert (surface, value, precision, tod) in got


@pytest.mark.parametrize("text, surface, value", [
    ("Thứ Hai, 10/01/2022 - 08:30\n\nSáng 8/1, Sở Xây dựng tổ chức hội nghị tổng kết.", "Sáng 8/1", "2022-01-08"),
    ("(09:15 | 15/03/2023)\n\nChiều 14-3, Hội Nông dân huyện tổ chức lễ phát động.", "Chiều 14-3", "2023-03-14"),
    ("(07:40 | 02/11/2018)\n\nNgày 1.11, Liên đoàn Lao động tỉnh tổ chức hội nghị.", "Ngày 1.11", "2018-11-01"),
])
def test_dates_day_month_without_year_is_found_after_a_day_word(text, surface, value):
    found, _ = _dates(text)
    assert (surface, value) in [(d.text, d.value) for d in found]


def test_dates_weekday_with_a_day_in_parentheses():
    found, _ = _dates("(10:05 | 22/07/2024)\n\nSáng thứ Sáu (19/7), tại Trung tâm Y tế huyện, cụm đã tổ chức hội nghị.")
    assert [(d.text, d.value, d.time_of_day) for d in found if d.role == "meeting"] == [
        ("Sáng thứ Sáu (19/7)", "2024-07-19", "morning")]


@pytest.mark.parametrize("text", [
    "Hội nghị có 3/5 đơn vị vắng mặt.",
    "Chi bộ có 22/22 đ/c đảng viên tham dự.",
    "Huyện hoàn thành 23/23 chỉ tiêu kinh tế - xã hội.",
    "Thực hiện Nghị định 91/2017/NĐ-CP của Chính phủ.",
    "Theo Quyết định số 23-CT/TU của Tỉnh ủy.",
    "Thu ngân sách đạt 1.146 tỷ đồng, tăng 12,5%.",
    "Mọi ý kiến gửi về số điện thoại 0236.3822.456.",
    "Hội nghị bắt đầu lúc 14:30 và kết thúc lúc 17:00.",
    "Sau 6 tháng thực hiện, phong trào có 9 tháng liên tục đạt chỉ tiêu.",
    "Có 7/11 xã đạt chuẩn nông thôn mới.",
    "Giấy khen cho 21-11 đội nghiệp vụ.",
])
def test_dates_fractions_numbers_times_and_durations_are_not_dates(text):
    found, _ = _dates(text)
    assert [d for d in found if d.precision != "year"] == []
