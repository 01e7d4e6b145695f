"""People: titles joined by "kiêm", held in a unit written after a comma, or naming their own organization
(youth union secretaries, "Trưởng ban" in lower case, a bank branch) — made-up texts."""

from __future__ import annotations

import pytest

from recognition_helpers import person_titles


@pytest.mark.parametrize("text, expected", [
    # "<title> kiêm <title>": two positions
    ("Ông Đoàn Văn Lộc, Bí thư Đảng ủy kiêm Giám đốc Công ty Cổ phần Cấp nước Sơn La, chủ trì hội nghị.",
     [("Đoàn Văn Lộc", ["Bí thư Đảng ủy", "Giám đốc Công ty Cổ phần Cấp nước Sơn La"])]),
    ("Thượng tá Hầu A Lử, Chính trị viên Đồn Biên phòng Pa Vây Sử kiêm Bí thư Đảng ủy Đồn, báo cáo.",
     [("Hầu A Lử", ["Chính trị viên Đồn Biên phòng Pa Vây Sử", "Bí thư Đảng ủy Đồn"])]),
])
def test_people_titles_compound_kiem_splits_positions(text, expected):
    assert person_titles(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a board's head, then the department it belongs to after a comma: one title
    ("Dự có bà Kha Thị Yến, Phó Trưởng Ban Thi đua - Khen thưởng, Sở Nội vụ tỉnh Lạng Sơn.",
     [("Kha Thị Yến", ["Phó Trưởng Ban Thi đua - Khen thưởng, Sở Nội vụ tỉnh Lạng Sơn"])]),
])
def test_people_titles_compound_board_then_its_department(text, expected):
    assert person_titles(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Bí thư Đoàn …" / "Bí thư Chi đoàn …": the youth union named after the position
    ("Chị Vi Thị Hoa, Bí thư Đoàn Thanh niên Kho bạc Nhà nước tỉnh, phát biểu.",
     [("Vi Thị Hoa", ["Bí thư Đoàn Thanh niên Kho bạc Nhà nước tỉnh"])]),
    # "Trưởng ban" in lower case followed by the board's capitalized name
    ("Ông Lù Văn Páo, Phó Trưởng ban Tuyên giáo Huyện ủy, dự hội nghị.",
     [("Lù Văn Páo", ["Phó Trưởng ban Tuyên giáo Huyện ủy"])]),
    # a brand in title case before "chi nhánh"
    ("Bà Quách Thị Mơ, Giám đốc Vietcombank chi nhánh huyện Phù Mỹ, phát biểu.",
     [("Quách Thị Mơ", ["Giám đốc Vietcombank chi nhánh huyện Phù Mỹ"])]),
])
def test_people_titles_compound_position_names_its_organization(text, expected):
    assert person_titles(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "<title> … tỉnh <two-syllable place> <Name>": the place keeps its two syllables before the name
    ("Giám đốc Sở Tư pháp tỉnh Bình Dương Trần Văn Khởi phát biểu.",
     [("Trần Văn Khởi", ["Giám đốc Sở Tư pháp tỉnh Bình Dương"])]),
    ("Chủ tịch UBND tỉnh Hải Dương Lê Thị Hạnh trao Cờ thi đua.",
     [("Lê Thị Hạnh", ["Chủ tịch UBND tỉnh Hải Dương"])]),
])
def test_people_titles_compound_place_before_a_family_name(text, expected):
    assert person_titles(text) == expected


