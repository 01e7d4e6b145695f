"""Meeting: the place after "tại" and the host unit of the lead sentence (made-up leads of the genre)."""

from __future__ import annotations

import pytest

from pipeline.document import build
from pipeline.extract import extract_record
from pipeline.ingest import Article
from pipeline.schema import Source


def _meeting(text: str):
    doc = build(Article(doc_id="t", text=text, source=Source()))
    record = extract_record(doc)
    assert record.meeting is not None
    return doc, record.meeting


@pytest.mark.parametrize("text, location", [
    ("Sáng ngày 14/03/2019, tại Hội trường Công an tỉnh, Công an tỉnh Hà Tĩnh tổ chức Hội nghị biểu dương.",
     "Hội trường Công an tỉnh"),
    ("Ngày 02/3/2021, tại Bảo tàng Lịch sử tỉnh đã diễn ra Hội nghị ký giao ước của Khối thi đua các đơn vị văn hóa.",
     "Bảo tàng Lịch sử tỉnh"),
    ("ĐBP - Tại TP. Điện Biên Phủ, sáng 10/11/2017 Hội Cựu chiến binh tỉnh tổ chức hội nghị tổng kết.",
     "TP. Điện Biên Phủ"),
    ("Ngày 6/10/2020, tại Khu di tích lịch sử Nà Tu (xã Cẩm Giàng, Bạch Thông), Tỉnh đoàn tổ chức lễ ra quân.",
     "Khu di tích lịch sử Nà Tu (xã Cẩm Giàng, Bạch Thông)"),
    ("Chiều ngày 24/02/2021 tại Hội\ntrường Nhà văn hoá xã Phú Lạc, Đảng uỷ xã Phú Lạc tổ chức Hội nghị ký kết.",
     "Hội trường Nhà văn hoá xã Phú Lạc"),
    ("Sáng 15-4-2025, tại Hội trường Trung tâm Hội nghị tỉnh, Bộ Chỉ huy Quân sự tỉnh tổ chức Lễ đón nhận Huân "
     "chương.", "Hội trường Trung tâm Hội nghị tỉnh"),
    ("Vừa qua, Hội Nông dân tỉnh tổ chức lễ phát động phong trào thi đua năm 2016 tại huyện Lâm Hà.", "huyện Lâm Hà"),
    ("Sáng ngày 7/4/2022tại Văn phòng Đoàn ĐBQH và HĐND tỉnh đã diễn ra Hội nghị ký kết giao ước thi đua.",
     "Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
])
def test_meeting_location_is_the_place_after_tai(text, location):
    doc, m = _meeting(text)
    assert m.location == location
    s, e = m.evidence["location"]
    assert " ".join(doc.text[s:e].split()) == location


@pytest.mark.parametrize("text", [
    "Sáng 9/3/2021, Công đoàn ngành Y tế tổ chức hội nghị ký kết giao ước thi đua. Phát biểu tại hội nghị, đồng chí "
    "Chủ tịch đề nghị các đơn vị nỗ lực.",
    "Ngày 28-12-2016, Bảo tàng tỉnh đã tổ chức hội nghị tổng kết. Tại hội nghị, lãnh đạo các phòng phát biểu.",
])
def test_meeting_location_is_null_when_only_the_meeting_is_named_after_tai(text):
    _, m = _meeting(text)
    assert m.location is None


@pytest.mark.parametrize("text, host", [
    ("Ngày 29/6/2021, Chi bộ Trường THPT Chu Văn An tổ chức hội nghị sơ kết công tác Đảng.",
     "Chi bộ Trường THPT Chu Văn An"),
    ("Ngày 6.10.2017, Liên đoàn Lao động (LĐLĐ) quận Hải Châu tổ chức hội nghị sơ kết 9 tháng.",
     "Liên đoàn Lao động (LĐLĐ) quận Hải Châu"),
    ("Chiều 19/1/2024, Bệnh viện Đa khoa tỉnh (Khối trưởng) chủ trì tổ chức Hội nghị ký kết giao ước thi đua.",
     "Bệnh viện Đa khoa tỉnh"),
    ("Sáng 15-4-2025, tại Hội trường tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh long trọng tổ chức Lễ đón nhận.",
     "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
    ("Chiều 21-11-2020, tại xã Quảng Tiên, Cụm thi đua số 4 gồm Huyện Đoàn A Lưới, Thị Đoàn Hương Thủy và Huyện Đoàn "
     "Phú Lộc tổ chức giao ban công tác Đoàn.", "Cụm thi đua số 4"),
    ("Ngày 02/3/2021, tại Bảo tàng tỉnh đã diễn ra Hội nghị ký giao ước của Khối thi đua các đơn vị văn hóa, năm "
     "2021.", "Khối thi đua các đơn vị văn hóa"),
    ("Sáng 11/7/2022, Khối thi đua 5 (do Hội Nhà báo làm Trưởng khối) đã tổ chức hội nghị sơ kết.", "Khối thi đua 5"),
    ("Ngày 6.10.2020, Đoàn Thanh niên Công an các tỉnh Gia Lai, Kon Tum, Đắk Lắk thuộc Cụm thi đua số 5 - Bộ Công an "
     "tổ chức hội nghị ký kết giao ước thi đua.", "Cụm thi đua số 5 - Bộ Công an"),
    ("Sáng ngày 18/01/2021, tại phòng họp Bảo tàng Hồ Chí Minh tỉnh đã tổ chức Hội nghị triển khai nhiệm vụ năm 2021.",
     "Bảo tàng Hồ Chí Minh tỉnh"),
    ("Sáng 8/3/2023, Hội Liên hiệp Phụ nữ tỉnh phối hợp với Sở Y tế tổ chức hội nghị biểu dương phụ nữ tiêu biểu.",
     "Hội Liên hiệp Phụ nữ tỉnh"),
    ("Ngày 20/11/2019, Sở Văn hóa, Thể thao và Du lịch tỉnh Yên Bái đăng cai tổ chức Hội nghị tổng kết Cụm thi đua.",
     "Sở Văn hóa, Thể thao và Du lịch tỉnh Yên Bái"),
    ("Ngày 20/11/2019, Hội nghị tổng kết Cụm thi đua các tỉnh Tây Bắc do Sở Nội vụ tỉnh Sơn La đăng cai đã diễn ra "
     "tại thành phố Sơn La.", "Sở Nội vụ tỉnh Sơn La"),
    ("Trong 2 ngày 14 và 15/3/2024, Hội Nông dân tỉnh Gia Lai tổ chức Đại hội đại biểu lần thứ X.",
     "Hội Nông dân tỉnh Gia Lai"),
    ("Hội nghị tổng kết năm 2023 của Khối thi đua số 4 được tổ chức vào chiều 15/1/2024 tại Sở Tài chính.",
     "Khối thi đua số 4"),
    ("(Baonghean.vn) - Sáng 12/5/2023, tại thành phố Vinh, Sở Giáo dục và Đào tạo tổ chức Lễ tổng kết năm học.",
     "Sở Giáo dục và Đào tạo"),
    ("Hôm nay (15/3/2024), Công đoàn ngành Giáo dục tỉnh phát động phong trào thi đua chào mừng Ngày thành lập.",
     "Công đoàn ngành Giáo dục tỉnh"),
    ("Chiều 26/2/2024, Khối thi đua các tổ chức tín dụng trên địa bàn thành phố tổ chức hội nghị ký kết giao ước.",
     "Khối thi đua các tổ chức tín dụng trên địa bàn thành phố"),
])

def test_meeting_host_is_the_unit_that_held_it(text, host):
    _, m = _meeting(text)
    assert m.host == host


def test_meeting_host_is_null_when_only_the_place_is_given():
    text = ("Chiều ngày 17/10/2024, tại trụ sở Công ty Cổ phần Dược phẩm Hậu Giang, lễ phát động phong trào thi đua "
            "đã diễn ra trong không khí trang trọng.")
    _, m = _meeting(text)
    assert (m.host, m.location) == (None, "trụ sở Công ty Cổ phần Dược phẩm Hậu Giang")


def test_meeting_host_and_time_of_day_of_a_day_without_year():
    _, m = _meeting("Chiều 21-11, Cụm thi đua số 3 tổ chức giao ban công tác Đoàn tại xã Quảng Phương.")
    assert (m.host, m.time_of_day, m.date, m.location) == ("Cụm thi đua số 3", "afternoon", None, "xã Quảng Phương")


def test_meeting_location_from_a_later_mention_of_the_same_meeting():
    text = ("Sáng 21-5-2019, Công an tỉnh Hà Nam tổ chức Lễ phát động phong trào thi đua đặc biệt.\n\n"
            "Ngoài Lễ phát động thi đua tại Công an tỉnh, Công an các huyện cũng tổ chức lễ phát động.")
    _, m = _meeting(text)
    assert m.location == "Công an tỉnh"


def test_meeting_location_not_taken_from_another_meeting():
    text = ("Sáng 21-5-2019, Công an tỉnh Hà Nam tổ chức Lễ phát động phong trào thi đua đặc biệt.\n\n"
            "Năm ngoái, đơn vị được biểu dương tại Hội nghị điển hình tiên tiến toàn quốc tại Hà Nội.")
    _, m = _meeting(text)
    assert m.location is None


def test_meeting_location_goes_on_through_a_higher_place_level_after_a_comma():
    text = ("Chiều 24/11, tại nhà văn hóa bản Nậm Cha, huyện Sìn Hồ, Đồn Biên phòng Nậm Cha tổ chức lễ tổng kết "
            "phong trào thi đua năm 2023.")
    doc, m = _meeting(text)
    assert m.location == "nhà văn hóa bản Nậm Cha, huyện Sìn Hồ"
    assert m.host == "Đồn Biên phòng Nậm Cha"


def test_meeting_host_drops_the_affiliation_after_thuoc():
    text = ("Sáng 5/12, Đồn Biên phòng Ka Lăng thuộc Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu tổ chức hội nghị "
            "tổng kết công tác năm 2023.")
    assert _meeting(text)[1].host == "Đồn Biên phòng Ka Lăng"


def test_meeting_bloc_name_keeps_its_trực_thuộc_descriptor():
    text = ("Ngày 10/1, Khối thi đua các đơn vị trực thuộc Sở Y tế tổ chức hội nghị ký kết giao ước thi đua "
            "năm 2024.")
    assert _meeting(text)[1].host == "Khối thi đua các đơn vị trực thuộc Sở Y tế"


def test_meeting_bloc_name_keeps_a_dash_compound_of_its_sector():
    text = ("Chiều 27/7, Khối thi đua các sở kinh tế – kỹ thuật tỉnh Bình Định tổ chức hội nghị sơ kết công tác "
            "thi đua 6 tháng đầu năm.")
    m = _meeting(text)[1]
    assert (m.host, m.emulation_group) == ("Khối thi đua các sở kinh tế – kỹ thuật tỉnh Bình Định",) * 2


def test_meeting_host_keeps_a_dash_before_a_capitalized_word_of_its_name():
    text = ("Chiều 20/7, tại trụ sở Đài Phát thanh – Truyền hình tỉnh, Khối thi đua các cơ quan Tuyên giáo – Báo chí "
            "tỉnh Bình Phước tổ chức hội nghị sơ kết 6 tháng đầu năm.")
    assert _meeting(text)[1].host == "Khối thi đua các cơ quan Tuyên giáo – Báo chí tỉnh Bình Phước"


def test_meeting_host_written_as_its_board_is_the_body_the_board_leads():
    text = ("Ngày 29/12/2016, Ban Chấp hành Tỉnh đoàn Sóc Trăng tổ chức Hội nghị tổng kết công tác Đoàn năm 2016 "
            "tại Hội trường Tỉnh ủy.")
    assert _meeting(text)[1].host == "Tỉnh đoàn Sóc Trăng"
