"""Organizations: each named organization in its fullest written form, with its type (made-up texts)."""

from __future__ import annotations

import pytest

from recognition_helpers import extract_orgs, org_names


@pytest.mark.parametrize("text, expected", [
    # a name with a comma inside, from the list of official names
    ("Sáng 3/2, Sở Văn hóa, Thể thao và Du lịch tỉnh Yên Bái tổ chức hội nghị tổng kết.",
     ["Sở Văn hóa, Thể thao và Du lịch tỉnh Yên Bái"]),
    ("Bà Đỗ Thu Hà, Phó Giám đốc Sở Lao động – Thương binh và Xã hội dự hội nghị.",
     ["Sở Lao động – Thương binh và Xã hội"]),
    # a descriptive name in sentence case, then the place
    ("Cơ sở Điều trị nghiện ma túy tỉnh Hòa Bình đã tổ chức lễ phát động.",
     ["Cơ sở Điều trị nghiện ma túy tỉnh Hòa Bình"]),
    ("Ngày 4/5, Bệnh viện Y học cổ truyền tỉnh tổ chức lễ ký giao ước.",
     ["Bệnh viện Y học cổ truyền tỉnh"]),
    # a head written in lower case before a capitalized name
    ("Các ý kiến xin gửi về phòng Nội vụ huyện Đông Sơn trước ngày 20/9.", ["Phòng Nội vụ huyện Đông Sơn"]),
    # a body without a proper name that means one body
    ("Đồng chí Lò Văn Pầng, Phó Chủ tịch UBND tỉnh trao Cờ thi đua.", ["UBND tỉnh"]),
    ("Đảng ủy xã Tân Lập tổ chức hội nghị sơ kết.", ["Đảng ủy xã Tân Lập"]),
    # a number belongs to the name
    ("Bộ Tư lệnh Quân khu 4 trao Bằng khen cho Trung đoàn 335.", ["Bộ Tư lệnh Quân khu 4", "Trung đoàn 335"]),
    # an abbreviation defined in parentheses stays in the name, and the name goes on after it
    ("Liên đoàn Lao động (LĐLĐ) huyện Kỳ Anh tổ chức hội nghị.", ["Liên đoàn Lao động (LĐLĐ) huyện Kỳ Anh"]),
    # an emulation bloc: its description, "trực thuộc" and the body it belongs to
    ("Khối thi đua các trường trung học phổ thông trực thuộc Sở Giáo dục và Đào tạo tổ chức hội nghị.",
     ["Khối thi đua các trường trung học phổ thông trực thuộc Sở Giáo dục và Đào tạo",
      "Sở Giáo dục và Đào tạo"]),
    ("Cụm thi đua số 3 gồm các huyện miền núi đã ký giao ước.", ["Cụm thi đua số 3"]),
    ("Khối thi đua các cơ quan Đảng, Mặt trận và đoàn thể tỉnh ký kết giao ước.",
     ["Khối thi đua các cơ quan Đảng, Mặt trận và đoàn thể tỉnh"]),
    # a place list closed by "và" inside a bloc's name
    ("Cụm thi đua số 2 các huyện Thạch Thành, Cẩm Thủy và Bá Thước tổ chức hội nghị.",
     ["Cụm thi đua số 2 các huyện Thạch Thành, Cẩm Thủy và Bá Thước"]),
    # a school named after a person is a school
    ("Trường THPT Nguyễn Bỉnh Khiêm đón nhận Cờ thi đua.", ["Trường THPT Nguyễn Bỉnh Khiêm"]),
    # a dash inside a name
    ("Phòng Tổ chức - Hành chính được tặng Giấy khen.", ["Phòng Tổ chức - Hành chính"]),
    # an organization named inside a commemorative phrase
    ("Lễ kỷ niệm 78 năm Ngày truyền thống Công an nhân dân Việt Nam được tổ chức trọng thể.",
     ["Công an nhân dân Việt Nam"]),
])
def test_organizations_fullest_written_name(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Sáng nay, Bệnh viện Đa khoa tỉnh Cao Bằng tổ chức hội nghị.", "hospital"),
    ("Bảo tàng Dân tộc học tổ chức hội nghị.", "museum"),
    ("Khối thi đua số 4 tổ chức hội nghị.", "emulation_group"),
    ("Huyện ủy Lục Nam tổ chức hội nghị.", "party_body"),
    ("Hội Nông dân huyện Mai Sơn tổ chức hội nghị.", "association"),
    ("Công ty Cổ phần Xi măng Bỉm Sơn tổ chức hội nghị.", "enterprise"),
])
def test_organizations_type_from_the_head_noun(text, expected):
    assert [o.type for o in extract_orgs(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Tham dự có lãnh đạo 5 đơn vị: Bảo tàng Quân khu 3, Thư viện tỉnh, Nhà hát Chèo tỉnh, "
     "Trung tâm Văn hóa tỉnh và Ban Quản lý di tích tỉnh.",
     ["Bảo tàng Quân khu 3", "Quân khu 3", "Thư viện tỉnh", "Nhà hát Chèo tỉnh", "Trung tâm Văn hóa tỉnh",
      "Ban Quản lý di tích tỉnh"]),
    ("Cụm gồm Huyện Đoàn Tiên Yên, Huyện Đoàn Ba Chẽ và Thị Đoàn Quảng Yên.",
     ["Huyện Đoàn Tiên Yên", "Huyện Đoàn Ba Chẽ", "Thị Đoàn Quảng Yên"]),
])
def test_organizations_enumeration_split_into_members(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the owner written after a unit's name is part of it, and an organization of the article too
    ("Phòng Cảnh sát hình sự Công an tỉnh Lào Cai nhận Bằng khen.",
     ["Phòng Cảnh sát hình sự Công an tỉnh Lào Cai", "Công an tỉnh Lào Cai"]),
    ("Chi bộ Trung tâm Y tế huyện Bảo Thắng tổ chức đại hội.",
     ["Chi bộ Trung tâm Y tế huyện Bảo Thắng", "Trung tâm Y tế huyện Bảo Thắng"]),
])
def test_organizations_owner_after_a_unit_is_listed_too(text, expected):
    assert org_names(text) == expected


