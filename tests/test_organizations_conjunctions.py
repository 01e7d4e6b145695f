"""Organizations: "và" inside a name, between two organizations, and before an award form (made-up texts)."""

from __future__ import annotations

import pytest

from recognition_helpers import org_names


@pytest.mark.parametrize("text, expected", [
    # "và" between two organizations whose second one starts with a youth-union head
    ("Đoàn Thanh niên Bệnh viện Đa khoa tỉnh và Chi đoàn Khoa Nhi được tặng Giấy khen.",
     {"Đoàn Thanh niên Bệnh viện Đa khoa tỉnh", "Chi đoàn Khoa Nhi"}),
    ("Liên chi đoàn Khoa Cơ khí và Liên chi đoàn Khoa Điện tham gia chiến dịch.",
     {"Liên chi đoàn Khoa Cơ khí", "Liên chi đoàn Khoa Điện"}),
])
def test_organizations_conjunctions_two_bodies(text, expected):
    assert expected <= set(org_names(text))


@pytest.mark.parametrize("text, expected, not_expected", [
    # an award form after "và" is not the rest of the name
    ("Tặng Cờ thi đua cho Chi cục Thuế huyện Bảo Yên và Bằng khen cho 8 cá nhân.",
     "Chi cục Thuế huyện Bảo Yên", "Chi cục Thuế huyện Bảo Yên và Bằng khen"),
    # "chuyển giao" inside a name does not end it
    ("Trung tâm Ứng dụng và Chuyển giao công nghệ tỉnh ký kết hợp đồng.",
     "Trung tâm Ứng dụng và Chuyển giao công nghệ tỉnh", "Trung tâm Ứng dụng"),
])
def test_organizations_conjunctions_name_ends(text, expected, not_expected):
    names = org_names(text)
    assert expected in names and not_expected not in names
