"""People: titles written in the less common ways of meeting reports — one title after a list of names, the body
after "của", "tân" (newly appointed) before a position, a deputy's area after "phụ trách", a union or party body
named after its unit in lower case ("Công đoàn bệnh viện"), hospital and workshop posts — made-up texts."""

from __future__ import annotations

import pytest

from recognition_helpers import org_names, person_titles


@pytest.mark.parametrize("text, expected", [
    ("Dự có các ông Lại Văn Thắng và Kiều Minh Sơn, Phó Giám đốc Sở Công Thương tỉnh Phú Yên.",
     [("Lại Văn Thắng", ["Phó Giám đốc Sở Công Thương tỉnh Phú Yên"]),
      ("Kiều Minh Sơn", ["Phó Giám đốc Sở Công Thương tỉnh Phú Yên"])]),
    ("Chủ trì có các bà Tôn Nữ Hạnh, Lò Thị Vân, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh.",
     [("Tôn Nữ Hạnh", ["Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"]),
      ("Lò Thị Vân", ["Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"])]),
])
def test_people_titles_written_once_after_listed_names_belongs_to_each(text, expected):
    assert person_titles(text) == expected


def test_people_titles_written_forms_own_title_of_each_listed_name_is_kept():
    text = "Dự có các đồng chí: Lại Văn Thắng, Giám đốc Sở Tư pháp; Kiều Minh Sơn, Phó Giám đốc Sở Nội vụ."
    assert person_titles(text) == [("Lại Văn Thắng", ["Giám đốc Sở Tư pháp"]),
                             ("Kiều Minh Sơn", ["Phó Giám đốc Sở Nội vụ"])]


@pytest.mark.parametrize("text, expected", [
    ("Bà Ma Thị Thu, Phó Chủ tịch của Hội Nông dân tỉnh Tuyên Quang, phát biểu.",
     [("Ma Thị Thu", ["Phó Chủ tịch của Hội Nông dân tỉnh Tuyên Quang"])]),
    ("Ông Ninh Văn Khoa, Giám đốc của Trung tâm Y tế huyện Đầm Hà, báo cáo.",
     [("Ninh Văn Khoa", ["Giám đốc của Trung tâm Y tế huyện Đầm Hà"])]),
])
def test_people_titles_written_forms_organization_after_cua(text, expected):
    assert person_titles(text) == expected


def test_people_titles_written_forms_tan_before_a_position_is_not_part_of_the_title():
    text = "Ông Khổng Văn Bình, tân Chủ tịch Hội Cựu chiến binh huyện, phát biểu nhận nhiệm vụ."
    assert person_titles(text) == [("Khổng Văn Bình", ["Chủ tịch Hội Cựu chiến binh huyện"])]


@pytest.mark.parametrize("text, expected", [
    ("Cô Quan Thị Mến, Phó Hiệu trưởng phụ trách chuyên môn báo cáo kết quả năm học.",
     [("Quan Thị Mến", ["Phó Hiệu trưởng phụ trách chuyên môn"])]),
    ("Ông Văn Đức Nhân, Phó Giám đốc phụ trách kinh doanh, trình bày kế hoạch.",
     [("Văn Đức Nhân", ["Phó Giám đốc phụ trách kinh doanh"])]),
])
def test_people_titles_written_forms_deputy_area_after_phu_trach(text, expected):
    assert person_titles(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Bà Âu Thị Lệ, Chủ tịch Công đoàn bệnh viện, phát động thi đua.",
     [("Âu Thị Lệ", ["Chủ tịch Công đoàn bệnh viện"])]),
    ("Thầy Thạch Văn Nam, Chủ tịch Công đoàn trường, đọc báo cáo.",
     [("Thạch Văn Nam", ["Chủ tịch Công đoàn trường"])]),
])
def test_people_titles_written_forms_body_named_after_its_unit_in_lower_case(text, expected):
    assert person_titles(text) == expected


def test_organizations_body_named_after_its_unit_keeps_a_capitalized_unit_name():
    text = "Bà Âu Thị Lệ, Chủ tịch Công đoàn Bệnh viện Đa khoa Bắc Quang, phát biểu."
    assert "Công đoàn Bệnh viện Đa khoa Bắc Quang" in org_names(text)


