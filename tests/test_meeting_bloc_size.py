"""Meeting: the emulation bloc or cluster as named in full, and the number of member units (made-up leads)."""

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


@pytest.mark.parametrize("text, group", [
    ("Ngày 21/11/2020, tại tỉnh Cao Bằng, Cụm thi đua ngành Văn hóa, Thể thao và Du lịch (VHTTDL) các tỉnh Đông Bắc "
     "tổ chức Hội nghị tổng kết phong trào thi đua năm 2020.",
     "Cụm thi đua ngành Văn hóa, Thể thao và Du lịch (VHTTDL) các tỉnh Đông Bắc"),
    ("Chiều ngày 22/01/2021, tại Trung tâm Bảo trợ xã hội tỉnh đã diễn ra Hội nghị ký kết giao ước thi đua của Khối "
     "thi đua các đơn vị trực thuộc Sở, ngành Văn hóa - Xã hội.",
     "Khối thi đua các đơn vị trực thuộc Sở, ngành Văn hóa - Xã hội"),
    ("Ngày 7 tháng 6 năm 2023, tại Trường THPT Nông Cống 1, Cụm thi đua số 2 các trường THPT huyện Nông Cống, Như "
     "Thanh và Như Xuân đã tổ chức hội nghị tổng kết năm học 2022 - 2023.",
     "Cụm thi đua số 2 các trường THPT huyện Nông Cống, Như Thanh và Như Xuân"),
    ("Sáng ngày 11/7/2022, Khối thi đua 5 (do Hội Nhà báo làm Trưởng khối) đã tổ chức hội nghị sơ kết.",
     "Khối thi đua 5"),
    ("Ngày 25-5-2018, Cụm thi đua số 3, thuộc Sở Giáo dục và Đào tạo tổ chức Hội nghị tổng kết năm học.",
     "Cụm thi đua số 3"),
    ("Chiều ngày 19/01/2024, Khối thi đua phòng, ban, đơn vị trực thuộc Sở Tư pháp tỉnh tổ chức họp tổng kết.",
     "Khối thi đua phòng, ban, đơn vị trực thuộc Sở Tư pháp tỉnh"),
])
def test_meeting_bloc_is_named_in_full(text, group):
    doc, m = _meeting(text)
    assert m.emulation_group == group
    s, e = m.evidence["emulation_group"]
    assert doc.text[s:e].startswith(group.split()[0])


def test_meeting_bloc_fullest_mention_wins_over_a_short_title():
    text = ("KHỐI THI ĐUA CÁC BỆNH VIỆN KÝ KẾT GIAO ƯỚC THI ĐUA\n\nVừa qua, các bệnh viện đã tổ chức hội nghị ký kết "
            "giao ước thi đua năm 2024.\n\nCác đơn vị thuộc Khối thi đua các bệnh viện tuyến tỉnh trực thuộc Sở Y tế "
            "Gia Lai thống nhất nội dung giao ước.")
    _, m = _meeting(text)
    assert m.emulation_group == "Khối thi đua các bệnh viện tuyến tỉnh trực thuộc Sở Y tế Gia Lai"


def test_meeting_bloc_is_null_without_one():
    _, m = _meeting("Ngày 28-12-2016, Bảo tàng tỉnh đã tổ chức hội nghị tổng kết công tác năm 2016.")
    assert m.emulation_group is None


@pytest.mark.parametrize("text, units", [
    ("Ngày 02/3/2021, tại Bảo tàng tỉnh đã diễn ra Hội nghị ký giao ước của Khối thi đua các đơn vị văn hóa. Tham dự "
     "Hội nghị có lãnh đạo của 6 đơn vị thuộc khối thi đua.", 6),
    ("Chiều 19/1/2024, Khối thi đua các bệnh viện tổ chức Hội nghị ký kết giao ước thi đua. Dự hội nghị có lãnh đạo "
     "7 bệnh viện thành viên.", 7),
    ("Ngày 6.10.2017, LĐLĐ quận tổ chức hội nghị sơ kết. Dự hội nghị có chủ tịch 46 Công đoàn cơ sở (CĐCS) trực "
     "thuộc.", 46),
    ("Sáng ngày 7/4/2022 tại Văn phòng UBND tỉnh đã diễn ra Hội nghị ký kết giao ước thi đua của Cụm thi đua số 02. "
     "Tham dự có đại diện 07 Công đoàn cơ sở các cơ quan, đơn vị.", 7),
    ("Vừa qua, Khối thi đua các doanh nghiệp tổ chức hội nghị tổng kết năm 2022. Khối thi đua có 18 DN tham gia.", 18),
    ("Ngày 21/11/2020, tại tỉnh Lào Cai, Cụm thi đua các tỉnh miền núi tổ chức Hội nghị tổng kết năm 2020. Cụm gồm "
     "Sở VHTTDL 7 tỉnh: Cao Bằng, Lai Châu, Hà Giang, Lào Cai, Lạng Sơn, Sơn La, Điện Biên.", 7),
    ("Chiều 21-11-2020, tại xã Quảng Tiên, Cụm thi đua số 4 gồm Huyện Đoàn A Lưới, Thị Đoàn Hương Thủy và Huyện Đoàn "
     "Phú Lộc tổ chức giao ban công tác Đoàn.", 3),
])
def test_meeting_participant_units_counted_or_listed(text, units):
    doc, m = _meeting(text)
    assert m.participant_units == units
    assert "participant_units" in m.evidence


