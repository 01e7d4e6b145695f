"""Organizations: a member school written with its university after a comma, and place names that begin with an
address word after a place level (made-up texts)."""

from __future__ import annotations

import pytest

from recognition_helpers import org_names


@pytest.mark.parametrize("text, expected", [
    ("Sáng 9/9, Trường Đại học Kinh tế, Đại học Đà Nẵng tổ chức lễ khai giảng.",
     {"Trường Đại học Kinh tế, Đại học Đà Nẵng", "Đại học Đà Nẵng"}),
    ("Trường Đại học Sư phạm, Đại học Thái Nguyên và Trường Đại học Y Dược, Đại học Thái Nguyên ký kết.",
     {"Trường Đại học Sư phạm, Đại học Thái Nguyên", "Trường Đại học Y Dược, Đại học Thái Nguyên"}),
])
def test_organizations_parents_member_school_and_university(text, expected):
    assert expected <= set(org_names(text))


@pytest.mark.parametrize("text, expected", [
    ("Đại diện Liên đoàn Lao động huyện Bà Rịa và Hội Nông dân huyện Cô Tô phát biểu.",
     {"Liên đoàn Lao động huyện Bà Rịa", "Hội Nông dân huyện Cô Tô"}),
])
def test_organizations_parents_address_word_starts_a_place(text, expected):
    assert expected <= set(org_names(text))


@pytest.mark.parametrize("text, expected", [
    # a brand in title case before "chi nhánh" and a place: one branch each
    ("Vietcombank chi nhánh huyện Đầm Dơi và Vietcombank chi nhánh thị xã Giá Rai dẫn đầu về huy động vốn.",
     {"Vietcombank chi nhánh huyện Đầm Dơi", "Vietcombank chi nhánh thị xã Giá Rai"}),
])
def test_organizations_parents_brand_branches(text, expected):
    assert expected <= set(org_names(text))


def test_organizations_parents_defined_abbreviation_is_a_short_repeat():
    text = ("Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam (Vietcombank) chi nhánh tỉnh Sóc Trăng tổ chức hội "
            "nghị. Giám đốc Vietcombank chi nhánh tỉnh Sóc Trăng phát biểu.")
    assert org_names(text) == ["Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam (Vietcombank) chi nhánh tỉnh Sóc Trăng"]


@pytest.mark.parametrize("text, expected", [
    # the party committee of a bloc of agencies: "Khối" and the bloc's name belong to it
    ("Sáng 5/1, Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh tổ chức hội nghị.",
     {"Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh"}),
    ("Đảng bộ Khối Doanh nghiệp tỉnh có 86 tổ chức cơ sở đảng.", {"Đảng bộ Khối Doanh nghiệp tỉnh"}),
])
def test_organizations_parents_party_committee_of_a_bloc(text, expected):
    assert expected <= set(org_names(text))


@pytest.mark.parametrize("text, expected", [
    # a body named without a place, then its place after a comma: the fullest written form keeps it
    ("Lễ kỷ niệm do Trường THPT Nguyễn Du, huyện Tân Kỳ tổ chức đã diễn ra trang trọng.",
     ["Trường THPT Nguyễn Du, huyện Tân Kỳ"]),
    # a place level already in the name: only a higher level goes on after the comma
    ("Đại diện Trường THCS xã Hòa Bình, Trường THCS xã Hòa Lợi cùng dự.",
     ["Trường THCS xã Hòa Bình", "Trường THCS xã Hòa Lợi"]),
])
def test_organizations_parents_place_after_a_comma_of_a_body_named_without_one(text, expected):
    assert org_names(text) == expected
