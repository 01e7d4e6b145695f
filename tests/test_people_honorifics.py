"""People: the honorific (form of address, rank, degree, distinction) is split off and the name kept in full
(made-up texts)."""

from __future__ import annotations

import pytest

from recognition_helpers import extract_people


@pytest.mark.parametrize("text, name, honorific", [
    ("Đồng chí Nguyễn Thị Thanh Hằng phát biểu khai mạc hội nghị.", "Nguyễn Thị Thanh Hằng", "Đồng chí"),
    ("Dự hội nghị có đ/c Triệu Văn Lìu, Bí thư Đảng ủy xã.", "Triệu Văn Lìu", "đ/c"),
    ("Phát biểu tại buổi lễ, bà Trương Thị Mỹ Duyên đề nghị các đơn vị tiếp tục cố gắng.",
     "Trương Thị Mỹ Duyên", "bà"),
    ("Theo ông Y Djăp Niê, năm qua hội viên đã đóng góp nhiều ngày công.", "Y Djăp Niê", "ông"),
    ("Thượng tá Đinh Công Tráng, Phó Trưởng Công an huyện trao thưởng.", "Đinh Công Tráng", "Thượng tá"),
    ("Trung tướng, PGS.TS. Lê Quang Huy dự và chỉ đạo hội nghị.", "Lê Quang Huy", "Trung tướng, PGS.TS."),
    ("ThS. Vi Thị Thu Trang trình bày báo cáo.", "Vi Thị Thu Trang", "ThS."),
    ("Nhà giáo Ưu tú Lã Văn Bằng được tặng Bằng khen.", "Lã Văn Bằng", "Nhà giáo Ưu tú"),
    ("Thầy thuốc Ưu tú, BSCKII Phan Thị Nga phát động phong trào.", "Phan Thị Nga", "Thầy thuốc Ưu tú, BSCKII"),
    ("Ảnh: Đồng chí  – Hoàng Thị Sen phát biểu.", "Hoàng Thị Sen", "Đồng chí"),
])
def test_people_honorific_split_from_the_name(text, name, honorific):
    found = extract_people(text)
    assert [(p.name, p.honorific) for p in found] == [(name, honorific)]


@pytest.mark.parametrize("text", [
    "Bà con trong thôn đã hiến hơn 2.000 m2 đất làm đường.",
    "Các đồng chí lãnh đạo tỉnh trao Bằng khen cho các tập thể.",
    "Anh em trong đơn vị luôn đoàn kết.",
    "Mít tinh kỷ niệm Ngày Thầy thuốc Việt Nam được tổ chức long trọng.",
])
def test_people_address_word_without_a_capitalized_name_is_no_person(text):
    assert extract_people(text) == []


def test_people_listed_after_a_plural_honorific_are_each_a_person():
    text = "Dự buổi lễ có các đồng chí: Mai Văn Hùng, Phó Bí thư Huyện ủy; Bế Thị Lan và Nông Văn Sáng."
    found = extract_people(text)
    assert [p.name for p in found] == ["Mai Văn Hùng", "Bế Thị Lan", "Nông Văn Sáng"]
    assert [t.title for t in found[0].titles] == ["Phó Bí thư Huyện ủy"]
