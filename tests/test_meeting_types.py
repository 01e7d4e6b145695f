"""Meeting: the types of the main meeting, from the title, the lead and what the meeting itself did (made-up)."""

from __future__ import annotations

import pytest

from pipeline.document import build
from pipeline.extract import extract_record
from pipeline.ingest import Article
from pipeline.schema import Source


def _types(text: str) -> set[str]:
    record = extract_record(build(Article(doc_id="t", text=text, source=Source())))
    assert record.meeting is not None
    return set(record.meeting.types)


@pytest.mark.parametrize("text, expected", [
    ("Ngày 21/11/2022, Cụm thi đua các huyện miền núi tổ chức Hội nghị tổng kết công tác thi đua năm 2022, triển "
     "khai nhiệm vụ năm 2023 và ký kết giao ước thi đua.", {"annual_review", "work_deployment", "pledge_signing"}),
    ("Sáng 3/7/2023, Công đoàn Viên chức tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023.",
     {"midterm_review"}),
    ("Chiều 14/2/2024, Đoàn Thanh niên Công an tỉnh tổ chức lễ phát động đợt thi đua cao điểm.", {"campaign_launch"}),
    ("Sáng 20/9/2021, Trường Đại học Y long trọng tổ chức Lễ đón nhận Huân chương Lao động hạng Nhất.",
     {"award_ceremony"}),
    ("Ngày 5/10/2024, Chi bộ Trung tâm Y tế huyện tổ chức sinh hoạt chuyên đề quý III.", {"party_meeting"}),
    ("Chiều 21-11-2020, tại xã Tân Hòa, Cụm thi đua số 3 tổ chức giao ban công tác Đoàn.", {"other"}),
])
def test_meeting_types_from_the_lead_sentence(text, expected):
    assert _types(text) == expected


def test_meeting_types_what_the_meeting_itself_did_counts():
    text = ("Ngày 10/12/2021, Khối thi đua các sở, ngành nội chính tổ chức hội nghị tổng kết phong trào thi đua năm "
            "2021.\n\nNăm 2021, các đơn vị trong khối đã hoàn thành tốt nhiệm vụ được giao.\n\n"
            "Hội nghị đã phát động và tổ chức ký kết giao ước thi đua năm 2022.")
    assert _types(text) == {"annual_review", "campaign_launch", "pledge_signing"}


def test_meeting_types_a_list_of_planned_meetings_does_not_count():
    text = ("Sáng 15/1/2022, Khối thi đua các trường cao đẳng tổ chức hội nghị ký kết giao ước thi đua năm 2022.\n\n"
            "Trong năm 2022, Khối thi đua đã thống nhất tổ chức các hoạt động định kỳ, gồm: Hội nghị sơ kết công tác "
            "6 tháng đầu năm, Hội nghị tổng kết đánh giá công tác thi đua năm 2022.")
    assert _types(text) == {"pledge_signing"}


def test_meeting_types_an_award_received_during_a_review_is_not_an_award_ceremony():
    text = ("Sáng 12/1/2019, Khối thi đua các doanh nghiệp tổ chức hội nghị tổng kết công tác năm 2018.\n\n"
            "Tại hội nghị, Công ty Xi măng tỉnh vinh dự đón nhận Huân chương Lao động hạng Ba.")
    assert _types(text) == {"annual_review"}


def test_meeting_types_discussing_the_coming_tasks_is_work_deployment():
    text = ("Ngày 28/12/2022, Bảo tàng tỉnh tổ chức hội nghị tổng kết công tác năm 2022.\n\n"
            "Hội nghị đã thảo luận, thông qua phương hướng, nhiệm vụ năm 2023.")
    assert _types(text) == {"annual_review", "work_deployment"}


@pytest.mark.parametrize("text, expected", [
    ("Đánh giá kết quả phong trào thi đua năm 2022, bàn phương hướng, nhiệm vụ năm 2023 là nội dung chính của hội "
     "nghị do Khối thi đua các doanh nghiệp tỉnh tổ chức vào chiều ngày 12 tháng 01 năm 2023.",
     {"annual_review", "work_deployment"}),
    ("Nhìn lại 6 tháng đầu năm 2023 là nội dung hội nghị do Cụm thi đua số 2 tổ chức sáng 14/7/2023.",
     {"midterm_review"}),
])
def test_meeting_types_a_review_named_without_tong_ket(text, expected):
    assert _types(text) == expected
