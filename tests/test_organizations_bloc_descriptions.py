"""Organizations: an emulation bloc described by the kind of its members after "các" — made-up texts."""

from __future__ import annotations

import pytest

from pipeline.document import build
from pipeline.extract import organizations
from pipeline.ingest import Article
from pipeline.schema import Source


def _orgs(text: str) -> list[str]:
    doc = build(Article(doc_id="t", text=text, source=Source()))
    return [o.name for o in organizations.extract(doc)]


@pytest.mark.parametrize("text, name", [
    ("Hội nghị ký kết giao ước thi đua của Khối thi đua các tổ chức tín dụng trên địa bàn tỉnh diễn ra sáng nay.",
     "Khối thi đua các tổ chức tín dụng trên địa bàn tỉnh"),
    ("Cụm thi đua các tổ chức xã hội nghề nghiệp tỉnh họp phiên cuối năm.",
     "Cụm thi đua các tổ chức xã hội nghề nghiệp tỉnh"),
])
def test_organizations_bloc_described_by_a_noun_after_cac(text, name):
    assert name in _orgs(text)
