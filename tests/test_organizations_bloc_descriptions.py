"""Organizations: an emulation bloc described by the kind of its members after "các" — made-up texts."""

from __future__ import annotations

import pytest

from recognition_helpers import org_names


@pytest.mark.parametrize("text, name", [
    ("Hội nghị ký kết giao ước thi đua của Khối thi đua các tổ chức tín dụng trên địa bàn tỉnh diễn ra sáng nay.",
     "Khối thi đua các tổ chức tín dụng trên địa bàn tỉnh"),
    ("Cụm thi đua các tổ chức xã hội nghề nghiệp tỉnh họp phiên cuối năm.",
     "Cụm thi đua các tổ chức xã hội nghề nghiệp tỉnh"),
])
def test_organizations_bloc_described_by_a_noun_after_cac(text, name):
    assert name in org_names(text)


@pytest.mark.parametrize("text, name", [
    # a compound joined by an en dash inside the description
    ("Khối thi đua các sở nông nghiệp – môi trường tỉnh Quảng Bình tổ chức hội nghị sơ kết.",
     "Khối thi đua các sở nông nghiệp – môi trường tỉnh Quảng Bình"),
    ("Ông Lê Văn Hậu, Khối trưởng Khối thi đua các cơ quan văn hóa – xã hội, phát biểu.",
     "Khối thi đua các cơ quan văn hóa – xã hội"),
])
def test_organizations_bloc_description_with_a_dash_compound(text, name):
    assert name in org_names(text)


def test_organizations_bloc_of_agencies_named_in_sentence_case():
    # the members' head, then their name in sentence case and the region
    text = "Cục Thuế tỉnh dẫn đầu Cụm thi đua các Cục Hải quan khu vực Đông Nam Bộ năm 2022."
    assert "Cụm thi đua các Cục Hải quan khu vực Đông Nam Bộ" in org_names(text)


def test_organizations_bloc_located_in_a_province():
    # "đóng trên địa bàn" + the province: the bodies the bloc gathers are those located there
    text = "Khối thi đua các cơ quan Trung ương đóng trên địa bàn tỉnh Hà Giang tổ chức hội nghị."
    assert org_names(text) == ["Khối thi đua các cơ quan Trung ương đóng trên địa bàn tỉnh Hà Giang"]


def test_organizations_bloc_of_bodies_of_a_list_of_levels():
    # a body's head written for several ("Công đoàn các xã, thị trấn"), then the province
    text = "Cụm thi đua số 3 Hội Nông dân các xã, thị trấn huyện Yên Thế tổ chức ký kết giao ước."
    assert org_names(text) == ["Cụm thi đua số 3 Hội Nông dân các xã, thị trấn huyện Yên Thế"]


def test_organizations_bloc_of_counted_bodies_named_in_full_over_the_heading():
    # "số 5 Hội Cựu chiến binh các huyện …": the bloc's name goes on after the body; the lead's fuller name is
    # the name, not the heading in capitals
    text = ("CỤM THI ĐUA SỐ 5 HỘI CỰU CHIẾN BINH CÁC HUYỆN VÙNG CAO TỔNG KẾT NĂM 2023\n\n"
            "Ngày 12/1, Cụm thi đua số 5 Hội Cựu chiến binh các huyện vùng cao tỉnh Lào Cai tổ chức hội nghị.")
    assert org_names(text) == ["Cụm thi đua số 5 Hội Cựu chiến binh các huyện vùng cao tỉnh Lào Cai"]
