"""People: bylines, photo credits, names inside fixed phrases or organization names, and places are not people
of the article (made-up texts)."""

from __future__ import annotations

import pytest

from recognition_helpers import extract_people


LEAD = ("Hội nghị tổng kết công tác thi đua năm 2023\n\nSáng 28/12, UBND xã Phú Lộc tổ chức hội nghị tổng kết công "
        "tác thi đua, khen thưởng năm 2023 và triển khai nhiệm vụ năm 2024 với sự tham dự của đông đảo cán bộ.\n\n")


def _names(text: str) -> list[str]:
    return [p.name for p in extract_people(LEAD + text)]


@pytest.mark.parametrize("text", [
    "Các đơn vị tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.\n",
    "Đoàn đã dâng hương tại Khu di tích Chủ tịch Hồ Chí Minh.\n",
    "Trường THPT Nguyễn Du và Trường THCS Lê Quý Đôn được tặng Cờ thi đua.\n",
    "Hội nghị được tổ chức tại nhà văn hóa trên đường Trần Hưng Đạo.\n",
    "Phong trào thi đua được triển khai rộng khắp.\n\nPhạm Thu Trang\n",
    "Phong trào thi đua được triển khai rộng khắp.\n\nTin, ảnh: Lê Hoài Nam\n",
    "Dịp này, UBND tỉnh Lâm Đồng tặng Bằng khen cho 12 tập thể.\n",
])
def test_people_not_a_person_of_the_article(text):
    assert _names(text) == []


def test_people_named_with_title_in_a_caption_is_a_person():
    text = "Ảnh: Ông Phan Văn Lực, Chủ tịch UBND xã trao thưởng.\n\nCác đơn vị cam kết hoàn thành chỉ tiêu.\n"
    assert _names(text) == ["Phan Văn Lực"]
