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
