"""References: documents cited with a number, by kind and number as written (made-up sentences)."""

from __future__ import annotations

import pytest

from pipeline.document import build
from pipeline.extract import references
from pipeline.ingest import Article
from pipeline.schema import Source


def _refs(text: str):
    doc = build(Article(doc_id="t", text=text, source=Source()))
    found = references.extract(doc, [])
    for r in found:
        assert doc.text[r.start:r.end] == r.text
    return found


@pytest.mark.parametrize("text, expected", [
    ("Thực hiện Chỉ thị số 34-CT/TW của Bộ Chính trị, các đơn vị thi đua sôi nổi.", [("Chỉ thị", "34-CT/TW")]),
    ("Quán triệt Kết luận 21-KL/TW về xây dựng Đảng.", [("Kết luận", "21-KL/TW")]),
    ("Theo Quyết định số 1234/QĐ-UBND của UBND tỉnh Lạng Sơn.", [("Quyết định", "1234/QĐ-UBND")]),
    ("Căn cứ Nghị định 91/2017/NĐ-CP của Chính phủ.", [("Nghị định", "91/2017/NĐ-CP")]),
    ("Thực hiện Hướng dẫn số 08-HD/BTCTU về kiểm điểm.", [("Hướng dẫn", "08-HD/BTCTU")]),
    ("Triển khai Kế hoạch số 27/KH-SGDĐT năm 2023.", [("Kế hoạch", "27/KH-SGDĐT")]),
    ("Thực hiện Đề án 06-ĐA/HU của Huyện ủy.", [("Đề án", "06-ĐA/HU")]),
    ("Theo Thông báo số 45-TB/TU và Công văn số 210/SNV-TĐKT.", [("Thông báo", "45-TB/TU"), ("Công văn", "210/SNV-TĐKT")]),
    ("Căn cứ Thông tư số 12/2019/TT-BNV hướng dẫn thi hành.", [("Thông tư", "12/2019/TT-BNV")]),
    ("Thực hiện Nghị quyết số 02/NQ/TU của BCH Đảng bộ tỉnh.", [("Nghị quyết", "02/NQ/TU")]),
])
def test_references_kind_and_number_of_a_coded_citation(text, expected):
    assert [(r.kind, r.number) for r in _refs(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("gắn với thực hiện Chỉ thi 05- CT/TW của Bộ Chính trị", ("Chỉ thị", "05- CT/TW", "Chỉ thi 05- CT/TW")),
    ("tiếp tục thực hiện Chỉ thị 02 của Bộ Chính trị về lãnh đạo", ("Chỉ thị", "02", "Chỉ thị 02")),
    ("phổ biến nghị quyết số 15/NQ-HĐND của HĐND tỉnh", ("Nghị quyết", "15/NQ-HĐND", "nghị quyết số 15/NQ-HĐND")),
    ("theo Quyết định số: 778/QĐ-BCA", ("Quyết định", "778/QĐ-BCA", "Quyết định số: 778/QĐ-BCA")),
    ("theo Quyết định số 1502 /QĐ-UBND ngày 3/6", ("Quyết định", "1502 /QĐ-UBND", "Quyết định số 1502 /QĐ-UBND")),
])
def test_references_keep_the_number_and_surface_as_written(text, expected):
    (r,) = _refs(text)
    assert (r.kind, r.number, r.text) == expected


@pytest.mark.parametrize("text", [
    "Thực hiện Nghị quyết Đại hội XIII của Đảng và Điều lệ Đảng.",
    "Luật Thi đua, khen thưởng năm 2022 có hiệu lực từ năm 2024.",
    "Quán triệt Nghị quyết Trung ương 4 (khóa XII) về xây dựng Đảng.",
    "Hoàn thành Kế hoạch năm 2023 và kế hoạch 5 năm của ngành.",
    "Hội nghị quyết định 3 nội dung quan trọng.",
    "Theo kế hoạch 2024, các đơn vị tổ chức giao lưu.",
])
def test_references_without_a_document_number_are_not_citations(text):
    assert _refs(text) == []


def test_references_repeated_citation_is_one_reference_at_its_first_mention():
    text = ("Thực hiện Kế hoạch số 15/KH-SYT của Sở Y tế, khối thi đua đã triển khai. "
            "Theo Kế hoạch số 15/KH-SYT, mỗi đơn vị đăng ký thi đua.")
    (r,) = _refs(text)
    assert r.start == text.index("Kế hoạch số 15")


def test_references_bare_number_joins_the_full_number_of_the_same_document():
    text = ("Ký kết giao ước thực hiện Chỉ thị số 23 của Tỉnh ủy. "
            "Chỉ thị số 23-CT/TU ngày 21/4/2017 của Ban Thường vụ Tỉnh ủy đã đề ra các tiêu chí.")
    (r,) = _refs(text)
    assert r.number == "23-CT/TU"


def test_references_same_number_of_different_kinds_are_two_documents():
    text = "Thực hiện Nghị quyết số 05-NQ/ĐU và Kế hoạch số 05-KH/ĐU của Đảng ủy."
    assert [r.kind for r in _refs(text)] == ["Nghị quyết", "Kế hoạch"]


def test_references_in_page_chrome_are_skipped():
    text = ("Hội nghị triển khai Chỉ thị số 05-CT/TW tại Sở Tư pháp, các đơn vị tham dự đầy đủ và sôi nổi thảo "
            "luận các nội dung của hội nghị theo chương trình đã đề ra, bảo đảm chất lượng và hiệu quả.\n\n"
            "Tin liên quan\nKế hoạch số 99/KH-UBND về tổ chức hội nghị\n")
    assert [r.number for r in _refs(text)] == ["05-CT/TW"]