@pytest.mark.parametrize("text, expected", [
    # ", kiêm <title>": the comma before "kiêm" does not end the titles
    ("BS. Lò Văn Pắn, Giám đốc Bệnh viện Đa khoa huyện Mường Tè, kiêm Chủ tịch Hội Chữ thập đỏ huyện, báo cáo.",
     [("Lò Văn Pắn", ["Giám đốc Bệnh viện Đa khoa huyện Mường Tè", "Chủ tịch Hội Chữ thập đỏ huyện"])]),
])
def test_people_titles_compound_comma_kiem(text, expected):
    assert person_titles(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Thường trực <body>" is a position of a person, first or after another title
    ("Đồng chí Nông Văn Tiến, Thường trực Huyện ủy, Chủ tịch HĐND huyện dự hội nghị.",
     [("Nông Văn Tiến", ["Thường trực Huyện ủy", "Chủ tịch HĐND huyện"])]),
    ("Ông Mạc Văn Sang, Bí thư Đảng ủy, Thường trực HĐND xã phát biểu.",
     [("Mạc Văn Sang", ["Bí thư Đảng ủy", "Thường trực HĐND xã"])]),
])
def test_people_titles_compound_standing_board_member(text, expected):
    assert person_titles(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a department name with a lower-case tail, then its parent after a comma
    ("Bà Ninh Thị Vân – Phó Trưởng phòng Tổ chức cán bộ, Cục Thuế tỉnh Bắc Kạn phát biểu.",
     [("Ninh Thị Vân", ["Phó Trưởng phòng Tổ chức cán bộ, Cục Thuế tỉnh Bắc Kạn"])]),
    # "phụ trách": the acting head of the body that follows
    ("Ông Hứa Văn Lâm, Phó Giám đốc phụ trách Trung tâm Y tế huyện Bảo Lâm, báo cáo.",
     [("Hứa Văn Lâm", ["Phó Giám đốc phụ trách Trung tâm Y tế huyện Bảo Lâm"])]),
])
def test_people_titles_compound_department_and_acting_head(text, expected):
    assert person_titles(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "các đồng chí <position>: A, B và C": the position is each one's
    ("Dự có các đồng chí Phó Chủ tịch UBND huyện: Hoàng Văn Tư, Lò Thị Năm và Vàng A Sáu.",
     [("Hoàng Văn Tư", ["Phó Chủ tịch UBND huyện"]), ("Lò Thị Năm", ["Phó Chủ tịch UBND huyện"]),
      ("Vàng A Sáu", ["Phó Chủ tịch UBND huyện"])]),
])
def test_people_titles_compound_shared_position_before_a_list(text, expected):
    assert person_titles(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title given in a later sentence, "<short name> hiện là <position>"
    ("Đồng chí Sầm Văn Khuê phát biểu khai mạc. Đồng chí Khuê hiện là Phó Bí thư Đảng ủy Khối Doanh nghiệp tỉnh.",
     [("Sầm Văn Khuê", ["Phó Bí thư Đảng ủy Khối Doanh nghiệp tỉnh"])]),
])
def test_people_titles_compound_position_held_now(text, expected):
    assert person_titles(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a centre, then the department it belongs to after a comma: one title
    ("Ông Tạ Văn Đông, Giám đốc Trung tâm Dịch vụ việc làm, Sở Lao động - Thương binh và Xã hội tỉnh, báo cáo.",
     [("Tạ Văn Đông", ["Giám đốc Trung tâm Dịch vụ việc làm, Sở Lao động - Thương binh và Xã hội tỉnh"])]),
])
def test_people_titles_compound_centre_then_its_department(text, expected):
    assert person_titles(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the body's name goes on after "các" + a capitalized noun
    ("Bà Hồ Thị Lan, Phó Trưởng ban Ban Quản lý các Khu công nghiệp tỉnh, phát biểu.",
     [("Hồ Thị Lan", ["Phó Trưởng ban Ban Quản lý các Khu công nghiệp tỉnh"])]),
    ("Ông Vũ Đức Hải, Chủ tịch Công đoàn các Khu chế xuất thành phố cho biết, năm nay có 12 doanh nghiệp mới.",
     [("Vũ Đức Hải", ["Chủ tịch Công đoàn các Khu chế xuất thành phố"])]),
])
def test_people_titles_compound_body_named_for_its_members(text, expected):
    assert person_titles(text) == expected


def test_people_titles_compound_head_of_a_capitalized_branch():
    text = "Bà Tạ Thị Hương, Giám đốc Vietcombank Chi nhánh Sóc Trăng, phát biểu."
    assert person_titles(text) == [("Tạ Thị Hương", ["Giám đốc Vietcombank Chi nhánh Sóc Trăng"])]


@pytest.mark.parametrize("text, expected", [
    # a department of a central body, then the body after a comma: one title
    ("Dự có bà Đinh Thị Lan, Phó Vụ trưởng Vụ Kế hoạch – Tài chính, VKSND tối cao.",
     [("Đinh Thị Lan", ["Phó Vụ trưởng Vụ Kế hoạch – Tài chính, VKSND tối cao"])]),
    # a lower-case "phòng" position, then the alliance it belongs to after a comma
    ("Tham dự có ông Hà Văn Tú, Trưởng phòng Kế hoạch – Tổng hợp, Liên minh HTX tỉnh; bà Lê Thị Hoa.",
     [("Hà Văn Tú", ["Trưởng phòng Kế hoạch – Tổng hợp, Liên minh HTX tỉnh"]), ("Lê Thị Hoa", [])]),
])
def test_people_titles_compound_department_then_its_parent_after_a_comma(text, expected):
    assert person_titles(text) == expected


def test_people_titles_compound_head_of_a_subject_group():
    text = "Đoàn Chủ tịch gồm: TS. Lò Văn Quý – Chi ủy viên, Trưởng Bộ môn Hóa học."
    assert person_titles(text) == [("Lò Văn Quý", ["Chi ủy viên", "Trưởng Bộ môn Hóa học"])]


@pytest.mark.parametrize("text, expected", [
    # a supervisory board is a board: the title keeps it, the company it supervises is the organization
    ("Bà Lê Thị Hoa, Trưởng Ban Kiểm soát Công ty Cổ phần Cao su Tân Biên phát biểu.",
     [("Lê Thị Hoa", ["Trưởng Ban Kiểm soát Công ty Cổ phần Cao su Tân Biên"])]),
    ("Ông Từ Văn Kha (Trưởng Ban Kiểm soát) báo cáo kết quả năm 2023.", [("Từ Văn Kha", ["Trưởng Ban Kiểm soát"])]),
])
def test_people_titles_compound_head_of_a_supervisory_board(text, expected):
    assert person_titles(text) == expected
