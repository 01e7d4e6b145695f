"""Awards: each distinction given at the event, with form, recipient, kind and count (made-up sentences)."""

from __future__ import annotations

import pytest

from pipeline.document import build
from pipeline.extract import awards
from pipeline.ingest import Article
from pipeline.schema import Mention, Person, Source

HEAD = "Hội nghị tổng kết công tác thi đua năm 2023\n\n"


def _awards(body: str, people=()):
    text = HEAD + body
    doc = build(Article(doc_id="t", text=text, source=Source()))
    found = awards.extract(doc, [], list(people))
    for a in found:
        assert doc.text[a.start:a.end] == a.text
    return found


def _rows(body: str, people=()):
    return [(a.award, a.recipient, a.recipient_type, a.count) for a in _awards(body, people)]


@pytest.mark.parametrize("body, expected", [
    ("Dịp này, Giám đốc Sở Tư pháp tặng Giấy khen cho 12 tập thể và 30 cá nhân có thành tích xuất sắc.",
     [("Giấy khen", "12 tập thể", "collective", 12), ("Giấy khen", "30 cá nhân", "individual", 30)]),
    ("Nhân dịp này, Chủ tịch UBND tỉnh trao Bằng khen cho 5 tập thể, 12 cá nhân.",
     [("Bằng khen", "5 tập thể", "collective", 5), ("Bằng khen", "12 cá nhân", "individual", 12)]),
    ("Dịp này, 20 tập thể và cá nhân được Bộ trưởng Bộ Tài chính tặng Bằng khen.",
     [("Bằng khen", "20 tập thể và cá nhân", "mixed", 20)]),
    ("Tại buổi lễ, 14 cá nhân được công nhận đạt danh hiệu Lao động tiên tiến.",
     [("Lao động tiên tiến", "14 cá nhân", "individual", 14)]),
    ("Hội đồng công nhận 20 cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở.",
     [("Chiến sĩ thi đua cơ sở", "20 cá nhân", "individual", 20)]),
    ("Sở Giáo dục và Đào tạo trao tặng danh hiệu Tập thể lao động xuất sắc cho 4 trường.",
     [("Tập thể lao động xuất sắc", "4 trường", "collective", 4)]),
    ("Ban Tổ chức trao Kỷ niệm chương “Vì sự nghiệp Giáo dục” cho 15 nhà giáo.",
     [("Kỷ niệm chương “Vì sự nghiệp Giáo dục”", "15 nhà giáo", "individual", 15)]),
])
def test_awards_counted_groups_keep_count_and_kind(body, expected):
    assert _rows(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Trường Tiểu học Kim Đồng vinh dự được Thủ tướng Chính phủ tặng Bằng khen.",
     [("Bằng khen", "Trường Tiểu học Kim Đồng", "collective", 1)]),
    ("Tại hội nghị, Công ty Cổ phần Vận tải Biển Đông vinh dự đón nhận Huân chương Lao động hạng Ba.",
     [("Huân chương Lao động hạng Ba", "Công ty Cổ phần Vận tải Biển Đông", "collective", 1)]),
    ("Dịp này, Ban Chỉ huy Quân sự huyện Cẩm Khê được Tư lệnh Quân khu tặng Cờ thi đua.",
     [("Cờ thi đua", "Ban Chỉ huy Quân sự huyện Cẩm Khê", "collective", 1)]),
    ("Ông Lê Văn Tài trao Cờ thi đua của UBND tỉnh cho Công an huyện Đông Anh, đơn vị dẫn đầu khối.",
     [("Cờ thi đua", "Công an huyện Đông Anh", "collective", 1)]),
    ("Hội Cựu chiến binh tỉnh được Chủ tịch nước trao tặng Huân chương Bảo vệ Tổ quốc hạng 3.",
     [("Huân chương Bảo vệ Tổ quốc hạng Ba", "Hội Cựu chiến binh tỉnh", "collective", 1)]),
    ("Dịp này, Thủ tướng Chính phủ tặng Bằng khen cho Sở Văn hóa, Thể thao và Du lịch.",
     [("Bằng khen", "Sở Văn hóa, Thể thao và Du lịch", "collective", 1)]),
    ("Chủ tịch UBND huyện trao Bằng khen cho Tổ dân phố số 4, phường Tân Phong.",
     [("Bằng khen", "Tổ dân phố số 4, phường Tân Phong", "collective", 1)]),
])
def test_awards_named_unit_is_a_collective(body, expected):
    assert _rows(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Đồng chí Trần Thị Hoa được tặng danh hiệu Chiến sĩ thi đua cấp tỉnh.",
     [("Chiến sĩ thi đua cấp tỉnh", "Trần Thị Hoa", "individual", 1)]),
    ("Ở hàng đầu, ông Nguyễn Văn Tư (thứ ba từ trái sang) nhận Bằng khen của UBND tỉnh.",
     [("Bằng khen", "Nguyễn Văn Tư", "individual", 1)]),
    ("Nhân dịp này, thầy Lê Văn Quang, Hiệu trưởng nhà trường được Bộ trưởng tặng Bằng khen.",
     [("Bằng khen", "Lê Văn Quang", "individual", 1)]),
    ("Thừa ủy quyền của Chủ tịch nước, đồng chí Bí thư Tỉnh ủy trao Huân chương Chiến công hạng Nhì cho "
     "Đại tá Phạm Văn Hùng, Phó Giám đốc Công an tỉnh.",
     [("Huân chương Chiến công hạng Nhì", "Phạm Văn Hùng", "individual", 1)]),
    ("Đồng chí Lê Minh trao Bằng khen của Chủ tịch UBND tỉnh cho ông Lê Văn Tâm, Trưởng phòng Tổ chức cán bộ, "
     "và bà Phạm Thị Lan, chuyên viên Phòng Tài chính.",
     [("Bằng khen", "Lê Văn Tâm", "individual", 1), ("Bằng khen", "Phạm Thị Lan", "individual", 1)]),
])
def test_awards_person_recipient_without_honorific_or_title(body, expected):
    assert _rows(body) == expected