@pytest.mark.parametrize("text", [
    "Ngày 3/7/2020, UBND huyện tổ chức hội nghị điển hình tiên tiến. Huyện hiện có 7/11 xã đạt chuẩn nông thôn mới.",
    "Ngày 21/5/2020, Chi bộ cơ quan tổ chức đại hội. Dự đại hội có 19 đảng viên của chi bộ.",
    "Sáng 12/1/2018, Công an huyện tổ chức hội nghị tổng kết. Giám đốc Công an tỉnh tặng Giấy khen cho 15 tập thể.",
    "Ngày 6.10.2017, LĐLĐ quận tổ chức hội nghị sơ kết. Trong 9 tháng, các cấp công đoàn thành lập 5 CĐCS mới.",
])
def test_meeting_participant_units_null_for_other_counts(text):
    _, m = _meeting(text)
    assert m.participant_units is None


@pytest.mark.parametrize("text, units", [
    ("Cụm thi đua số 2 ngành Y tế được thành lập năm 2019, gồm các Trung tâm Y tế: thị xã Ninh Hòa, huyện Vạn Ninh, "
     "huyện Khánh Vĩnh và huyện Diên Khánh.\n\nSáng 19/7/2024, cụm đã tổ chức hội nghị sơ kết công tác thi đua.", 4),
    ("Ngày 26/01/2018, Tòa án nhân dân tỉnh chủ trì tổ chức hội nghị tổng kết của Khối thi đua Nội chính tỉnh.\n\n"
     "Tham dự có lãnh đạo các đơn vị thành viên: Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh, Công an tỉnh "
     "và Sở Tư pháp.", 4),
    ("Ngày 12/01/2023, Khối thi đua các ngân hàng tổ chức hội nghị tổng kết. Tới dự có giám đốc các chi nhánh thành "
     "viên (14 đơn vị).", 14),
])
def test_meeting_participant_units_from_a_members_list_or_aside(text, units):
    _, m = _meeting(text)
    assert m.participant_units == units


def test_meeting_bloc_named_in_full_in_the_title_before_a_shorter_lead():
    text = ("Khối thi đua Nội chính tỉnh Vĩnh Long ký kết giao ước thi đua\n\nNgày 26/01/2018, Tòa án nhân dân tỉnh "
            "Vĩnh Long – đơn vị Khối trưởng năm 2017 – chủ trì tổ chức hội nghị ký kết giao ước thi đua năm 2018 của "
            "Khối thi đua Nội chính tỉnh.")
    _, m = _meeting(text)
    assert (m.emulation_group, m.host) == ("Khối thi đua Nội chính tỉnh Vĩnh Long", "Tòa án nhân dân tỉnh Vĩnh Long")


def test_meeting_participant_units_from_a_list_that_marks_the_leader():
    text = ("Ngày 29/11/2017, tại Bảo tàng tỉnh đã diễn ra Hội nghị tổng kết Khối thi đua các đơn vị văn hóa. Tham dự "
            "có đồng chí Trần Văn An - Trưởng ban Thi đua - Khen thưởng tỉnh, Thư viện tỉnh (Khối trưởng), Nhà hát "
            "Ca múa nhạc tỉnh (Khối phó), Bảo tàng tỉnh, Trung tâm Văn hóa tỉnh và Đoàn Nghệ thuật tỉnh.")
    _, m = _meeting(text)
    assert m.participant_units == 5
