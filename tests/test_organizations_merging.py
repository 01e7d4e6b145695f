"""Organizations: repeated, shortened and abbreviated mentions are one organization with all its mentions
(made-up texts)."""

from __future__ import annotations

import pytest

from recognition_helpers import extract_orgs, org_names


@pytest.mark.parametrize("text, name, n_mentions", [
    # the beginning of a longer name
    ("Công an tỉnh Hà Giang tổ chức hội nghị. Đại tá Vũ Văn Hòa, Giám đốc Công an tỉnh phát biểu.",
     "Công an tỉnh Hà Giang", 2),
    # the same name with or without its place level
    ("Sở Y tế Điện Biên chủ trì. Đồng chí Lê Văn Quý, Giám đốc Sở Y tế tỉnh Điện Biên dự.",
     "Sở Y tế tỉnh Điện Biên", 2),
    # a standard abbreviation
    ("Sở Giáo dục và Đào tạo tỉnh Nam Định tổ chức hội nghị; Sở GD&ĐT tỉnh Nam Định là đơn vị dẫn đầu.",
     "Sở Giáo dục và Đào tạo tỉnh Nam Định", 2),
    ("Hội Liên hiệp Phụ nữ huyện Mỹ Đức tổ chức lễ ra quân. Hội LHPN huyện Mỹ Đức đã vận động hội viên.",
     "Hội Liên hiệp Phụ nữ huyện Mỹ Đức", 2),
    # initials of the words another mention writes in full
    ("Bảo tàng Lịch sử Quân sự Việt Nam tổ chức hội nghị. Bảo tàng LSQSVN đã đón nhiều lượt khách.",
     "Bảo tàng Lịch sử Quân sự Việt Nam", 2),
    # a bloc first named short, then with its affiliation
    ("Khối thi đua các Sở ngành kinh tế ký giao ước. Khối thi đua các Sở ngành kinh tế trực thuộc UBND tỉnh "
     "gồm 12 đơn vị.", "Khối thi đua các Sở ngành kinh tế", 2),
])
def test_organizations_mentions_merge_into_one(text, name, n_mentions):
    found = extract_orgs(text)
    match = [o for o in found if o.name == name]
    assert len(match) == 1, [o.name for o in found]
    assert len(match[0].mentions) == n_mentions


def test_organizations_abbreviation_tied_to_its_expansion():
    found = extract_orgs("Bộ Chỉ huy Quân sự (CHQS) tỉnh Tuyên Quang tổ chức lễ. Bộ CHQS tỉnh đã hoàn thành nhiệm vụ.")
    assert [(o.name, o.abbreviation, len(o.mentions)) for o in found] == [
        ("Bộ Chỉ huy Quân sự (CHQS) tỉnh Tuyên Quang", "CHQS", 2)]


def test_organizations_short_form_of_two_bodies_kept_apart():
    text = ("UBND huyện Kim Bôi và UBND huyện Lạc Sơn ký kết giao ước. "
            "Chủ tịch UBND huyện Kim Bôi phát biểu.")
    names = [o.name for o in extract_orgs(text)]
    assert names == ["UBND huyện Kim Bôi", "UBND huyện Lạc Sơn"]


def test_organizations_place_levels_keep_two_bodies_apart():
    text = "Đảng bộ tỉnh lãnh đạo toàn diện. Đảng bộ huyện Cẩm Khê tổ chức đại hội."
    assert [o.name for o in extract_orgs(text)] == ["Đảng bộ tỉnh", "Đảng bộ huyện Cẩm Khê"]


def test_organizations_name_is_the_most_informative_mention():
    text = "Hội Nông dân tỉnh tặng Bằng khen. Hội Nông dân tỉnh Bắc Kạn tổ chức lễ phát động."
    assert [o.name for o in extract_orgs(text)] == ["Hội Nông dân tỉnh Bắc Kạn"]


def test_organizations_name_in_full_words_rather_than_abbreviated():
    text = "Sở VHTTDL đã chủ trì. Ông Hà Minh Tú, Giám đốc Sở Văn hóa, Thể thao và Du lịch phát biểu."
    assert [o.name for o in extract_orgs(text)] == ["Sở Văn hóa, Thể thao và Du lịch"]


def test_organizations_bare_head_is_a_mention_of_the_one_body_of_that_kind():
    text = "Bảo tàng Quang Trung tổ chức lễ đón nhận. Ông Lê Hữu Tài, Giám đốc Bảo tàng phát biểu."
    found = extract_orgs(text)
    assert [o.name for o in found] == ["Bảo tàng Quang Trung"]
    assert [m.text for m in found[0].mentions] == ["Bảo tàng Quang Trung", "Bảo tàng"]


def test_organizations_branch_is_apart_from_its_parent_body():
    text = ("Thừa ủy quyền của Thống đốc Ngân hàng Nhà nước Việt Nam, ông Lê Văn Dũng, Giám đốc Ngân hàng Nhà nước "
            "Việt Nam chi nhánh tỉnh Hà Nam trao Bằng khen.")
    assert [o.name for o in extract_orgs(text)] == ["Ngân hàng Nhà nước Việt Nam",
                                            "Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Hà Nam"]


def test_organizations_unit_heads_do_not_merge_on_a_shared_first_syllable():
    text = ("Công ty TNHH MTV Cấp thoát nước Hà Tĩnh đạt nhiều thành tích. Chủ tịch Công đoàn cơ sở Công ty TNHH MTV "
            "Cấp thoát nước Hà Tĩnh phát biểu.")
    names = [o.name for o in extract_orgs(text)]
    assert names == ["Công ty TNHH MTV Cấp thoát nước Hà Tĩnh",
                     "Công đoàn cơ sở Công ty TNHH MTV Cấp thoát nước Hà Tĩnh"]


@pytest.mark.parametrize("text, name", [
    # a heading in capitals and the body's mention, the same words: the body's case names it
    ("TRƯỜNG THCS LÊ LỢI TỔNG KẾT NĂM HỌC\nSáng 25/5, Trường THCS Lê Lợi tổ chức lễ tổng kết năm học.",
     "Trường THCS Lê Lợi"),
    # "TƯ" in capitals is the word, not the abbreviation of "Trung ương"
    ("SỞ TƯ PHÁP TỔNG KẾT NĂM 2023\nSáng 10/1, Sở Tư pháp tỉnh Gia Lai tổ chức hội nghị tổng kết.",
     "Sở Tư pháp tỉnh Gia Lai"),
])
def test_organizations_a_heading_in_capitals_is_a_mention_of_the_body(text, name):
    assert org_names(text) == [name]


def test_organizations_a_heading_in_capitals_written_in_full_names_over_an_abbreviation():
    text = "CHI BỘ TRƯỜNG MẦM NON HOA SEN TỔNG KẾT NĂM\nNgày 5/1, Chi bộ trường MN Hoa Sen tổ chức hội nghị."
    names = org_names(text)
    assert "CHI BỘ TRƯỜNG MẦM NON HOA SEN" in names and "Chi bộ trường MN Hoa Sen" not in names


def test_organizations_a_district_body_is_not_merged_into_a_commune_body_named_with_its_district():
    text = ("Đại diện Công an xã Tân Hóa, huyện Minh Hóa báo cáo. Thượng tá Lê Văn Hùng, Phó Trưởng Công an huyện "
            "Minh Hóa phát biểu.")
    assert org_names(text) == ["Công an xã Tân Hóa, huyện Minh Hóa", "Công an huyện Minh Hóa"]
