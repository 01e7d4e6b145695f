"""Meeting: whether an article reports a meeting that took place (made-up articles of the genre)."""

from __future__ import annotations

import pytest

from pipeline.document import build
from pipeline.extract import extract_record
from pipeline.ingest import Article
from pipeline.schema import Source


def _record(text: str):
    return extract_record(build(Article(doc_id="t", text=text, source=Source())))


REPORTS = [
    "Hội Nông dân huyện Krông Pắc phát động thi đua\n\nSáng 12/3/2022, Hội Nông dân huyện Krông Pắc tổ chức lễ phát "
    "động phong trào thi đua sản xuất, kinh doanh giỏi năm 2022. Dự buổi lễ có đại diện lãnh đạo Huyện ủy.",
    "Vừa qua, Trường THCS Nguyễn Trãi tổ chức hội nghị tổng kết năm học 2022 - 2023. Hiệu trưởng nhà trường "
    "trình bày báo cáo tổng kết.",
    "Đại hội Chi bộ Phòng Tài chính - Kế hoạch\n\nChi bộ Phòng Tài chính - Kế hoạch huyện đã tổ chức đại hội nhiệm "
    "kỳ 2025 - 2030. Đại hội đã bầu Ban Chi ủy gồm 3 đồng chí.",
    "Ngày 4/7/2023, tại Hội trường Sở Giao thông vận tải đã diễn ra Hội nghị sơ kết công tác thi đua 6 tháng đầu "
    "năm của Khối thi đua các sở, ngành kinh tế.",
    "Công ty Điện lực tỉnh đón nhận Huân chương Lao động hạng Nhì\n\nSáng 20-9, Công ty Điện lực tỉnh long trọng tổ "
    "chức Lễ đón nhận Huân chương Lao động hạng Nhì.",
    # an event action used as the verb, dated at the opening or with "vừa qua"
    "Ngày 15/3/2023, Công an tỉnh Bình Phước phát động đợt thi đua cao điểm chào mừng Đại hội Đảng các cấp.",
    "Vừa qua, Khối thi đua các trường mầm non huyện ký kết giao ước thi đua năm học 2023 - 2024.",
    "Ngày 5/4/2023, Chi bộ Hội Nông dân tỉnh Trà Vinh tổ chức sinh hoạt chi bộ định kỳ quý I năm 2023.",
    # a report whose lead goes on with the plans it adopted
    "Ngày 12/3/2022, Sở Y tế tổ chức hội nghị triển khai kế hoạch công tác năm 2022; theo đó, toàn ngành sẽ tập "
    "trung nâng cao chất lượng khám chữa bệnh ở tuyến cơ sở và phát triển y tế dự phòng trong thời gian tới.",
]

