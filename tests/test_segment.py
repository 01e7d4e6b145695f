import pytest

from pipeline.clean import find_noise
from pipeline.segment import make_doc, paragraphs, segment, sentence_spans, strip_span

TEXT = (
    "HỘI NGHỊ KÝ KẾT GIAO ƯỚC THI ĐUA NĂM 2022\n\n"
    "Chiều ngày 14/3/2022 tại Hội trường UBND huyện, Khối thi đua các xã tổ chức hội nghị ký kết giao ước thi\n"
    "đua năm 2022. Các đơn vị thống nhất các nội dung sau:\n"
    "1. Hoàn thành xuất sắc nhiệm vụ chính trị.\n"
    "2. Xây dựng cơ quan văn hóa.\n"
    "- Giữ vững an ninh trật tự.\n"
    "Ảnh: Đồng chí Nguyễn Văn An phát biểu tại hội nghị\n"
)


def test_segment_keeps_list_items_as_their_own_segments():
    segs = segment(TEXT)
    items = [TEXT[s.start:s.end] for s in segs if s.kind == "list_item"]
    assert items == ["1. Hoàn thành xuất sắc nhiệm vụ chính trị.", "2. Xây dựng cơ quan văn hóa.",
                     "- Giữ vững an ninh trật tự."]


def test_segment_joins_a_hard_wrapped_paragraph():
    segs = segment(TEXT)
    paras = [TEXT[s.start:s.end] for s in segs if s.kind == "paragraph"]
    assert len(paras) == 1 and paras[0].startswith("Chiều ngày") and paras[0].endswith("nội dung sau:")


def test_segment_recognizes_upper_case_heading_and_photo_caption():
    kinds = [s.kind for s in segment(TEXT)]
    assert kinds[0] == "heading" and kinds[-1] == "caption"


def test_segment_doc_text_equals_canonical_text_with_exact_offsets():
    text = "Ngày 02 -3-2021,  tại Khánh Hoà  thuỷ điện\nđồng chí Phạm Việt Dũng - Tỉnh ủy viên."
    doc = make_doc(text, segment(text, find_noise(text)))
    assert doc.text == text
    for tok in doc:
        assert text[tok.idx:tok.idx + len(tok.text)] == tok.text


def test_segment_words_are_underthesea_multi_syllable_words():
    text = "Đến dự có đồng chí Phạm Việt Dũng, Giám đốc Sở Văn hóa."
    doc = make_doc(text, segment(text))
    words = [t.text for t in doc]
    assert "đồng chí" in words and "Phạm Việt Dũng" in words


def test_segment_sentences_follow_segments():
    doc = make_doc(TEXT, segment(TEXT))
    starts = [s.start_char for s in doc.sents]
    assert TEXT.index("1. Hoàn thành") in starts and TEXT.index("Ảnh:") in starts


# --------------------------------------------------------------------------------------------- sentences

def _sentences(text: str) -> list[str]:
    spans = sentence_spans(text, 0, len(text))
    assert all(text[s:e] == text[s:e].strip() and e > s for s, e in spans)
    return [text[s:e] for s, e in spans]


@pytest.mark.parametrize("text", [
    "Đến dự có PGS.TS. Trần Văn Nam, Giám đốc Đại học X.",
    "Về phía nhà trường có GS.TSKH. Lê Văn Bình.",
    "Báo cáo do ThS. Nguyễn Thị Hoa trình bày.",
    "Báo cáo do Th.S. Nguyễn Thị Hoa trình bày.",
    "Hội nghị diễn ra tại TP. Điện Biên Phủ.",
    "Hội nghị diễn ra tại Tp. Hải Dương.",
    "Hội nghị diễn ra tại tp. Hải Dương.",
    "Trụ sở đặt tại Q. Ba Đình, TX. Sơn Tây.",
    "Ảnh: M.T. Tại hội nghị.",
])
def test_segment_sentence_goes_on_after_a_title_or_place_abbreviation(text):
    assert _sentences(text) == [text]


@pytest.mark.parametrize("text, first", [
    ("Lễ kỷ niệm được tổ chức tại Bảo tàng Nghệ An. Năm nay bảo tàng là đơn vị Khối trưởng.",
     "Lễ kỷ niệm được tổ chức tại Bảo tàng Nghệ An."),
    ("Chúc mừng 75 năm Ngày truyền thống CAND. Tại hội nghị, đồng chí Giám đốc phát biểu.",
     "Chúc mừng 75 năm Ngày truyền thống CAND."),
    ("Đơn vị dẫn đầu là xã Mỹ Tú. Sau đó các đơn vị ký giao ước.", "Đơn vị dẫn đầu là xã Mỹ Tú."),
    ("Cờ thi đua được trao cho đơn vị hạng A. Năm nay có 5 đơn vị.", "Cờ thi đua được trao cho đơn vị hạng A."),
    ("Kết quả được đánh giá trong quý III. Đến nay các đơn vị đều hoàn thành.",
     "Kết quả được đánh giá trong quý III."),
])
def test_segment_sentence_ends_after_a_short_word_an_acronym_or_a_numeral(text, first):
    assert _sentences(text)[0] == first


