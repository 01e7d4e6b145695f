"""Organizations: generic references, bare head words, leadership boards, document numbers and the bare words
"Đảng" / "Nhà nước" are not organizations of their own (made-up texts)."""

from __future__ import annotations

import pytest

from recognition_helpers import extract_orgs, org_names


@pytest.mark.parametrize("text", [
    "Các đơn vị trong khối đã hoàn thành tốt nhiệm vụ được giao.",
    "Bảo tàng đã đón hơn 20 nghìn lượt khách tham quan.",
    "Lãnh đạo các sở, ban, ngành và các Công đoàn cơ sở trực thuộc cùng dự.",
    "Đại diện 12 Công đoàn cơ sở đã ký giao ước thi đua.",
    "Chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước.",
    "Hội nghị đã tuyên truyền về cuộc bầu cử HĐND các cấp.",
    "Lãnh đạo Công an các huyện, thị xã cùng dự.",
    "Đại hội đã bầu Ban Chi ủy khóa mới gồm 3 đồng chí.",
    "Đồng chí Bí thư chi bộ phát biểu kết luận.",
    "Thực hiện Kế hoạch số 27/KH-UBND về công tác thi đua.",
    "Nhiều cán bộ Đảng viên tham gia phong trào.",
])
def test_organizations_generic_reference_is_not_listed(text):
    assert org_names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Ban Thường vụ Huyện ủy Văn Chấn tổ chức hội nghị.", ["Huyện ủy Văn Chấn"]),
    ("Ban Chấp hành Đảng bộ xã Hợp Thịnh họp phiên thường kỳ.", ["Đảng bộ xã Hợp Thịnh"]),
    ("Được sự chỉ đạo của Ban Giám đốc Bệnh viện Sản Nhi tỉnh, các khoa đã hoàn thành kế hoạch.",
     ["Bệnh viện Sản Nhi tỉnh"]),
    ("Thường trực HĐND huyện đã dự buổi làm việc.", ["HĐND huyện"]),
])
def test_organizations_board_maps_to_the_body_it_leads(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize("text", [
    "Ảnh: Hội Nông dân huyện",
])
def test_organizations_in_page_chrome_are_not_listed(text):
    body = ("Hội nghị tổng kết phong trào thi đua\n\nSáng 5/1, các xã trong huyện đã hoàn thành tốt các chỉ tiêu "
            "thi đua được giao và cam kết thực hiện thắng lợi nhiệm vụ năm mới với nhiều giải pháp cụ thể.\n\n"
            "Phong trào được triển khai sâu rộng.\n\n")
    assert org_names(body + text + "\n") == []


def test_organizations_shared_place_level_is_distributed():
    text = "Dự hội nghị có đại diện Thường trực HĐND, UBND, Ủy ban MTTQ xã Tân Hòa."
    assert org_names(text) == ["HĐND xã Tân Hòa", "UBND xã Tân Hòa", "Ủy ban MTTQ xã Tân Hòa"]


def test_organizations_name_cut_off_at_the_end_of_a_truncated_text_is_not_listed():
    text = "Sáng 3/4, Hội Nông dân tỉnh Hà Nam tổ chức hội nghị với sự phối hợp của Ngân hàng Chính sách"
    assert org_names(text) == ["Hội Nông dân tỉnh Hà Nam"]


def test_organizations_shared_place_keeps_the_mention_as_written():
    text = "Lãnh đạo HĐND – UBND huyện Phú Lộc dự hội nghị."
    hdnd = [o for o in extract_orgs(text) if o.name == "HĐND huyện Phú Lộc"]
    assert [(m.text, text[m.start:m.end]) for m in hdnd[0].mentions] == [("HĐND", "HĐND")]


def test_organizations_head_carrying_its_level_takes_only_the_shared_place_name():
    text = "Thay mặt Tỉnh ủy, UBND tỉnh Ninh Bình, ông Phạm Quang Ngọc phát biểu."
    assert org_names(text) == ["Tỉnh ủy Ninh Bình", "UBND tỉnh Ninh Bình"]


def test_organizations_place_of_a_plural_list_is_not_shared():
    text = "Dự hội nghị có lãnh đạo UBND, Phòng Nội vụ các huyện trong cụm."
    assert "UBND huyện" not in " ".join(org_names(text))


def test_organizations_level_word_inside_a_party_body_name_is_not_a_shared_place():
    text = ("Dự có đồng chí Võ Thị Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Ban Dân vận Tỉnh ủy và Liên đoàn Lao động "
            "tỉnh.")
    assert "Tỉnh ủy ủy" not in org_names(text)


@pytest.mark.parametrize("text", [
    # an insurance scheme written with the agency's abbreviation is no body
    "Số người tham gia BHXH tự nguyện tăng 12% so với cùng kỳ.",
    "Toàn huyện có 320 người hưởng BHXH một lần, 2.100 người tham gia BHXH bắt buộc.",
])
def test_organizations_exclusions_insurance_scheme_is_no_body(text):
    assert org_names(text) == []


def test_organizations_exclusions_revenue_verb_ends_a_name():
    # "thu ngân sách" (collects revenue) after a body's name is what it does, not more of its name
    text = "Năm 2023, Chi cục Thuế khu vực thu ngân sách đạt 112% dự toán."
    assert org_names(text) == ["Chi cục Thuế khu vực"]


@pytest.mark.parametrize("text", [
    # "cấp <level>" with no place name: the bodies of every unit of that level, not one body
    "Lãnh đạo Chi cục Thống kê cấp huyện cùng dự hội nghị.",
    "Hội Nông dân cấp xã đã vận động 300 hộ tham gia.",
])
def test_organizations_exclusions_body_of_every_unit_of_a_level(text):
    assert org_names(text) == []


@pytest.mark.parametrize("text, expected", [
    # a body named as the source of a photo, alone in its parentheses, is a credit; named as an actor it is listed
    ("Hội nghị tổng kết phong trào thi đua.\n(Ảnh: Báo Thái Bình)\nÔng Vũ Văn Hùng, Tổng Biên tập Báo Thái Bình, "
     "phát biểu.", ["Báo Thái Bình"]),
    ("Toàn cảnh hội nghị (Ảnh: Trung tâm Văn hóa huyện)", []),
])
def test_organizations_exclusions_photo_credit_is_no_body_of_the_report(text, expected):
    assert org_names(text) == expected


def test_organizations_exclusions_words_that_begin_like_bao_are_no_newspaper():
    assert org_names("Lễ báo công dâng Bác được tổ chức trang trọng. Báo Tin vui tới các hộ.") == []


@pytest.mark.parametrize("text", [
    "Trung đoàn 5 năm liền đạt danh hiệu Đơn vị quyết thắng.",
    "Chi bộ 3 năm liên tục hoàn thành xuất sắc nhiệm vụ.",
    "Chi đoàn 4 lần liên tục được tặng Bằng khen.",
])
def test_organizations_a_count_of_years_after_a_head_is_no_unit_number(text):
    assert org_names(text) == []


def test_organizations_a_unit_number_stays_before_other_words():
    assert org_names("Trung đoàn 852 năm nay đạt danh hiệu Đơn vị quyết thắng.") == ["Trung đoàn 852"]


def test_organizations_shared_place_names_a_party_committee_listed_with_the_place_bodies():
    text = "Thay mặt Đảng ủy, HĐND, UBND xã Tân Lập, ông Hà Văn Sơn đề nghị Hội tiếp tục phát huy vai trò."
    assert org_names(text) == ["Đảng ủy xã Tân Lập", "HĐND xã Tân Lập", "UBND xã Tân Lập"]


def test_organizations_a_party_committee_before_a_command_takes_no_place():
    assert org_names("Giai đoạn 2019 - 2024, Đảng ủy, Bộ CHQS tỉnh đã lãnh đạo tốt nhiệm vụ.") == ["Bộ CHQS tỉnh"]


def test_organizations_a_head_listed_with_the_bodies_of_every_place_is_generic():
    text = "Dự hội nghị có lãnh đạo UBND, Phòng Nội vụ các huyện, thị xã trong cụm."
    assert org_names(text) == []


def test_organizations_a_supervisory_board_is_no_organization_of_its_own():
    text = "Bà Lê Thị Hoa, Trưởng Ban Kiểm soát Công ty Cổ phần Cao su Tân Biên phát biểu."
    assert org_names(text) == ["Công ty Cổ phần Cao su Tân Biên"]
