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


@pytest.mark.parametrize("text, expected", [
    ("Sáng 8/1/2025, Sở Nội vụ tỉnh tổ chức hội nghị tổng kết công tác năm 2024 và triển khai chương trình công tác "
     "năm 2025.", {"annual_review", "work_deployment"}),
    ("Sáng 8/1/2025, Hội Cựu chiến binh tỉnh tổ chức hội nghị tổng kết năm 2024 và bàn giải pháp thực hiện nhiệm vụ "
     "năm 2025.", {"annual_review", "work_deployment"}),
    ("Sáng 8/1/2025, Hội Nông dân huyện tổ chức hội nghị tổng kết năm 2024, xây dựng kế hoạch năm 2025.",
     {"annual_review", "work_deployment"}),
    ("Sáng 8/1/2025, tại Hội trường UBND tỉnh, Bệnh viện Đa khoa tỉnh được trao tặng Huân chương Lao động hạng Ba.",
     {"award_ceremony"}),
    ("Sáng 8/1/2025, Hội Liên hiệp Phụ nữ huyện tổ chức Lễ kỷ niệm 95 năm thành lập và đón nhận Kỷ niệm chương của "
     "Trung ương Hội.", {"award_ceremony"}),
    ("Chiều 3/9/2024, UBND huyện tổ chức trao Bằng khen của Chủ tịch UBND tỉnh cho 8 tập thể, cá nhân có thành "
     "tích xuất sắc.", {"award_ceremony"}),
    ("Sáng 12/8/2024, Phòng Giáo dục huyện tổ chức hội nghị tổng kết năm học 2023-2024 và định hướng nhiệm vụ năm học "
     "2024-2025.", {"annual_review", "work_deployment"}),
    ("Sáng 8/1/2025, Chi cục Thuế khu vực tổ chức hội nghị tổng kết công tác thuế năm 2024 và giao dự toán thu năm "
     "2025.", {"annual_review", "work_deployment"}),
])
def test_meeting_types_deployment_and_award_wordings_in_the_lead(text, expected):
    assert _types(text) == expected


_HOST_LEAD = ("Chiều 12-7-2024, Quỹ Tín dụng nhân dân xã Tân Phước tổ chức hội nghị sơ kết hoạt động 6 tháng đầu "
              "năm 2024.\n\nDự hội nghị có đại diện chính quyền xã và các thành viên của quỹ.\n\n")


@pytest.mark.parametrize("sentence, launched", [
    ("Quỹ tín dụng phát động đợt thi đua cao điểm đến hết năm 2024, với mục tiêu tăng dư nợ 8%.", True),
    ("Quỹ đã phát động phong trào thi đua “Về đích sớm” trong toàn đơn vị, hướng tới kỷ niệm ngày thành lập.", True),
    ("Năm qua, Quỹ đã phát động nhiều phong trào thi đua, thu hút toàn thể cán bộ, nhân viên hưởng ứng.", False),
    ("Quỹ sẽ phát động đợt thi đua cao điểm vào tháng 9 tới, hướng tới kỷ niệm ngày thành lập.", False),
    ("Công đoàn ngành phát động đợt thi đua cao điểm đến hết năm 2024, với mục tiêu tăng năng suất 8%.", False),
])
def test_meeting_types_what_the_host_did_after_the_lead_counts(sentence, launched):
    tail = " Các tổ tín dụng được giao chỉ tiêu cụ thể về huy động vốn, thu hồi nợ và phát triển thành viên mới."
    assert ("campaign_launch" in _types(_HOST_LEAD + sentence + tail)) is launched


def test_meeting_types_agreeing_the_coming_periods_tasks_is_work_deployment():
    text = ("Chiều 20/7, Khối thi đua các cơ quan Tuyên giáo tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2018.\n\n"
            "Các đơn vị trong khối thống nhất nhiệm vụ trọng tâm 6 tháng cuối năm: tuyên truyền các ngày lễ lớn; "
            "nâng cao chất lượng tin, bài.")
    assert _types(text) == {"midterm_review", "work_deployment"}