def test_awards_person_found_by_the_people_extractor_is_an_individual():
    body = "Giám đốc Sở trao Giấy khen cho Nguyễn Văn An."
    start = len(HEAD) + body.index("Nguyễn")
    person = Person(name="Nguyễn Văn An", mentions=[Mention(start, start + len("Nguyễn Văn An"), "Nguyễn Văn An")])
    assert _rows(body, [person]) == [("Giấy khen", "Nguyễn Văn An", "individual", 1)]


@pytest.mark.parametrize("body, expected", [
    ("Giám đốc Sở trao Giấy khen cho Nguyễn Văn An.", [("Giấy khen", "Nguyễn Văn An", "individual", 1)]),
    ("Giám đốc Sở trao Giấy khen cho Trường Tiểu học Lê Lợi.",
     [("Giấy khen", "Trường Tiểu học Lê Lợi", "collective", 1)]),
])
def test_awards_bare_name_opening_with_a_family_name_is_a_person(body, expected):
    assert _rows(body) == expected


def test_awards_several_recipients_of_one_statement_are_one_award_each():
    body = ("Năm 2023, đơn vị Trung tâm Văn hóa tỉnh và tập thể Phòng Nghệ thuật cùng 6 cá nhân đã được Giám đốc "
            "Sở tặng giấy khen tại hội nghị.")
    assert _rows(body) == [("Giấy khen", "Trung tâm Văn hóa tỉnh", "collective", 1),
                           ("Giấy khen", "Phòng Nghệ thuật", "collective", 1),
                           ("Giấy khen", "6 cá nhân", "individual", 6)]


def test_awards_units_with_the_same_head_are_split():
    body = "UBND huyện tặng Giấy khen cho Trường THCS Lê Lợi, Trường Tiểu học Hòa Bình và Trường Mầm non Sao Mai."
    assert [a.recipient for a in _awards(body)] == ["Trường THCS Lê Lợi", "Trường Tiểu học Hòa Bình",
                                                    "Trường Mầm non Sao Mai"]


@pytest.mark.parametrize("body, expected", [
    ("UBND tỉnh tặng Cờ thi đua cho Trường THPT Chu Văn An; Bằng khen cho 3 tập thể.",
     [("Cờ thi đua", "Trường THPT Chu Văn An", "collective", 1), ("Bằng khen", "3 tập thể", "collective", 3)]),
    ("Các hình thức khen thưởng được trao tại hội nghị:\n- Bằng khen của UBND tỉnh: 2 tập thể;\n"
     "- Giấy khen của Giám đốc Sở: 12 cá nhân.",
     [("Bằng khen", "2 tập thể", "collective", 2), ("Giấy khen", "12 cá nhân", "individual", 12)]),
    ("Bằng khen của Bộ trưởng Bộ Y tế được trao cho 3 tập thể.", [("Bằng khen", "3 tập thể", "collective", 3)]),
])
def test_awards_elliptical_and_form_first_statements(body, expected):
    assert _rows(body) == expected


@pytest.mark.parametrize("body, form", [
    ("Giám đốc Sở tặng giấy khen cho 5 cá nhân.", "Giấy khen"),
    ("Công ty May Hưng Yên được tặng thưởng huân chương lao động hạng nhì.", "Huân chương Lao động hạng Nhì"),
    ("Trường THPT Trần Phú vinh dự đón nhận Huân chương Độc lập hạng III.", "Huân chương Độc lập hạng Ba"),
    ("Xã Tân Hòa vinh dự đón nhận danh hiệu Anh hùng Lao động.", "Anh hùng Lao động"),
    ("Công an huyện Gia Lâm nhận cờ thi đua xuất sắc của Bộ.", "Cờ thi đua xuất sắc"),
])
def test_awards_form_is_normalized_and_keeps_the_class(body, form):
    assert [a.award for a in _awards(body)] == [form]


@pytest.mark.parametrize("body, expected", [
    ("Tại hội nghị, LĐLĐ huyện trao Giấy khen cho 5 công đoàn cơ sở và 12 đoàn viên.",
     [("Giấy khen", "5 công đoàn cơ sở", "collective", 5), ("Giấy khen", "12 đoàn viên", "individual", 12)]),
    ("Dịp này, 10 thợ giỏi được công nhận danh hiệu Lao động tiên tiến.",
     [("Lao động tiên tiến", "10 thợ giỏi", "individual", 10)]),
])
def test_awards_counted_group_of_any_noun(body, expected):
    assert _rows(body) == expected


@pytest.mark.xfail(strict=True, reason="a counted noun outside the lexicon takes its kind from the form only")
def test_awards_counted_unknown_noun_of_persons_is_individual():
    assert _rows("Dịp này, Giám đốc Công ty tặng Giấy khen cho 10 thợ giỏi.") == [
        ("Giấy khen", "10 thợ giỏi", "individual", 10)]


def test_awards_recipient_named_by_its_head_and_number():
    body = ("Thừa ủy quyền của Chủ tịch nước, Thiếu tướng Hoàng Văn Chiến trao Huân chương Bảo vệ Tổ quốc hạng Nhì "
            "cho Trung đoàn 852.")
    assert _rows(body) == [("Huân chương Bảo vệ Tổ quốc hạng Nhì", "Trung đoàn 852", "collective", 1)]
