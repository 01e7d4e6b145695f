"""People: repeated and short mentions join the person they refer to (made-up texts)."""

from __future__ import annotations

import pytest

from recognition_helpers import extract_people


@pytest.mark.parametrize("text, name, mentions", [
    ("Dự có đồng chí Vương Thị Ngọc Ánh, Phó Chủ tịch UBND huyện. Kết luận hội nghị, đồng chí Ngọc Ánh "
     "đề nghị các xã tập trung chỉ đạo.", "Vương Thị Ngọc Ánh", ["Vương Thị Ngọc Ánh", "Ngọc Ánh"]),
    ("Ông Bạch Văn Tuấn, Chủ tịch Hội Nông dân xã cho biết như vậy. Theo ông Tuấn, phong trào đã lan tỏa.",
     "Bạch Văn Tuấn", ["Bạch Văn Tuấn", "Tuấn"]),
    ("Đồng chí Kha Văn Tám phát biểu. Đồng chí Kha Văn Tám trao Giấy khen cho 5 tập thể.",
     "Kha Văn Tám", ["Kha Văn Tám", "Kha Văn Tám"]),
])
def test_people_short_mention_joins_the_full_name(text, name, mentions):
    found = extract_people(text)
    assert [p.name for p in found] == [name]
    assert [m.text for m in found[0].mentions] == mentions


def test_people_short_mention_fitting_nobody_is_no_person():
    assert extract_people("Kết luận hội nghị, đồng chí Hùng đề nghị các đơn vị tiếp tục cố gắng.") == []


def test_people_short_mention_fitting_two_people_joins_neither():
    text = ("Dự có ông Lê Văn Hùng, Chủ tịch UBND xã và ông Trần Văn Hùng, Bí thư Đảng ủy xã. "
            "Ông Hùng cho biết xã đã về đích nông thôn mới.")
    found = extract_people(text)
    assert [(p.name, len(p.mentions)) for p in found] == [("Lê Văn Hùng", 1), ("Trần Văn Hùng", 1)]


def test_people_two_syllable_name_inside_a_longer_one_is_a_short_mention():
    text = "Ông Y Brơm Ksơr được tuyên dương. Theo ông Y Brơm, mô hình đã giúp nhiều hộ thoát nghèo."
    found = extract_people(text)
    assert [(p.name, len(p.mentions)) for p in found] == [("Y Brơm Ksơr", 2)]


def test_people_title_of_the_person_before_is_not_given_to_the_next():
    text = ("Theo ông Lâm Văn Chín, Chủ tịch Hội Nông dân xã Ia Dơk, ông Rơ Châm Phin là hội viên tiêu biểu.")
    found = extract_people(text)
    assert [(p.name, [t.title for t in p.titles]) for p in found] == [
        ("Lâm Văn Chín", ["Chủ tịch Hội Nông dân xã Ia Dơk"]), ("Rơ Châm Phin", [])]


@pytest.mark.parametrize("text, name, titles", [
    # a woman's prefix glued to her given name ("H'…"), then the clan name: a full name of two words
    ("Phát biểu tham luận, bà H'Xíu Mlô (Chủ tịch Hội LHPN huyện) cho biết nhiều hộ đã thoát nghèo.",
     "H'Xíu Mlô", ["Chủ tịch Hội LHPN huyện"]),
    ("Đồng chí H’Ngơn Ayŭn, Phó Bí thư Đoàn xã, báo cáo.", "H’Ngơn Ayŭn", ["Phó Bí thư Đoàn xã"]),
    ("H'Dung Kpă – Phó Chủ tịch UBND huyện phát biểu chỉ đạo.", "H'Dung Kpă", ["Phó Chủ tịch UBND huyện"]),
])
def test_people_mentions_highlands_prefix_joined_to_the_given_name(text, name, titles):
    found = extract_people(text)
    assert [(p.name, [t.title for t in p.titles]) for p in found] == [(name, titles)]
