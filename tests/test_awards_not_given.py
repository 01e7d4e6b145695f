"""Awards: proposals, nominations, goals, past honours, generic groups and repeats are not (new) award items."""

from __future__ import annotations

import pytest

from pipeline.document import build
from pipeline.extract import awards
from pipeline.ingest import Article
from pipeline.schema import Source

HEAD = "Hội nghị tổng kết công tác thi đua năm 2023\n\n"


def _rows(body: str):
    doc = build(Article(doc_id="t", text=HEAD + body, source=Source()))
    return [(a.award, a.recipient, a.count) for a in awards.extract(doc, [], [])]


@pytest.mark.parametrize("body", [
    "Hội nghị đã đề nghị UBND tỉnh tặng Cờ thi đua cho 2 đơn vị.",
    "Hội nghị cũng thống nhất đề nghị Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Trường THPT Nam Sách.",
    "Cụm thi đua đã bình chọn và đề nghị Bộ Nội vụ tặng Cờ thi đua cho Sở Nội vụ tỉnh Bắc Giang.",
    "Các đơn vị đã bình xét, suy tôn các tập thể dẫn đầu gồm: Trường A nhận Cờ thi đua của UBND tỉnh, "
    "Trường B nhận Bằng khen của UBND tỉnh; Trường C được tặng danh hiệu Tập thể lao động xuất sắc.",
    "Hội nghị bình xét danh hiệu Cờ thi đua trình UBND tỉnh xem xét.",
    "Năm 2025, các đơn vị sẽ tặng Giấy khen cho các cá nhân xuất sắc.",
    "Các đơn vị phấn đấu đạt Cờ thi đua của Chính phủ.",
    "Các trường đăng ký danh hiệu Tập thể lao động xuất sắc năm học mới.",
])
def test_awards_proposals_and_goals_are_not_awards(body):
    assert _rows(body) == []


@pytest.mark.parametrize("body", [
    "Năm 2019, đơn vị từng được tặng Huân chương Lao động hạng Nhì.",
    "Trường nhiều năm liền được tặng Bằng khen của Bộ Giáo dục và Đào tạo.",
])
def test_awards_past_honours_are_not_awards_of_the_event(body):
    assert _rows(body) == []


@pytest.mark.parametrize("body", [
    "Giám đốc Sở trao Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc.",
    "Dịp này, các tập thể và cá nhân tiêu biểu được UBND huyện tặng Giấy khen.",
    "Sáng 5/3, Công an tỉnh tổ chức Lễ đón nhận Huân chương Độc lập hạng Ba.",
    "Trong năm, đơn vị có 5 cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở.",
    "Bà Nguyễn Thị Thu, Nhà giáo Ưu tú, phát biểu tại hội nghị.",
    "Trong năm, có 25 tập thể đạt danh hiệu Tập thể lao động xuất sắc.",
    "Công ty vinh dự đón nhận Huân chương Lao động hạng Ba.",
])
def test_awards_without_a_named_or_counted_recipient_are_not_items(body):
    assert _rows(body) == []


def test_awards_repeated_in_a_caption_is_one_award():
    body = ("Với thành tích năm 2023, Trung tâm Y tế huyện được Giám đốc Sở Y tế tặng Giấy khen và 8 cá nhân được "
            "tặng Giấy khen của Giám đốc Trung tâm.\n\n"
            "Đồng chí Hồ Văn Phúc trao Giấy khen cho 08 cá nhân\n")
    assert _rows(body) == [("Giấy khen", "Trung tâm Y tế huyện", 1), ("Giấy khen", "8 cá nhân", 8)]


def test_awards_caption_counts_when_the_body_does_not_mention_the_form():
    body = ("Buổi lễ diễn ra trang trọng với sự tham dự của lãnh đạo tỉnh và đông đảo cán bộ, chiến sĩ của đơn vị "
            "cùng đại diện các sở, ngành trên địa bàn.\n\n"
            "Ảnh: Đồng chí Bí thư Tỉnh ủy trao Cờ thi đua cho Công an huyện Mường Tè\n\n"
            "Phát biểu tại buổi lễ, lãnh đạo đơn vị cảm ơn sự quan tâm của tỉnh và hứa tiếp tục phát huy truyền thống "
            "vẻ vang, hoàn thành xuất sắc mọi nhiệm vụ được giao trong thời gian tới.\n")
    assert _rows(body) == [("Cờ thi đua", "Công an huyện Mường Tè", 1)]


def test_awards_headline_and_body_statement_are_one_award():
    text = ("Bộ đội Biên phòng tỉnh đón nhận Huân chương Bảo vệ Tổ quốc hạng Ba\n\n"
            "Thừa ủy quyền của Chủ tịch nước, Phó Chủ tịch UBND tỉnh trao Huân chương Bảo vệ Tổ quốc hạng Ba cho "
            "Bộ đội Biên phòng tỉnh.")
    doc = build(Article(doc_id="t", text=text, source=Source()))
    found = awards.extract(doc, [], [])
    assert [(a.award, a.recipient, a.issuer) for a in found] == [
        ("Huân chương Bảo vệ Tổ quốc hạng Ba", "Bộ đội Biên phòng tỉnh", "Chủ tịch nước")]


def test_awards_long_run_of_statements_stays_linear():
    import time

    body = "Dịp này, " + "3 tập thể được nhận Cờ thi đua, " * 2000 + "."
    started = time.perf_counter()
    found = _rows(body)
    assert found and time.perf_counter() - started < 5


@pytest.mark.parametrize("body, count", [
    ("Trong năm, Sở có 3 tập thể được UBND tỉnh tặng Bằng khen.", 0),
    ("Năm qua, 12 cá nhân được Bộ trưởng tặng Bằng khen.", 0),
    ("Với thành tích trong năm, 3 tập thể được UBND tỉnh tặng Bằng khen tại hội nghị.", 1),
    ("Dịp này, với thành tích trong năm qua, 5 cá nhân được Giám đốc Sở tặng Giấy khen.", 1),
])
def test_awards_results_of_the_reviewed_period_are_not_given_at_the_event(body, count):
    assert len(_rows(body)) == count


def test_awards_contest_medals_are_not_distinctions():
    assert _rows("Ban Tổ chức trao Huy chương Vàng cho đội bóng chuyền Công an tỉnh.") == []


def test_awards_period_of_a_sentence_covers_its_later_clauses():
    body = ("Trong năm, cụm có 4 tập thể được Thủ tướng Chính phủ tặng Bằng khen; 15 cá nhân được công nhận danh "
            "hiệu Chiến sĩ thi đua cấp tỉnh.")
    assert _rows(body) == []


def test_awards_repeat_with_an_abbreviated_recipient_is_one_award():
    body = ("Tại hội nghị, Trung tâm Y tế Dự phòng tỉnh được Giám đốc Sở tặng Giấy khen. "
            "Đồng chí Lò Văn Mừng trao Giấy khen cho Trung tâm YTDP tỉnh.")
    assert _rows(body) == [("Giấy khen", "Trung tâm Y tế Dự phòng tỉnh", 1)]


def test_awards_repeat_with_an_abbreviation_keeps_the_full_name():
    body = ("Đồng chí Lê Văn Đức trao Cờ thi đua của Chính phủ cho Phòng CSGT. "
            "Theo quyết định, Phòng Cảnh sát giao thông Công an tỉnh được tặng Cờ thi đua của Chính phủ.")
    assert _rows(body) == [("Cờ thi đua", "Phòng Cảnh sát giao thông Công an tỉnh", 1)]
