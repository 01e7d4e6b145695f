"""Meeting: facts given outside the lead sentence — the place in the sentence after it, the host in the title,
the members in a later paragraph, a bloc named only as a unit's ranking (made-up articles of the genre)."""

from __future__ import annotations

import pytest

from pipeline.document import build
from pipeline.extract import extract_record
from pipeline.ingest import Article
from pipeline.schema import Source


def _meeting(text: str):
    record = extract_record(build(Article(doc_id="t", text=text, source=Source())))
    assert record.meeting is not None
    return record.meeting


@pytest.mark.parametrize("text, location", [
    ("Ngày 9/4/2023, Khối thi đua các sở, ngành kinh tế tỉnh tổ chức hội nghị giao ban quý I. Hội nghị do Sở Công "
     "Thương (đơn vị Khối trưởng) chủ trì, diễn ra tại trụ sở Sở Công Thương tỉnh.", "trụ sở Sở Công Thương tỉnh"),
    ("Ngày 14-5-2022, huyện Mường Lát đăng cai hội nghị sơ kết của Cụm thi đua số 4. Hội nghị được tổ chức tại "
     "Hội trường Huyện ủy Mường Lát.", "Hội trường Huyện ủy Mường Lát"),
])
def test_meeting_location_from_the_sentence_after_the_lead(text, location):
    assert _meeting(text).location == location


def test_meeting_location_not_taken_from_a_later_sentence_about_something_else():
    text = ("Ngày 9/4/2023, Hội Cựu chiến binh tỉnh tổ chức hội nghị sơ kết quý I năm 2023. Đoàn công tác đã đến thăm "
            "gia đình chính sách tại xã Tân Lập.")
    assert _meeting(text).location is None


@pytest.mark.parametrize("text, host", [
    ("Ngày 14-5-2022, huyện Mường Lát đăng cai hội nghị sơ kết 6 tháng đầu năm của Cụm thi đua số 4.",
     "huyện Mường Lát"),
    ("Sáng 2/3/2024, tại Hội trường UBND tỉnh, Trường Cao đẳng Y tế được trao tặng Huân chương Lao động hạng Ba.",
     "Trường Cao đẳng Y tế"),
])
def test_meeting_host_is_the_subject_of_dang_cai_or_of_a_passive_award(text, host):
    assert _meeting(text).host == host


def test_meeting_host_named_only_in_the_title():
    text = ("Công an tỉnh Hòa Bình triển khai nhiệm vụ năm 2024\n\n"
            "Sáng 5/1/2024, Hội nghị triển khai nhiệm vụ công tác công an năm 2024 đã được tổ chức tại Hội trường "
            "Công an tỉnh.")
    assert _meeting(text).host == "Công an tỉnh Hòa Bình"


def test_meeting_bloc_name_keeps_a_dash_compound():
    text = ("Ngày 9/4/2023, Khối thi đua các tổ chức chính trị – xã hội tỉnh Gia Lai tổ chức hội nghị sơ kết quý I.")
    m = _meeting(text)
    assert m.emulation_group == "Khối thi đua các tổ chức chính trị – xã hội tỉnh Gia Lai"
    assert m.host == m.emulation_group


@pytest.mark.parametrize("text, units", [
    ("Ngày 9/4/2023, Khối thi đua các sở, ngành nội chính tổ chức hội nghị sơ kết quý I.\n\n"
     "Dự hội nghị có lãnh đạo các đơn vị trong khối.\n\n"
     "Khối thi đua có 6 đơn vị thành viên gồm: Công an tỉnh, Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh, "
     "Sở Tư pháp, Cục Thi hành án dân sự tỉnh và Thanh tra tỉnh.", 6),
    ("Ngày 9/4/2023, Cụm thi đua số 1 tổ chức hội nghị sơ kết quý I.\n\nDự hội nghị có lãnh đạo các huyện.\n\n"
     "Cụm thi đua số 1 năm 2023 có các thành viên: UBND huyện A Lưới, UBND huyện Nam Đông và UBND huyện Phong Điền.",
     3),
    ("Ngày 9/4/2023, Cụm thi đua số 1 tổ chức hội nghị sơ kết quý I. Năm 2023, Cụm thi đua số 1 có 3 thành viên là "
     "UBND huyện A Lưới, UBND huyện Nam Đông và UBND huyện Phong Điền.", 3),
])
def test_meeting_participant_units_from_members_named_after_the_lead(text, units):
    assert _meeting(text).participant_units == units


def test_meeting_bloc_named_only_as_a_ranking_is_not_the_meetings():
    text = ("Sáng 18/11/2022, Trường THCS Hòa Bình tổ chức Lễ đón nhận Cờ thi đua của UBND tỉnh.\n\n"
            "Năm học 2021 – 2022, nhà trường dẫn đầu Cụm thi đua các trường THCS phía Nam tỉnh.")
    assert _meeting(text).emulation_group is None


def test_meeting_location_from_the_sentence_opening_the_next_paragraph():
    text = ("Sáng 8/1/2025, Khối thi đua các cơ quan nội chính tỉnh tổ chức hội nghị tổng kết năm 2024.\n\n"
            "Hội nghị được tổ chức tại Hội trường Thanh tra tỉnh, với sự tham dự của lãnh đạo 7 đơn vị trong khối "
            "cùng đại diện Ban Thi đua – Khen thưởng tỉnh và Văn phòng UBND tỉnh.")
    assert _meeting(text).location == "Hội trường Thanh tra tỉnh"


def test_meeting_location_drops_the_role_of_the_unit_that_owns_the_place():
    text = ("Sáng 8/1/2025, Cụm thi đua các huyện vùng cao tổ chức hội nghị ký kết giao ước thi đua năm 2025 tại huyện "
            "Mèo Vạc (đơn vị Cụm trưởng).")
    assert _meeting(text).location == "huyện Mèo Vạc"