def test_organizations_party_body_inside_a_party_body_name_is_not_listed_apart():
    assert org_names("Ban Dân vận Tỉnh ủy tổ chức hội nghị.") == ["Ban Dân vận Tỉnh ủy"]


def test_organizations_name_stops_before_a_person():
    text = "Giám đốc Sở Tài nguyên và Môi trường Hà Văn Khải phát biểu."
    assert org_names(text) == ["Sở Tài nguyên và Môi trường"]


@pytest.mark.xfail(strict=True, reason="a name that goes on after 'tại' is cut there")
def test_organizations_name_with_a_place_after_tai():
    text = "Khu di tích Chủ tịch Hồ Chí Minh tại Phủ Chủ tịch tổ chức hội nghị."
    assert org_names(text) == ["Khu di tích Chủ tịch Hồ Chí Minh tại Phủ Chủ tịch"]


@pytest.mark.parametrize("text, expected", [
    # "các" + a capitalized noun right after a body's head: the members it is for, part of its name
    ("Ban Quản lý các Khu công nghiệp tỉnh Quảng Trị tổ chức hội nghị sơ kết.",
     ["Ban Quản lý các Khu công nghiệp tỉnh Quảng Trị"]),
    ("Sáng nay, Công đoàn các Khu chế xuất thành phố phát động thi đua.",
     ["Công đoàn các Khu chế xuất thành phố"]),
])
def test_organizations_names_plural_members_after_the_head(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize("text", [
    # a place level or a lower-case noun after "các" is still several bodies, not a name
    "Lãnh đạo UBND các Huyện trong tỉnh cùng dự.",
    "Đại diện Công đoàn các đơn vị cùng dự.",
])
def test_organizations_names_plural_level_after_the_head_is_no_name(text):
    assert org_names(text) == []


def test_organizations_names_position_word_before_the_same_head():
    # "Trưởng ban Ban …": the lower-case "ban" belongs to the position, the body is the capitalized one
    assert org_names("Ông Hà Văn Tâm, Trưởng ban Ban Quản lý dự án huyện Bảo Lâm, báo cáo.") == \
        ["Ban Quản lý dự án huyện Bảo Lâm"]


@pytest.mark.parametrize("text, expected", [
    # the Border Guard names one national body without more words, like the police and the army
    ("Đại tá Vi Văn Tuân, Phó Tư lệnh Bộ đội Biên phòng, trao Huân chương.", ["Bộ đội Biên phòng"]),
    # the post office of a province is a body
    ("Bảo hiểm xã hội huyện đã phối hợp với Bưu điện huyện chi trả lương hưu tận nhà.",
     ["Bảo hiểm xã hội huyện", "Bưu điện huyện"]),
])
def test_organizations_names_national_force_and_post_office(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a police or other team, a medical centre abbreviated, an enterprise's works, a bank's transaction office
    ("Đội Cảnh sát giao thông số 2 được tặng Giấy khen.", ["Đội Cảnh sát giao thông số 2"]),
    ("TTYT huyện Mai Châu tổ chức ký kết giao ước thi đua.", ["TTYT huyện Mai Châu"]),
    ("Xí nghiệp Cấp nước An Dương dẫn đầu phong trào.", ["Xí nghiệp Cấp nước An Dương"]),
    ("Phòng giao dịch NHCSXH huyện Sơn Dương giải ngân 12 tỷ đồng.", ["Phòng giao dịch NHCSXH huyện Sơn Dương"]),
])
def test_organizations_names_team_centre_works_and_office_heads(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize("text", [
    # "đội ngũ" (the staff), "đội viên" (a member), "đội hình" (a formation) are no team
    "Đội ngũ Cán bộ trẻ đã được đào tạo bài bản.",
    "Đội hình Thanh niên tình nguyện ra quân.",
])
def test_organizations_names_words_that_begin_like_doi_are_no_team(text):
    assert org_names(text) == []


def test_organizations_names_office_of_a_body_lists_the_body():
    # "Văn phòng <body>": the office, and the body it serves, even of the same kind
    text = "Ông Đào Văn Lực, Phó Chánh Văn phòng Ban An toàn giao thông tỉnh, phát biểu."
    assert org_names(text) == ["Văn phòng Ban An toàn giao thông tỉnh", "Ban An toàn giao thông tỉnh"]


@pytest.mark.parametrize("text, expected", [
    # "Chi nhánh" written with a capital after a brand or its abbreviation is still the branch
    ("Ngân hàng TMCP Công thương Việt Nam (VietinBank) Chi nhánh Bắc Giang tổ chức hội nghị.",
     ["Ngân hàng TMCP Công thương Việt Nam (VietinBank) Chi nhánh Bắc Giang"]),
    ("Sáng nay, Agribank Chi nhánh tỉnh Hậu Giang ký kết giao ước thi đua.", ["Agribank Chi nhánh tỉnh Hậu Giang"]),
])
def test_organizations_names_capitalized_branch_after_a_brand(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the supreme procuracy / court: "tối cao" is part of the name
    ("Thực hiện Chỉ thị của Viện trưởng VKSND tối cao, các đơn vị đã ký giao ước.", ["VKSND tối cao"]),
    ("Đồng chí Phạm Văn Hòa, Phó Chánh án Tòa án nhân dân tối cao phát biểu.", ["Tòa án nhân dân tối cao"]),
    # an official department name with a comma and a lower-case common noun inside
    ("Phòng Phổ biến, giáo dục pháp luật được tặng Giấy khen.", ["Phòng Phổ biến, giáo dục pháp luật"]),
    # the alliance of cooperatives written with its abbreviation: one body, no "HTX tỉnh" split off
    ("Đại diện Liên minh HTX tỉnh dự hội nghị.", ["Liên minh HTX tỉnh"]),
    # a board that serves every industrial park of a province
    ("Dự có đại diện Ban Quản lý các khu công nghiệp tỉnh và Công an tỉnh.",
     ["Ban Quản lý các khu công nghiệp tỉnh", "Công an tỉnh"]),
])
def test_organizations_names_official_names_with_commas_plurals_and_tối_cao(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the board of the central youth union: the union is listed, not "Ban Chấp hành Trung ương"
    ("Dịp này, Ban Chấp hành Trung ương Đoàn tặng Bằng khen cho 3 tập thể.", ["Trung ương Đoàn"]),
    ("Phong trào được Trung ương Đoàn đánh giá cao.", ["Trung ương Đoàn"]),
    # the levels of a union are no body
    ("Năm 2023, các cấp bộ Đoàn trong tỉnh đã tổ chức 52 công trình thanh niên.", []),
    # a verb after a body's name, then the document it cites: the name ends before the verb
    ("Đồng chí Bí thư đề nghị Thành đoàn bám sát Chỉ thị số 42-CT/TW của Ban Bí thư.", ["Thành đoàn", "Ban Bí thư"]),
])
def test_organizations_names_youth_union_boards_levels_and_cited_documents(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a lower-case "phòng" position: the department is named by its field, the court it belongs to follows
    ("Dự có bà Mai Thị Thu, Trưởng phòng Thanh tra – Tổ chức TAND tỉnh; cùng các đồng chí.",
     ["Phòng Thanh tra – Tổ chức TAND tỉnh", "TAND tỉnh"]),
    ("Phòng Thanh tra Sở Xây dựng đã hoàn thành kế hoạch.", ["Phòng Thanh tra Sở Xây dựng", "Sở Xây dựng"]),
])
def test_organizations_names_a_head_word_right_after_a_department_head_is_its_field(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Câu lạc bộ Liên thế hệ tự giúp nhau thôn Đông duy trì sinh hoạt đều đặn.",
     [("Câu lạc bộ Liên thế hệ tự giúp nhau thôn Đông", "association")]),
    ("CLB Dưỡng sinh phường Quang Trung có 40 hội viên.", [("CLB Dưỡng sinh phường Quang Trung", "association")]),
])
def test_organizations_names_a_club_is_named_from_its_head(text, expected):
    assert [(o.name, o.type) for o in extract_orgs(text)] == expected


def test_organizations_names_a_department_named_in_full_by_its_head_after_a_position():
    text = "Dự có bà Lê Thị Hà, Trưởng phòng Tổ chức cán bộ, Sở Y tế; ông Đinh Văn Hải."
    assert org_names(text) == ["Phòng Tổ chức cán bộ", "Sở Y tế"]
