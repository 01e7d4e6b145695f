"""Awards: who gave the distinction ("của X", the giver before "tặng", "thừa ủy quyền của X")."""

from __future__ import annotations

import pytest

from pipeline.document import build
from pipeline.extract import awards
from pipeline.ingest import Article
from pipeline.schema import Source


@pytest.mark.parametrize("text, issuer", [
    ("Dịp này, Giám đốc Sở Văn hóa, Thể thao và Du lịch tặng Giấy khen cho 9 cá nhân.",
     "Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
    ("Đồng chí Lê Minh trao Bằng khen của Chủ tịch UBND tỉnh cho 3 tập thể.", "Chủ tịch UBND tỉnh"),
    ("Ngoài ra, 2 cá nhân được tặng Bằng khen của Thủ tướng Chính phủ.", "Thủ tướng Chính phủ"),
    ("Dịp này, 6 tập thể được Bộ trưởng Bộ Công an tặng Bằng khen.", "Bộ trưởng Bộ Công an"),
    ("Thừa ủy quyền của Chủ tịch nước, ông Vũ Văn Hòa trao Huân chương Lao động hạng Ba cho Trường Đại học Hải Phòng.",
     "Chủ tịch nước"),
    ("Tại buổi lễ, 10 cá nhân được công nhận danh hiệu Chiến sĩ thi đua cơ sở.", None),
])
def test_awards_issuer(text, issuer):
    doc = build(Article(doc_id="t", text="Hội nghị\n\n" + text, source=Source()))
    (a,) = awards.extract(doc, [], [])
    assert a.issuer == issuer
