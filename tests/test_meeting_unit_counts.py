"""Meeting: participant counts written with more unit nouns, heads of units, words, kinds and titles (made-up
leads of the genre; the unit nouns are data in models/lexicons/meeting_phrases.tsv)."""

from __future__ import annotations

import pytest

from pipeline.document import build
from pipeline.extract import extract_record
from pipeline.ingest import Article
from pipeline.schema import Source

_LEAD = "Ngày 12/1/2024, Cụm thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua năm 2023. "


def _units(text: str):
    record = extract_record(build(Article(doc_id="t", text=text, source=Source())))
    assert record.meeting is not None
    return record.meeting.participant_units


@pytest.mark.parametrize("text, units", [
    (_LEAD + "Dự hội nghị có đại diện Ban Thi đua tỉnh, cùng Thường trực Hội Nông dân 8 huyện, thành phố.", 8),
    (_LEAD + "Tới dự có Chủ tịch Hội Phụ nữ 12 phường, xã và hơn 70 đại biểu.", 12),
    (_LEAD + "Tham dự có giám đốc 11 chi nhánh trực thuộc và các phòng nghiệp vụ.", 11),
    (_LEAD + "Tham dự có lãnh đạo 9 LĐLĐ huyện, thị xã.", 9),
    (_LEAD + "Hội nghị có sự tham gia của 14 tổ chức tín dụng trên địa bàn tỉnh.", 14),
    (_LEAD + "Dự hội nghị có bí thư 6 đảng bộ cơ sở.", 6),
    (_LEAD + "Tham dự hội nghị có đại diện các đơn vị thành viên (gồm 13 ngân hàng).", 13),
])
def test_meeting_unit_counts_other_unit_nouns_and_heads(text, units):
    assert _units(text) == units


@pytest.mark.parametrize("text, units", [
    (_LEAD + "Tham dự có hiệu trưởng mười trường THCS trong cụm.", 10),
    (_LEAD + "Tham dự có lãnh đạo mười hai đơn vị thành viên.", 12),
])
def test_meeting_unit_counts_written_in_words(text, units):
    assert _units(text) == units


@pytest.mark.parametrize("text, units", [
    (_LEAD + "Cụm hiện gồm 5 sở và 3 ban của tỉnh.", 8),
    (_LEAD + "Tham dự có lãnh đạo 4 huyện, 2 thị xã và 1 thành phố trong cụm.", 7),
])
def test_meeting_unit_counts_of_several_kinds_are_summed(text, units):
    assert _units(text) == units


@pytest.mark.parametrize("title, units", [
    ("12 doanh nghiệp ký kết giao ước thi đua năm 2024", 12),
    ("Khối thi đua các bệnh viện: 9 đơn vị sơ kết 6 tháng đầu năm", 9),
])
def test_meeting_unit_counts_from_the_title_subject(title, units):
    text = title + "\n\nNgày 5/3/2024, Khối thi đua tổ chức hội nghị. Tham dự có lãnh đạo các đơn vị thành viên."
    assert _units(text) == units


def test_meeting_unit_counts_from_a_short_attendance_paragraph():
    text = (_LEAD.strip() + "\n\nTới dự có lãnh đạo 6 LĐLĐ huyện.\n\nNăm 2023, các đơn vị hoàn thành tốt các chỉ "
            "tiêu thi đua đã đăng ký, nhiều mô hình hay được nhân rộng.")
    assert _units(text) == 6


@pytest.mark.parametrize("text", [
    _LEAD + "Dự hội nghị có đại diện 356 hội viên tiêu biểu.",
    _LEAD + "Tham dự có lãnh đạo 80 đoàn viên công đoàn.",
    _LEAD + "Năm 2023, toàn cụm có 214 CĐCS với hơn 31.000 đoàn viên.",
    _LEAD + "Cụm đã giải ngân vốn cho 64 lượt hộ, đạt 31,5% kế hoạch; 2/3 số chi hội xếp loại vững mạnh.",
    _LEAD + "Đại diện 3 hội thi cấp tỉnh đã trao giải.",
    _LEAD + "Đồng chí Trần Văn Bình, Bí thư Thị Đoàn Ba Đồn chia sẻ kinh nghiệm.",
    _LEAD + "Tham dự có lãnh đạo Phòng Nội vụ huyện Năm Căn.",
    "Hằng năm tổ chức hội nghị\n\nNgày 12/1/2024, Công an huyện tổ chức hội nghị tổng kết. Hằng năm tổ chức hai đợt kiểm tra.",
])
def test_meeting_unit_counts_null_for_people_things_and_shares(text):
    assert _units(text) is None


def test_meeting_host_drops_its_bloc_role_set_off_by_commas():
    record = extract_record(build(Article(doc_id="t", text=(
        "Sáng 5/3/2024, Sở Tài chính tỉnh Y, đơn vị Khối trưởng, chủ trì tổ chức hội nghị ký kết giao ước thi đua "
        "năm 2024 của Khối thi đua các cơ quan tổng hợp tỉnh."), source=Source())))
    assert record.meeting.host == "Sở Tài chính tỉnh Y"


def test_meeting_bloc_name_goes_on_through_an_enumeration_of_levels():
    record = extract_record(build(Article(doc_id="t", text=(
        "Chiều 10/1/2024, Cụm thi đua số 4 Hội Cựu chiến binh các huyện, thị xã tỉnh Z tổ chức hội nghị tổng kết "
        "năm 2023."), source=Source())))
    assert record.meeting.emulation_group == "Cụm thi đua số 4 Hội Cựu chiến binh các huyện, thị xã tỉnh Z"
