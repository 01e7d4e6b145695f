"""Meeting: more ways a report says how many member units the bloc has (made-up leads of the genre)."""

from __future__ import annotations

import pytest

from pipeline.document import build
from pipeline.extract import extract_record
from pipeline.ingest import Article
from pipeline.schema import Source
from pipeline.segment import sentence_spans

_LEAD = "Ngày 10/1/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2023. "


def _meeting(text: str):
    record = extract_record(build(Article(doc_id="t", text=text, source=Source())))
    assert record.meeting is not None
    return record.meeting


@pytest.mark.parametrize("text, units", [
    ("Ngày 10/1/2024, Khối thi đua các doanh nghiệp tỉnh tổ chức hội nghị tổng kết năm 2023.\n\nKhối thi đua hiện "
     "có 11 thành viên, gồm các doanh nghiệp nhà nước và doanh nghiệp có vốn nhà nước trên địa bàn tỉnh, hoạt động "
     "trong nhiều lĩnh vực sản xuất, kinh doanh.", 11),
    ("Ngày 10/1/2024, 9 đơn vị thuộc Khối thi đua các cơ quan tổng hợp tỉnh tổ chức hội nghị tổng kết năm 2023.", 9),
    (_LEAD + "Tham dự có lãnh đạo Hội Cựu chiến binh 12 tỉnh, thành phố trong cụm.", 12),
    (_LEAD + "Năm 2023, 6/6 đơn vị trong cụm hoàn thành xuất sắc nhiệm vụ được giao.", 6),
])
def test_meeting_participant_units_other_wordings(text, units):
    assert _meeting(text).participant_units == units


@pytest.mark.parametrize("text", [
    _LEAD + "Năm 2023, cụm hoàn thành 14/15 chỉ tiêu thi đua đã đăng ký.",
    _LEAD + "Ban Chỉ đạo phong trào của huyện có 15 thành viên, do Phó Chủ tịch UBND huyện làm Trưởng ban.",
])
def test_meeting_participant_units_null_for_ratios_of_targets_and_board_sizes(text):
    assert _meeting(text).participant_units is None


def test_meeting_host_drops_a_parenthesis_cut_open():
    assert _meeting("Ngày 10/1/2024, Khối thi đua số 2 (gồm 7 đơn vị) tổ chức hội nghị tổng kết năm 2023.").host == \
        "Khối thi đua số 2"


@pytest.mark.parametrize("text, n", [
    ("Hội nghị tổng kết được tổ chức tại tỉnh Cà Mau. Tham dự có lãnh đạo các đơn vị.", 2),
    ("Đồng chí Lê Văn Hùng, Chủ tịch UBND TP. Tuy Hòa phát biểu.", 1),
    ("Dự hội nghị có PGS.TS. Trần Minh Đức.", 1),
])
def test_meeting_sentence_ends_after_a_short_place_name_not_after_an_abbreviation(text, n):
    assert len(sentence_spans(text, 0, len(text))) == n


def test_meeting_location_ends_at_the_full_stop_after_a_short_place_name():
    text = ("Ngày 10/1/2024, Khối thi đua Hội Nông dân các tỉnh miền Tây tổ chức hội nghị tổng kết năm 2023 tại tỉnh "
            "Cà Mau. Tham dự có lãnh đạo các tỉnh.")
    assert _meeting(text).location == "tỉnh Cà Mau"
