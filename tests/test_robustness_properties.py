"""Property: any Unicode text goes through the whole extraction without raising, and every offset holds."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.ingest import Article
from pipeline.process import process_article, time_limit
from pipeline.schema import Source, iter_spans

#: Pieces of the genre, so that generated texts reach the extractors' patterns, not only their early exits.
FRAGMENTS = ["Hội nghị", "tổng kết", "Lễ ký kết giao ước thi đua", "năm 2021", "Sáng ngày 18/01/2021", "ngày 02 -3-2021",
             "ngày 7 tháng 4 năm 2022", "21/11", "tại", "hội trường", "UBND tỉnh", "Sở Văn hóa, Thể thao và Du lịch",
             "Khối thi đua", "Cụm thi đua số 3", "Đồng chí", "đ/c", "Nguyễn Thị Ngân", "Phó Giám đốc", "Bí thư",
             "Trưởng khối", "Giấy khen", "Bằng khen", "cho 9 cá nhân", "tặng", "Chỉ thị số 34-CT/TW", "của Bộ Chính trị",
             "1.", "2)", "a)", "-", "•", ":", ";", ",", ".", "(", ")", "–", "\n", "\n\n", " ", "  ", "\t", "Ảnh:",
             "Bình luận", "Tin liên quan", "Hoà", "Thuỷ", "ĐBQH", "LĐLĐ", "16 đơn vị", "07 Công đoàn cơ sở"]

texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=60).map(" ".join),
    st.lists(st.sampled_from(FRAGMENTS), max_size=80).map("".join),
)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_robustness_any_text_extracts_without_raising_and_offsets_hold(text):
    text = unicodedata.normalize("NFC", text)  # the canonical text is NFC (ingest makes it so)
    with time_limit(30):  # an example that makes some stage crawl fails (DocumentTimeout) instead of hanging
        record = process_article(Article("prop", text, Source(path="prop.txt"))).to_dict()
    for path, start, end, surface in iter_spans(record):
        assert 0 <= start <= end <= len(text), path
        if surface is not None:
            assert text[start:end] == surface, path