@pytest.mark.parametrize("text, expected", [
    ("Bà Mạc Thị Duyên, Điều dưỡng trưởng bệnh viện, báo cáo công tác chăm sóc người bệnh.",
     [("Mạc Thị Duyên", ["Điều dưỡng trưởng bệnh viện"])]),
    ("Ông Giáp Văn Tiến, Quản đốc Phân xưởng Cơ điện, kiến nghị.",
     [("Giáp Văn Tiến", ["Quản đốc Phân xưởng Cơ điện"])]),
])
def test_people_titles_written_forms_hospital_and_workshop_posts(text, expected):
    assert person_titles(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ông Lò Văn Sinh, Trưởng bản Nà Sài, phát biểu.", [("Lò Văn Sinh", ["Trưởng bản Nà Sài"])]),
    ("Bà Vi Thị Hạnh, Tổ trưởng tổ dân phố số 4, báo cáo.", [("Vi Thị Hạnh", ["Tổ trưởng tổ dân phố số 4"])]),
    ("Ông Hà Văn Lực, Chủ tịch xã Tân Mỹ, phát biểu.", [("Hà Văn Lực", ["Chủ tịch xã Tân Mỹ"])]),
    ("Phó Chủ tịch tỉnh Hà Văn Lực phát biểu.", [("Hà Văn Lực", ["Phó Chủ tịch tỉnh"])]),
])
def test_people_titles_written_forms_place_named_by_a_position(text, expected):
    assert person_titles(text) == expected


def test_people_titles_written_forms_person_after_a_position_is_not_the_place():
    assert person_titles("Trưởng thôn Lê Văn Tám phát biểu.") == [("Lê Văn Tám", ["Trưởng thôn"])]


@pytest.mark.parametrize("text, expected", [
    ("Bí thư Đoàn trường Mạc Văn Khôi báo cáo kết quả.", [("Mạc Văn Khôi", ["Bí thư Đoàn trường"])]),
    ("Ông Vũ Văn Hào, Bí thư Đoàn trường THPT Lê Lợi, phát biểu.",
     [("Vũ Văn Hào", ["Bí thư Đoàn trường THPT Lê Lợi"])]),
])
def test_people_titles_written_forms_body_of_a_unit_then_a_name(text, expected):
    assert person_titles(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Cô Kha Thị Thanh, tổ trưởng tổ Ngữ văn, chia sẻ kinh nghiệm.",
     [("Kha Thị Thanh", ["tổ trưởng tổ Ngữ văn"])]),
    ("Bà Trần Thị Lụa, Chi hội trưởng Chi hội Phụ nữ thôn 3, báo cáo.",
     [("Trần Thị Lụa", ["Chi hội trưởng Chi hội Phụ nữ thôn 3"])]),
    ("Ông Hà Văn Tuấn, Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện, báo cáo.",
     [("Hà Văn Tuấn", ["Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện"])]),
])
def test_people_titles_written_forms_small_units(text, expected):
    assert person_titles(text) == expected


def test_organizations_to_chuc_is_no_group_of_a_unit():
    assert org_names("Giám đốc tổ chức hội nghị tại trụ sở; Tổ chức Công đoàn được củng cố.") == []


@pytest.mark.parametrize("text, expected", [
    ("Đồng chí Tào Văn Hải, TUV, Bí thư Huyện ủy phát biểu.", [("Tào Văn Hải", ["TUV", "Bí thư Huyện ủy"])]),
    ("Đồng chí Lục Văn Nam, UVBTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh dự.",
     [("Lục Văn Nam", ["UVBTV Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"])]),
    ("Ông Lê Văn Hòa, PCT UBND huyện, phát biểu.", [("Lê Văn Hòa", ["PCT UBND huyện"])]),
])
def test_people_titles_written_forms_abbreviated_positions(text, expected):
    assert person_titles(text) == expected


def test_people_titles_written_forms_department_then_its_agency_after_a_comma_is_one_title():
    text = "Ông Đinh Văn Tùng, Vụ trưởng Vụ Pháp chế, Bộ Tư pháp, phát biểu."
    assert person_titles(text) == [("Đinh Văn Tùng", ["Vụ trưởng Vụ Pháp chế, Bộ Tư pháp"])]


def test_people_titles_written_forms_broadcaster_name_with_va():
    text = "Ông Cao Văn Sĩ, Phó Giám đốc Đài Phát thanh và Truyền hình tỉnh, dự."
    assert person_titles(text) == [("Cao Văn Sĩ", ["Phó Giám đốc Đài Phát thanh và Truyền hình tỉnh"])]