@pytest.mark.parametrize("text", [
    "Có 1.200 đoàn viên tham gia. Ngày 5.10 diễn ra lễ phát động.",
    "Kế hoạch ban hành ngày 5.10.2024. Các đơn vị triển khai.",
])
def test_segment_sentence_does_not_end_inside_a_number(text):
    assert len(_sentences(text)) == 2


def test_segment_sentence_goes_on_before_a_lower_case_word():
    text = "Các đơn vị thực hiện tốt công tác tuyên truyền, vận động v.v. và đạt kết quả cao."
    assert _sentences(text) == [text]


def test_segment_sentence_keeps_its_closing_quote_and_the_next_starts_at_a_quote_or_dash():
    text = "Ông nhấn mạnh: “Phải làm tốt hơn nữa.” - Tiếp tục đổi mới. “Năm nay sẽ khác”, ông nói."
    assert _sentences(text) == ["Ông nhấn mạnh: “Phải làm tốt hơn nữa.”", "- Tiếp tục đổi mới.",
                                "“Năm nay sẽ khác”, ông nói."]


def test_segment_sentence_ends_at_question_and_exclamation_marks():
    assert _sentences("Vì sao? Vì thi đua là yêu nước! Mọi người đồng lòng…") == [
        "Vì sao?", "Vì thi đua là yêu nước!", "Mọi người đồng lòng…"]


def test_segment_sentence_spans_index_the_whole_text():
    text = "TIÊU ĐỀ\nĐoạn một. Đoạn hai.\n"
    start = text.index("Đoạn")
    spans = sentence_spans(text, start, text.index("\n", start))
    assert [text[s:e] for s, e in spans] == ["Đoạn một.", "Đoạn hai."]


def test_segment_sentence_of_a_numbered_item_starts_after_its_number():
    text = "1. Tặng Bằng khen cho 5 tập thể."
    assert _sentences(text) == ["1.", "Tặng Bằng khen cho 5 tập thể."]


def test_segment_strip_span_drops_edge_characters_and_any_white_space():
    text = " ,\u00a0Sở Nội vụ;\t"
    s, e = strip_span(text, 0, len(text), ",;")
    assert text[s:e] == "Sở Nội vụ"
    assert strip_span(text, 0, 3, ",") == (3, 3)


def test_segment_paragraphs_join_a_line_cut_mid_sentence():
    text = "TIÊU ĐỀ BÀI VIẾT VỀ HỘI NGHỊ\nSáng nay, hội nghị diễn ra tại Hội\ntrường UBND xã.\nĐoạn hai."
    title, paras = paragraphs(text, segment(text))
    assert text[title.start:title.end] == "TIÊU ĐỀ BÀI VIẾT VỀ HỘI NGHỊ"
    assert [text[s:e] for s, e in paras] == ["Sáng nay, hội nghị diễn ra tại Hội\ntrường UBND xã.", "Đoạn hai."]


def test_segment_paragraphs_first_heading_going_on_in_lower_case_is_no_title():
    text = "Hội nghị tổng kết công tác thi đua của Khối\nthi đua các xã đã diễn ra sáng nay.\nĐoạn hai."
    title, paras = paragraphs(text, segment(text))
    assert title is None
    assert text[paras[0].start:paras[0].end] == text[:text.index("\nĐoạn")]


def test_segment_doc_sentences_are_the_extractors_sentences():
    text = "Đến dự có PGS.TS. Trần Văn Nam, Giám đốc Sở Giáo dục và Đào tạo tỉnh. Hội nghị diễn ra tại Bảo tàng Nghệ An."
    doc = make_doc(text, segment(text))
    assert [s.start_char for s in doc.sents] == [s for s, _ in sentence_spans(text, 0, len(text))] == [
        0, text.index("Hội nghị")]


def test_segment_upper_case_headline_is_not_joined_to_the_lead_below_it():
    text = ("CỤM THI ĐUA SỐ 1 HỘI CHỮ THẬP ĐỎ CÁC XÃ VÙNG CAO HUYỆN ĐỒNG VĂN TỔNG KẾT NĂM 2016\n"
            "Ngày 9/1, tại xã Lũng Cú, Cụm thi đua số 1 Hội Chữ thập đỏ các xã vùng cao huyện Đồng Văn tổ chức hội "
            "nghị tổng kết.\n")
    segs = segment(text)
    assert [(s.kind, text[s.start:s.end][:10]) for s in segs] == [("heading", "CỤM THI ĐU"), ("paragraph", "Ngày 9/1, ")]