NOT_REPORTS = [
    # an announcement of a future conference
    "Bảo tàng tỉnh chuẩn bị Hội nghị tổng kết Khối thi đua\n\nTheo kế hoạch, Khối thi đua các đơn vị sự nghiệp sẽ "
    "tổ chức hội nghị tổng kết vào ngày 12/01/2025 tại Bảo tàng tỉnh. Hội nghị dự kiến có 9 đơn vị tham dự.",
    "Những tấm gương lao động giỏi được tuyên dương\n\nHọ nằm trong số 120 người lao động sẽ được tuyên dương tại "
    "hội nghị điển hình tiên tiến ngành vào ngày 20/5 tới đây.",
    # an explainer of the law
    "Những điểm mới của Luật Thi đua, khen thưởng\n\nLuật Thi đua, khen thưởng năm 2022 được Quốc hội thông qua "
    "ngày 15/6/2022 và có hiệu lực từ ngày 01/01/2024. Luật quy định rõ tiêu chuẩn danh hiệu Chiến sĩ thi đua.",
    "Luật Thi đua, khen thưởng 2022 có hiệu lực từ 1/1/2024\n\nTại Kỳ họp thứ 3 diễn ra ngày 15/6/2022, Quốc hội "
    "khóa XV đã thông qua Luật Thi đua, khen thưởng. Luật gồm 8 chương, 96 điều.",
    # a profile of an exemplary worker
    "Gương điển hình: chị Lò Thị Mai và nghề dệt thổ cẩm\n\nNhiều năm liền, chị Lò Thị Mai được Hội Liên hiệp Phụ "
    "nữ tỉnh tặng Bằng khen. Chị đã giúp 15 hộ trong bản thoát nghèo.",
    # a call for nominations
    "Thông báo lấy ý kiến nhân dân về đề nghị khen thưởng\n\nHội đồng Thi đua - Khen thưởng huyện thông báo lấy ý "
    "kiến nhân dân đối với các tập thể, cá nhân được đề nghị tặng Bằng khen của Thủ tướng Chính phủ.",
    # news that only uses the vocabulary
    "Du lịch Ninh Bình đón 5 triệu lượt khách\n\nNăm 2023, Ninh Bình đón 5 triệu lượt khách. Lễ hội Tràng An được tổ "
    "chức quy mô lớn, thu hút đông đảo du khách.",
    # a notice calling to a meeting
    "Thông báo về việc tổ chức Hội nghị tổng kết\n\nUBND huyện thông báo tổ chức Hội nghị tổng kết công tác thi đua "
    "năm 2023 vào lúc 8 giờ 00 ngày 20/12/2023 tại Hội trường UBND huyện.",
    # a unit's own campaign spread inside it, with a deadline date
    "Giải bóng đá công nhân viên\n\nĐể hưởng ứng giải đấu, Công đoàn công ty phát động, phổ biến đến toàn thể người "
    "lao động, đến ngày 15/8/2022, các phân xưởng đã đăng ký 12 đội bóng.",
    # an interview that mentions a past conference in passing
    "Thi đua phải thiết thực\n\nPhóng viên đã trao đổi với Trưởng ban Thi đua - Khen thưởng tỉnh về công tác năm "
    "qua.\n\nÔng Lê Văn Hòa: Hội nghị điển hình tiên tiến tổ chức hồi tháng 9 năm ngoái đã biểu dương 150 tập thể.",
    # an essay that speaks of organizing movements in general
    "Phát huy vai trò người đứng đầu trong thi đua\n\nMuốn phong trào có hiệu quả thì phải biết tổ chức, phát động "
    "phong trào thi đua gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị.",
]


@pytest.mark.parametrize("text", REPORTS)
def test_meeting_report_of_a_held_meeting_is_recognized(text):
    record = _record(text)
    assert record.is_meeting_report and record.meeting is not None


@pytest.mark.parametrize("text", NOT_REPORTS)
def test_meeting_report_is_false_for_announcements_explainers_profiles_and_other_news(text):
    record = _record(text)
    assert (record.is_meeting_report, record.meeting) == (False, None)


@pytest.mark.parametrize("text, is_report", [
    ("Ngày 12/3/2024, Huyện ủy tổ chức hội nghị triển khai công tác chuẩn bị Đại hội Đảng bộ huyện tới đây.", True),
    ("Ngày 17/1/2022, Hội Nông dân tỉnh đã tổ chức hội nghị trực tuyến phát động thi đua năm 2022 tới điểm cầu các "
     "huyện.", True),
    ("Khối thi đua các trường cao đẳng sẽ tổ chức hội nghị tổng kết vào ngày 10/1/2025.", False),
    ("Các điển hình được tuyên dương tại hội nghị biểu dương của ngành vào ngày 26/5/2016 tới đây.", False),
    ("Vào ngày 10/1/2025 tới, Khối thi đua các sở tổ chức hội nghị tổng kết.", False),
])
def test_meeting_report_future_cues_count_only_for_the_event_itself(text, is_report):
    assert _record(text).is_meeting_report is is_report


def test_meeting_report_lead_found_after_lines_of_page_chrome():
    text = ("TỈNH ĐOÀN BẾN TRE - Cổng thông tin\nTrang chủ  Tin tức  Phong trào  Văn bản  Liên hệ\nTin tức\n"
            "Tổng kết công tác Đoàn năm 2016\nĐăng lúc: 31/12/2016 15:20   |   Đã xem: 1.027 lần\n"
            "Ngày 29 tháng 12 năm 2016, Tỉnh đoàn Bến Tre tổ chức Hội nghị tổng kết công tác Đoàn năm 2016 tại "
            "Hội trường Tỉnh ủy.\n")
    record = _record(text)
    assert record.is_meeting_report and record.meeting.date == "2016-12-29"
