"""People: each position a person is given is one title, with the organization it is held in (made-up texts)."""

from __future__ import annotations

import pytest

from recognition_helpers import extract_people, person_titles


@pytest.mark.parametrize("text, expected", [
    # "<honorific> <Name> – <title>, <title>, <title>"
    ("Đến dự có đồng chí Lò Văn Mừng - Tỉnh ủy viên, Bí thư Đảng ủy, Giám đốc Sở Văn hóa, Thể thao và Du lịch.",
     [("Lò Văn Mừng", ["Tỉnh ủy viên", "Bí thư Đảng ủy", "Giám đốc Sở Văn hóa, Thể thao và Du lịch"])]),
    # "<Name>, <title>; <Name>, <title>"
    ("Dự hội nghị có ông Đào Duy Tùng, Phó Chủ tịch UBND huyện; bà Kiều Thị Nga, Trưởng phòng Tài chính - "
     "Kế hoạch huyện.",
     [("Đào Duy Tùng", ["Phó Chủ tịch UBND huyện"]),
      ("Kiều Thị Nga", ["Trưởng phòng Tài chính - Kế hoạch huyện"])]),
    # "<Name> (<title>)"
    ("Đến dự có TS. Hà Văn Siêu (Phó Tổng cục trưởng Tổng cục Du lịch), bà Ninh Thị Hòa (Phó Chánh Văn phòng "
     "Sở Nội vụ) cùng đại diện các đơn vị.",
     [("Hà Văn Siêu", ["Phó Tổng cục trưởng Tổng cục Du lịch"]),
      ("Ninh Thị Hòa", ["Phó Chánh Văn phòng Sở Nội vụ"])]),
    # a position that names its organization itself ("Trưởng ban …")
    ("Đồng chí Tống Văn Khang - Phó Trưởng ban Thi đua - Khen thưởng tỉnh phát biểu.",
     [("Tống Văn Khang", ["Phó Trưởng ban Thi đua - Khen thưởng tỉnh"])]),
    # a board inside a title
    ("Bà Lục Thị Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự hội nghị.",
     [("Lục Thị Hà", ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"])]),
    # "<title> <Name>"
    ("Bí thư Huyện ủy Lương Văn Đoàn trao Cờ thi đua cho các xã.",
     [("Lương Văn Đoàn", ["Bí thư Huyện ủy"])]),
    ("Giám đốc Công an tỉnh Đại tá Nguyễn Văn Phú tặng Giấy khen.",
     [("Nguyễn Văn Phú", ["Giám đốc Công an tỉnh"])]),
    # "<Name> – <title>" without an honorific, in a caption
    ("Ảnh 2: Trần Đức Thắng – Chủ tịch Hội Cựu chiến binh xã trao quà.",
     [("Trần Đức Thắng", ["Chủ tịch Hội Cựu chiến binh xã"])]),
    # titles separated by a dash
    ("Đồng chí Ma Thị Nguyệt, Giám đốc – Bí thư chi bộ Trung tâm phát biểu.",
     [("Ma Thị Nguyệt", ["Giám đốc", "Bí thư chi bộ Trung tâm"])]),
    # "… được bầu giữ chức <title>"
    ("Đồng chí Chu Văn Hải, Cục trưởng Cục Thuế tỉnh được bầu giữ chức Bí thư Đảng ủy Cục Thuế tỉnh.",
     [("Chu Văn Hải", ["Cục trưởng Cục Thuế tỉnh", "Bí thư Đảng ủy Cục Thuế tỉnh"])]),
    # the title ends before what the person does, and before another honorific
    ("Ông Khổng Minh Đức - Chủ tịch Hội Luật gia tỉnh và ông Phí Văn Tâm - Chủ tịch Hội Nhà báo tỉnh đồng chủ trì.",
     [("Khổng Minh Đức", ["Chủ tịch Hội Luật gia tỉnh"]), ("Phí Văn Tâm", ["Chủ tịch Hội Nhà báo tỉnh"])]),
    # an aside in parentheses before the title
    ("Ảnh: Đồng chí Thân Văn Hòa (đứng giữa), Phó Giám đốc Sở Y tế trao Giấy khen.",
     [("Thân Văn Hòa", ["Phó Giám đốc Sở Y tế"])]),
])
def test_people_titles_one_item_per_position(text, expected):
    assert person_titles(text) == expected


def test_people_title_containing_an_organization_with_a_comma_stays_one_title():
    found = extract_people("Bà Âu Thị Mai, Giám đốc Sở Văn hóa, Thể thao và Du lịch phát biểu.")
    assert [(t.title, t.organization) for t in found[0].titles] == [
        ("Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch")]


def test_people_title_organization_is_the_organizations_name():
    text = ("Công an tỉnh Thái Bình tổ chức hội nghị. Dự có Đại tá Lưu Văn Hùng, Phó Giám đốc Công an tỉnh.")
    found = extract_people(text)
    assert [(t.title, t.organization) for t in found[0].titles] == [
        ("Phó Giám đốc Công an tỉnh", "Công an tỉnh Thái Bình")]


def test_people_title_without_organization_has_none():
    found = extract_people("Đồng chí Hầu A Lềnh, Tỉnh ủy viên phát biểu.")
    assert [(t.title, t.organization) for t in found[0].titles] == [("Tỉnh ủy viên", None)]


def test_people_titles_of_every_mention_kept_once():
    text = ("Dự có ông Tạ Văn Long, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện. "
            "Ông Tạ Văn Long – Chủ tịch UBND huyện phát biểu bế mạc.")
    assert person_titles(text) == [("Tạ Văn Long", ["Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"])]


@pytest.mark.parametrize("text, expected", [
    # the position written first, then the person ("<title>, <honorific> <Name>")
    ("Viện trưởng Viện Kiểm sát nhân dân huyện, ông Thạch Văn Sơn, đề nghị tăng cường phối hợp.",
     [("Thạch Văn Sơn", ["Viện trưởng Viện Kiểm sát nhân dân huyện"])]),
    # a position of someone else ("thừa ủy quyền của <title>, <Name> …") is not the person's
    ("Thừa ủy quyền của Chủ tịch nước, Thiếu tướng Hà Văn Tuấn trao Huân chương cho đơn vị.",
     [("Hà Văn Tuấn", [])]),
    # two positions joined by "kiêm"
    ("Chủ trì có ông Lý Văn Phong, Phó Chủ tịch UBND huyện kiêm Chủ tịch Hội đồng Thi đua – Khen thưởng huyện.",
     [("Lý Văn Phong", ["Phó Chủ tịch UBND huyện", "Chủ tịch Hội đồng Thi đua – Khen thưởng huyện"])]),
    # a unit, then the body it belongs to, after a comma: one title
    ("Dự có bà Mạc Thị Huệ, Phó Trưởng phòng Kế hoạch tài chính, Sở Y tế tỉnh Hà Nam.",
     [("Mạc Thị Huệ", ["Phó Trưởng phòng Kế hoạch tài chính, Sở Y tế tỉnh Hà Nam"])]),
    # a degree that is also an occupation, written before the name, is an honorific
    ("Giám đốc Bệnh viện huyện, bác sĩ CKII Âu Văn Lâm cho biết số ca khám tăng.",
     [("Âu Văn Lâm", ["Giám đốc Bệnh viện huyện"])]),
    # an organization written without a head noun after the position
    ("Bà Quách Thị Mến, Giám đốc MB chi nhánh Hòa Bình chủ trì hội nghị.",
     [("Quách Thị Mến", ["Giám đốc MB chi nhánh Hòa Bình"])]),
])
def test_people_titles_written_around_the_name(text, expected):
    assert person_titles(text) == expected


def test_people_same_position_in_the_same_organization_written_shorter_is_kept_once():
    text = ("Ông Lục Văn Hải - Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh chủ trì. "
            "Báo cáo do ông Lục Văn Hải, Chủ tịch Liên hiệp hội trình bày.")
    assert person_titles(text) == [("Lục Văn Hải", ["Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"])]


@pytest.mark.parametrize("text, expected", [
    ("Thứ trưởng Bộ Nội vụ Vũ Chiến Thắng cùng dự.", [("Vũ Chiến Thắng", ["Thứ trưởng Bộ Nội vụ"])]),
    ("Chủ tịch Hội đồng thành viên Công ty TNHH MTV Thủy lợi Tây Nghệ An Lê Văn Ba trao thưởng.",
     [("Lê Văn Ba", ["Chủ tịch Hội đồng thành viên Công ty TNHH MTV Thủy lợi Tây Nghệ An"])]),
])
def test_people_name_after_a_title_and_its_organization(text, expected):
    assert person_titles(text) == expected


def test_people_titles_highlands_name_after_a_body_that_names_itself():
    # "<prefix> <given> <clan>" after a party committee's name is the person, not more of the committee's name
    text = "Ảnh: Phó Trưởng Ban Tuyên giáo Huyện ủy Y Phôn Mlô phát biểu tại hội nghị."
    assert person_titles(text) == [("Y Phôn Mlô", ["Phó Trưởng Ban Tuyên giáo Huyện ủy"])]


@pytest.mark.parametrize("text, expected", [
    # a forest ranger station's head; a northern family name ("Xa")
    ("Ông Lò Văn Thắm, Hạt trưởng Hạt Kiểm lâm huyện Mường Lát, báo cáo.",
     [("Lò Văn Thắm", ["Hạt trưởng Hạt Kiểm lâm huyện Mường Lát"])]),
    ("Bà Xa Thị Hiền, Phó Giám đốc TTYT huyện Kỳ Sơn phát biểu.",
     [("Xa Thị Hiền", ["Phó Giám đốc TTYT huyện Kỳ Sơn"])]),
])
def test_people_titles_ranger_station_head_and_family_name_xa(text, expected):
    assert person_titles(text) == expected