@pytest.mark.parametrize("text, expected", [
    ("Bà Đỗ Thị Vân, Đại biểu Quốc hội khóa XV, dự.", [("Đỗ Thị Vân", ["Đại biểu Quốc hội khóa XV"])]),
    ("Ông Lê Văn Nam, Ủy viên Ban Chấp hành Đảng bộ tỉnh khoá XX, Bí thư Huyện ủy, phát biểu.",
     [("Lê Văn Nam", ["Ủy viên Ban Chấp hành Đảng bộ tỉnh khoá XX", "Bí thư Huyện ủy"])]),
])
def test_people_titles_written_forms_term_of_office_kept(text, expected):
    assert person_titles(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hầu Văn Lộc phát biểu chỉ đạo.",
     [("Hầu Văn Lộc", ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"])]),
    ("Tỉnh ủy viên, Giám đốc Sở Nội vụ Khương Văn Ba phát biểu.",
     [("Khương Văn Ba", ["Tỉnh ủy viên", "Giám đốc Sở Nội vụ"])]),
])
def test_people_titles_written_forms_several_titles_before_the_name(text, expected):
    assert person_titles(text) == expected


def test_people_titles_written_forms_position_of_the_issuer_before_a_name_is_not_the_persons():
    text = "Thừa ủy quyền của Chủ tịch UBND tỉnh, Giám đốc Sở Nội vụ Khương Văn Ba trao Bằng khen."
    assert person_titles(text) == [("Khương Văn Ba", ["Giám đốc Sở Nội vụ"])]


def test_people_titles_written_forms_deputy_position_before_an_honorific_given_once():
    text = "Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh, đồng chí Âu Văn Quang đề nghị các đơn vị nỗ lực."
    assert person_titles(text) == [("Âu Văn Quang", ["Phó Chủ tịch UBND tỉnh"])]


def test_people_titles_written_forms_abbreviated_city_level_with_a_dot():
    text = "Ông Vũ Văn Sơn, Chủ tịch UBND TP. Hà Tĩnh, phát biểu."
    assert person_titles(text) == [("Vũ Văn Sơn", ["Chủ tịch UBND TP. Hà Tĩnh"])]


@pytest.mark.parametrize("text, expected", [
    ("Ông Đinh Văn Thanh, Chủ tịch Hội đồng trường, phát biểu.", [("Đinh Văn Thanh", ["Chủ tịch Hội đồng trường"])]),
    ("Chủ tịch Hội đồng trường Lò Văn Hòa trao quyết định.", [("Lò Văn Hòa", ["Chủ tịch Hội đồng trường"])]),
])
def test_people_titles_written_forms_school_council(text, expected):
    assert person_titles(text) == expected


@pytest.mark.parametrize("text, expected", [
    # any area after "phụ trách", up to the comma, after the position's organization too
    ("Ông Lương Văn Khải, Phó Giám đốc Sở Nội vụ phụ trách công tác thi đua khen thưởng, phát biểu.",
     [("Lương Văn Khải", ["Phó Giám đốc Sở Nội vụ phụ trách công tác thi đua khen thưởng"])]),
    ("Bà Đinh Thị Yến, Phó Chủ tịch UBND huyện phụ trách khối văn hóa – xã hội dự hội nghị.",
     [("Đinh Thị Yến", ["Phó Chủ tịch UBND huyện phụ trách khối văn hóa – xã hội"])]),
])
def test_people_titles_written_forms_any_area_after_phu_trach(text, expected):
    assert person_titles(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "quyền" (acting) before a position stays in the title, like "nguyên"
    ("Ông Mạc Văn Tùng, quyền Chi cục trưởng Chi cục Kiểm lâm tỉnh, báo cáo.",
     [("Mạc Văn Tùng", ["quyền Chi cục trưởng Chi cục Kiểm lâm tỉnh"])]),
    ("Quyền Giám đốc Sở Xây dựng Hà Văn Thịnh trao Giấy khen.",
     [("Hà Văn Thịnh", ["Quyền Giám đốc Sở Xây dựng"])]),
    # "ủy quyền", "chính quyền": no title
    ("Thừa ủy quyền Chủ tịch UBND tỉnh, ông Khổng Văn Bình trao Bằng khen.", [("Khổng Văn Bình", [])]),
])
def test_people_titles_written_forms_acting_quyen_before_a_position(text, expected):
    assert person_titles(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a deputy written "<unit> phó" with the area he is deputy for, in lower case after the name
    ("Theo Thiếu tá Sùng A Phử, đồn phó trinh sát, đơn vị đã bắt giữ 3 đối tượng.",
     [("Sùng A Phử", ["đồn phó trinh sát"])]),
    # the area, then the unit
    ("Ông Lò Văn Khum, Chỉ huy phó chính trị Ban Chỉ huy Quân sự huyện, báo cáo.",
     [("Lò Văn Khum", ["Chỉ huy phó chính trị Ban Chỉ huy Quân sự huyện"])]),
])
def test_people_titles_written_forms_deputy_area_after_a_pho_position(text, expected):
    assert person_titles(text) == expected


def test_people_titles_written_forms_hamlet_head_keeps_the_commune():
    # the hamlet a position names, then its commune after a comma: one title
    text = "Ông Sầm Văn Lợi, Bí thư Chi bộ, Trưởng thôn Nà Pài, xã Đức Long cho biết cả thôn đã về đích."
    assert person_titles(text) == [("Sầm Văn Lợi", ["Bí thư Chi bộ", "Trưởng thôn Nà Pài, xã Đức Long"])]
